import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';
import { MAX_STEP, densestCentre, expandSpan, scaleAbout, transformFor } from '../../src/layout/zoom-math.js';
import { baseScale } from '../../src/layout/time-scale.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const JAN_2020 = Date.UTC(2020, 0, 1);
const JAN_2024 = Date.UTC(2024, 0, 1);
/** fast-check's settings: a fixed seed, so a run is the same every time. */
const RUN = { seed: 20240101, numRuns: 200 };

/** The visible span a transform shows of `base`, earliest first. */
function shown(t: ZoomTransform, base: ReturnType<typeof baseScale>, vertical = false): [number, number] {
  const [a, b] = (vertical ? t.rescaleY(base) : t.rescaleX(base)).domain().map(Number);
  return a <= b ? [a, b] : [b, a];
}

function closeTransforms(actual: ZoomTransform, expected: ZoomTransform): void {
  expect(actual.k).to.be.closeTo(expected.k, 1e-9 * expected.k);
  expect(actual.x).to.be.closeTo(expected.x, 1e-6 * Math.max(1, Math.abs(expected.x)));
  expect(actual.y).to.be.closeTo(expected.y, 1e-6 * Math.max(1, Math.abs(expected.y)));
}

describe('scaleAbout', () => {
  /** An SVG in the page with d3-zoom bound to it, at `from`, zoomed at most `max` times. */
  async function zoomed(from: ZoomTransform, max: number, translateExtent?: [[number, number], [number, number]]) {
    const svg = await fixture<SVGSVGElement>(html`<svg width="800" height="200"></svg>`);
    const behaviour = zoom<SVGSVGElement, unknown>()
      .extent([
        [0, 0],
        [800, 200],
      ])
      .scaleExtent([1, max]);
    if (translateExtent) behaviour.translateExtent(translateExtent);
    const selection = select(svg).call(behaviour);
    behaviour.transform(selection, from);
    return { svg, behaviour, selection };
  }

  it('scaleAbout(t, factor, point, extent) is what d3-zoom’s scaleBy makes of a selection', async () => {
    const cases: [ZoomTransform, number, [number, number]][] = [
      [zoomIdentity, 2, [400, 0]],
      [zoomIdentity.translate(-300, 0).scale(3), 0.5, [120, 0]],
      [zoomIdentity.translate(-2000, 0).scale(7.5), 1.25, [799, 0]],
      [zoomIdentity.translate(0, -50).scale(2), 3, [0, 90]],
    ];
    for (const [from, factor, point] of cases) {
      const { svg, behaviour, selection } = await zoomed(from, 100);
      behaviour.scaleBy(selection, factor, point);
      closeTransforms(scaleAbout(from, factor, point, [1, 100]), zoomTransform(svg));
    }
  });

  it('scaleAbout(t, factor) keeps the scale within the extent, as d3-zoom does', async () => {
    for (const [from, factor] of [
      [zoomIdentity.translate(-100, 0).scale(4), 100],
      [zoomIdentity.translate(-100, 0).scale(4), 0.01],
    ] as const) {
      const { svg, behaviour, selection } = await zoomed(from, 10);
      behaviour.scaleBy(selection, factor, [200, 0]);
      const ours = scaleAbout(from, factor, [200, 0], [1, 10]);
      closeTransforms(ours, zoomTransform(svg));
      expect(ours.k).to.equal(factor > 1 ? 10 : 1);
    }
  });

  it('scaleAbout(t, factor, point) keeps the point where it was', () => {
    const from = zoomIdentity.translate(-250, 0).scale(2.5);
    const to = scaleAbout(from, 4, [333, 0], [1, 1000]);
    expect(to.k).to.equal(10);
    expect(to.invertX(333)).to.be.closeTo(from.invertX(333), 1e-9);
  });

  it('scaleAbout(…) constrained as the viewport does equals scaleBy within a translate extent', async () => {
    const box: [[number, number], [number, number]] = [
      [0, 0],
      [800, 200],
    ];
    const from = zoomIdentity.translate(-1500, 0).scale(3);
    const { svg, behaviour, selection } = await zoomed(from, 50, box);
    behaviour.scaleBy(selection, 0.5, [100, 0]);
    const ours = behaviour.constrain()(scaleAbout(from, 0.5, [100, 0], [1, 50]), box, box);
    closeTransforms(ours, zoomTransform(svg));
    // Zoomed out about a point near the left, it would show past the right end; the constraint pans back.
    expect(ours.x).to.be.closeTo(800 - 800 * ours.k, 1e-9);
  });
});

