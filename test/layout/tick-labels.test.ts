import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { placeTickLabels, type TickLabelPlace } from '../../src/layout/tick-labels.js';

/** fast-check's settings: a fixed seed, so a run is the same every time. */
const RUN = { seed: 20261130, numRuns: 300 };

/** Where a placed label starts and ends, px. */
function extent(at: number, width: number, place: TickLabelPlace): [number, number] {
  const left = at + place.dx - (place.anchor === 'start' ? 0 : place.anchor === 'end' ? width : width / 2);
  return [left, left + width];
}

describe('placeTickLabels', () => {
  it('centres each label on its tick when all fit', () => {
    const places = placeTickLabels([100, 200, 300], [40, 40, 40], 0, 400);
    expect(places).to.deep.equal([
      { dx: 0, anchor: 'middle' },
      { dx: 0, anchor: 'middle' },
      { dx: 0, anchor: 'middle' },
    ]);
  });

  it('draws a label that would stick out past an end from that end, whole', () => {
    const places = placeTickLabels([5, 200, 395], [40, 40, 40], 0, 400);
    expect(places[0]).to.deep.equal({ dx: -5, anchor: 'start' });
    expect(places[2]).to.deep.equal({ dx: 5, anchor: 'end' });
    expect(extent(5, 40, places[0]!)).to.deep.equal([0, 40]);
    expect(extent(395, 40, places[2]!)).to.deep.equal([360, 400]);
  });

  it('leaves out a label moved in from an end that would run into its neighbour’s, and keeps the neighbour centred', () => {
    // The cosmological file at 1,280 px: "14B years ago" at the axis's start, "13B years ago" 85 px on.
    const places = placeTickLabels([30, 115, 200], [74, 74, 74], 0, 1000);
    expect(places).to.deep.equal([null, { dx: 0, anchor: 'middle' }, { dx: 0, anchor: 'middle' }]);
    // At the far end too, and in a right-to-left axis (ticks in falling order).
    const rtl = placeTickLabels([970, 885, 800], [74, 74, 74], 0, 1000);
    expect(rtl).to.deep.equal([null, { dx: 0, anchor: 'middle' }, { dx: 0, anchor: 'middle' }]);
  });

  it('keeps a moved label that stays clear of its neighbour', () => {
    const places = placeTickLabels([10, 150], [40, 40], 0, 400);
    expect(places[0]).to.deep.equal({ dx: -10, anchor: 'start' });
  });

  it('of centred labels that would touch, keeps every second (or third…), ending at the last where it can', () => {
    const places = placeTickLabels([100, 140, 180, 220], [50, 50, 50, 50], 0, 400);
    // Four labels, every second: the two that end at the last (the latest time), as many as from the first.
    expect(places.map((p) => p?.anchor ?? null)).to.deep.equal([null, 'middle', null, 'middle']);
    // "13B years ago" … "1B years ago", 85 px apart and 80 wide: every second, not one here and there (seven
    // labels: from the first, which ends at the last).
    const years = placeTickLabels([115, 200, 285, 370, 455, 540, 625], [80, 80, 80, 80, 72, 72, 72], 0, 1000);
    expect(years.map((p) => p?.anchor ?? null)).to.deep.equal([
      'middle',
      null,
      'middle',
      null,
      'middle',
      null,
      'middle',
    ]);
  });

  it('whatever the ticks: labels kept are inside the axis, at least the gap apart, thinned evenly, and all kept when none touch', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 600, noNaN: true }), fc.integer({ min: 10, max: 120 })), {
          maxLength: 12,
        }),
        fc.boolean(),
        (ticks, falling) => {
          const sorted = [...ticks].sort((a, b) => (falling ? b[0] - a[0] : a[0] - b[0]));
          const at = sorted.map(([x]) => x);
          const widths = sorted.map(([, w]) => w);
          const places = placeTickLabels(at, widths, 0, 600, 6);
          const spans = places.map((p, i) => (p ? extent(at[i], widths[i], p) : null));
          for (const span of spans) {
            if (!span) continue;
            expect(span[0]).to.be.at.least(-1e-9);
            expect(span[1]).to.be.at.most(600 + 1e-9);
          }
          const kept = spans.filter((s): s is [number, number] => s !== null);
          for (let i = 0; i < kept.length; i++)
            for (let j = i + 1; j < kept.length; j++) {
              const [a, b] = [kept[i], kept[j]];
              expect(a[1] + 6 <= b[0] + 1e-9 || b[1] + 6 <= a[0] + 1e-9, 'two labels closer than the gap').to.equal(
                true,
              );
            }
          // Nothing is left out needlessly: when no label's own place touches another's, every label is drawn.
          const own = at.map((x, i) => extent(x, widths[i], placeTickLabels([x], [widths[i]], 0, 600)[0]!));
          const apart = own.every((span, i) =>
            own.every((other, j) => j === i || span[1] + 6 <= other[0] || other[1] + 6 <= span[0]),
          );
          if (apart) expect(places.every((p) => p !== null)).to.equal(true);
          const centred = at
            .map((x, i) => ({ x, i, w: widths[i] }))
            .filter(({ x, w }) => x - w / 2 >= 0 && x + w / 2 <= 600)
            .sort((p, q) => p.x - q.x);
          const shown = centred.map(({ i }, j) => (places[i] ? j : -1)).filter((j) => j >= 0);
          // Centred labels are thinned evenly: every k-th along the axis, from the first or ending at the last.
          if (centred.length) expect(shown[0] === 0 || shown.at(-1) === centred.length - 1).to.equal(true);
          const step = shown.length > 1 ? shown[1] - shown[0] : 0;
          for (const [n, j] of shown.entries()) expect(j).to.equal(shown[0] + n * step);
        },
      ),
      RUN,
    );
  });
});