describe('transformFor', () => {
  it('transformFor(base, a, b) shows a to b, left to right', () => {
    const base = baseScale([JAN_2020, JAN_2024], 800, false);
    const a = Date.UTC(2021, 2, 1);
    const b = Date.UTC(2021, 8, 1);
    const [x, y] = shown(transformFor(base, a, b, 800, false), base);
    expect(x).to.be.closeTo(a, 1);
    expect(y).to.be.closeTo(b, 1);
  });

  it('transformFor(base, a, b) shows a to b right to left: a at the right edge', () => {
    const base = baseScale([JAN_2020, JAN_2024], 800, true);
    const a = Date.UTC(2021, 2, 1);
    const b = Date.UTC(2021, 8, 1);
    const t = transformFor(base, a, b, 800, false);
    const scale = t.rescaleX(base);
    expect(scale(a)).to.be.closeTo(800, 1e-6);
    expect(scale(b)).to.be.closeTo(0, 1e-6);
  });

  it('transformFor(base, a, b, length, true) shows a to b down the vertical axis', () => {
    const base = baseScale([JAN_2020, JAN_2024], 560, false);
    const a = Date.UTC(2022, 0, 1);
    const b = Date.UTC(2022, 0, 8);
    const t = transformFor(base, a, b, 560, true);
    expect(t.x).to.equal(0);
    const scale = t.rescaleY(base);
    expect(scale(a)).to.be.closeTo(0, 1e-6);
    expect(scale(b)).to.be.closeTo(560, 1e-6);
  });

  it('transformFor(base, a, b) round-trips any span within the base domain, in every direction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: JAN_2020, max: JAN_2024 - HOUR }),
        fc.integer({ min: HOUR, max: JAN_2024 - JAN_2020 }),
        fc.integer({ min: 100, max: 3000 }),
        fc.boolean(),
        fc.boolean(),
        (a, span, length, rtl, vertical) => {
          const b = Math.min(JAN_2024, a + span);
          const base = baseScale([JAN_2020, JAN_2024], length, rtl && !vertical);
          const [x, y] = shown(transformFor(base, a, b, length, vertical), base, vertical);
          // Within a millisecond, whatever the span.
          expect(x).to.be.closeTo(a, 1);
          expect(y).to.be.closeTo(b, 1);
        },
      ),
      RUN,
    );
  });

  it('transformFor(base, a, a) of an empty span does not divide by zero', () => {
    const base = baseScale([JAN_2020, JAN_2024], 800, false);
    const t = transformFor(base, JAN_2020, JAN_2020, 800, false);
    expect(Number.isFinite(t.k)).to.equal(true);
    expect(Number.isFinite(t.x)).to.equal(true);
  });
});

describe('expandSpan', () => {
  it('expandSpan(from, to, count) zooms in at most fourfold a step, so a reader can follow', () => {
    // 400 events in one day, seen from thirteen months away: not seventeen days at once, a quarter of the view.
    const from = Date.UTC(2022, 0, 1);
    const months: [number, number] = [from - 200 * DAY, from + 200 * DAY];
    const [a, b] = expandSpan(from, from + DAY, 400, months, 800, HOUR);
    expect(b - a).to.equal((months[1] - months[0]) / MAX_STEP);
  });

  const visible: [number, number] = [JAN_2020, JAN_2024];

  it('expandSpan(from, to, count) is centred on the events', () => {
    const from = Date.UTC(2022, 0, 1);
    const to = Date.UTC(2022, 0, 11);
    const [a, b] = expandSpan(from, to, 5, visible, 800, HOUR);
    expect((a + b) / 2).to.equal((from + to) / 2);
  });

  it('expandSpan(from, to, count) zooms until the events, spread evenly, stand 26 px apart', () => {
    // 101 events over 10 days, ten a day: 26 px between neighbours is 800 / 26 tenths of a day across 800 px.
    const from = Date.UTC(2022, 0, 1);
    const to = Date.UTC(2022, 0, 11);
    // From twelve days in view, so the fourfold step allows it.
    const [a, b] = expandSpan(from, to, 101, [from, from + 12 * DAY], 800, HOUR);
    expect(b - a).to.be.closeTo((DAY / 10) * (800 / 26), 1e-3);
    expect(b - a).to.be.below((to - from) * 1.2);
  });

  it('expandSpan(from, to, count) goes no further in than needed to show them all (their span and a fifth)', () => {
    // Two events a day apart: 26 px apart would be a month across 800 px, so their span and a fifth it is.
    const from = Date.UTC(2022, 0, 1);
    const to = Date.UTC(2022, 0, 2);
    const [a, b] = expandSpan(from, to, 2, [from - DAY, from + 3 * DAY], 800, HOUR);
    expect(b - a).to.be.closeTo(DAY * 1.2, 1e-3);
  });

  it('expandSpan(from, to, count) zooms in at least twice', () => {
    // Ten events over the whole visible span: they would stand apart as they are, yet the span halves.
    const [a, b] = expandSpan(JAN_2020, JAN_2024, 10, visible, 800, HOUR);
    expect(b - a).to.equal((JAN_2024 - JAN_2020) / 2);
  });

  it('expandSpan(from, to, count) never shows less than minSpan', () => {
    // Fifty events in the same minute.
    const from = Date.UTC(2022, 5, 1, 12);
    const to = from + 60_000;
    const near: [number, number] = [from - HOUR, from + 2 * HOUR];
    const [a, b] = expandSpan(from, to, 50, near, 800, HOUR);
    expect(b - a).to.equal(HOUR);
    expect((a + b) / 2).to.equal(from + 30_000);
    // Even all at one instant.
    const [c, d] = expandSpan(from, from, 3, near, 800, HOUR);
    expect([c, d]).to.deep.equal([from - HOUR / 2, from + HOUR / 2]);
  });

  it('expandSpan(…) stays within its bounds for any crowd', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: JAN_2020, max: JAN_2024 }),
        fc.integer({ min: 0, max: 365 * DAY }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 200, max: 3000 }),
        (from, length, count, axis) => {
          const to = from + length;
          const [a, b] = expandSpan(from, to, count, visible, axis, HOUR);
          const span = b - a;
          const floor = Math.max(HOUR, (visible[1] - visible[0]) / MAX_STEP);
          expect(span).to.be.at.least(floor - 1e-3);
          if (span > floor + 1e-3) {
            expect(span).to.be.at.most((visible[1] - visible[0]) / 2 + 1e-3);
            expect(span).to.be.at.most(length * 1.2 + 1e-3);
            expect(span).to.be.at.most((length / Math.max(1, count - 1)) * (axis / 26) + 1e-3);
          }
          expect((a + b) / 2).to.be.closeTo((from + to) / 2, 1e-3);
        },
      ),
      RUN,
    );
  });
});

describe('densestCentre', () => {
  const starts = (...days: number[]) => Float64Array.from(days.map((d) => JAN_2020 + d * DAY));

  it('densestCentre(starts, view, factor) is the middle of the events in the busiest window of a factor-th of the view', () => {
    // A lone event on day 1, and four within days 60 to 66 of a 100-day view.
    const centre = densestCentre(starts(1, 60, 62, 64, 66), [JAN_2020, JAN_2020 + 100 * DAY], 2);
    expect(centre).to.equal(JAN_2020 + 63 * DAY);
  });

  it('densestCentre(…) looks only at events in view, and is undefined when none is', () => {
    const all = starts(1, 2, 3, 50);
    expect(densestCentre(all, [JAN_2020 + 40 * DAY, JAN_2020 + 60 * DAY], 2)).to.equal(JAN_2020 + 50 * DAY);
    expect(densestCentre(all, [JAN_2020 + 10 * DAY, JAN_2020 + 20 * DAY], 2)).to.equal(undefined);
    expect(densestCentre(new Float64Array(0), [0, 1], 2)).to.equal(undefined);
  });
});
