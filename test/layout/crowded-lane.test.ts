import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { crowdedLane } from '../../src/layout/crowded-lane.js';
import {
  ITEM_GAP,
  LABEL_GAP,
  MARK_HALF,
  rowY,
  type FrameInput,
  type LanePlacement,
  type PlacedLabel,
} from '../../src/layout/frame.js';
import type { ModelLane } from '../../src/model/model.js';
import type { TimelineEvent } from '../../src/types.js';
import { DAY, at, event, inView, lane, mulberry32 } from './lane-events.js';

/** fast-check's settings: a fixed seed, so a run is the same every time. */
const RUN = { seed: 20260412, numRuns: 60 };

/** A crowded lane's input: `visible` across `width` px (days 0 to 100 over 1000 px by default), labels 60 px. */
function input(lanes: readonly ModelLane[], over: Partial<FrameInput> = {}): FrameInput {
  const visible = over.visible ?? [at(0), at(100)];
  const width = over.width ?? 1000;
  const rtl = over.rtl ?? false;
  const ltr = (ms: number) => ((ms - visible[0]) * width) / (visible[1] - visible[0]);
  return {
    lanes,
    visible,
    width,
    rtl,
    top: 0,
    keep: [],
    x: rtl ? (ms) => width - ltr(ms) : ltr,
    frame: { origin: visible[0], pxPerMs: width / (visible[1] - visible[0]) },
    labelWidth: () => 60,
    ...over,
  };
}

/** `n` events at random times over days 0 to `days` (seeded), a tenth of them bars of up to 30 days. */
function randomLane(n: number, days: number, seed: number): ModelLane {
  const random = mulberry32(seed);
  return lane(
    'a',
    Array.from({ length: n }, (_, i) => {
      const start = at(Math.floor(random() * days * 24) / 24);
      return event(i, start, random() < 0.1 ? start + Math.ceil(random() * 30) * DAY : undefined);
    }),
  );
}

/** A random crowded lane's scene: seed, events (over days 0 to 100), days in view (around day 50), width, RTL. */
const SCENE = [
  fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  fc.integer({ min: 200, max: 4000 }),
  fc.integer({ min: 1, max: 100 }),
  fc.integer({ min: 200, max: 1600 }),
  fc.boolean(),
] as const;

/** The placement of a `SCENE`. */
function placeScene(seed: number, n: number, days: number, width: number, rtl: boolean, atRest = false) {
  const the = randomLane(n, 100, seed);
  const visible = [at(50 - days / 2), at(50 + days / 2)] as const;
  return crowdedLane(input([the], { visible, width, rtl, atRest }), the, 0);
}

/** The lane indexes a placement stands for: its single marks and every event behind its count marks. */
function covered(the: ModelLane, placed: LanePlacement): number[] {
  return [
    ...placed.events.map((p) => the.events.indexOf(p.event)),
    ...placed.counts.flatMap(({ group }) => Array.from({ length: group.count }, (_, k) => group.first + k)),
  ].sort((a, b) => a - b);
}

/** A label's [left, right] on screen. */
function edges(label: PlacedLabel): [number, number] {
  return label.anchor === 'start' ? [label.x, label.x + label.room] : [label.x - label.room, label.x];
}

/** Each label's [left, right] on screen, grouped by row (its y). */
function labelRows(placed: LanePlacement): Map<number, [number, number][]> {
  const rows = new Map<number, [number, number][]>();
  for (const { label } of [...placed.events, ...placed.counts]) {
    if (!label) continue;
    rows.set(label.y, [...(rows.get(label.y) ?? []), edges(label)]);
  }
  return rows;
}

/**
 * A crowded stretch (200 events over days 20 to 30, drawn as count marks) and four kept events half a day
 * (5 px) apart from day 50: single marks whose labels (x = 496, 501, 506, 511) fill both label rows, so the
 * last two are counted in a "+2" badge.
 */
function scene(): { the: ModelLane; keep: TimelineEvent[] } {
  const crowd = Array.from({ length: 200 }, (_, i) => event(i, at(20 + i / 20)));
  const keep = [0, 1, 2, 3].map((k) => event(200 + k, at(50 + k / 2)));
  return { the: lane('a', [...crowd, ...keep]), keep };
}

describe('crowdedLane', () => {
  it('crowdedLane(…) is a mark row, two label rows and a row for "+N" badges, every mark on the first', () => {
    const { the, keep } = scene();
    const placed = crowdedLane(input([the], { keep }), the, 40);
    expect(placed.badges.length).to.be.greaterThan(0);
    expect(placed.rows).to.equal(4);
    expect(placed.badges.every((b) => b.y === rowY(40, 3) - 7)).to.equal(true);
    expect(placed.overflow).to.equal(0);
    expect(placed.counts.length).to.be.greaterThan(0);
    expect(placed.counts.every((c) => c.y === rowY(40, 0) && c.lane === the)).to.equal(true);
    expect(placed.events.map((p) => p.event)).to.deep.equal(keep);
    expect(placed.events.every((p) => p.y === rowY(40, 0))).to.equal(true);
    expect(placed.events.map((p) => p.label?.y)).to.deep.equal([rowY(40, 1), rowY(40, 2), undefined, undefined]);
  });

  it('crowdedLane(…) draws each mark at its time, its box around mark and bar', () => {
    const the = lane('a', [event(0, at(10)), event(1, at(50), at(70))]);
    const placed = crowdedLane(input([the]), the, 0);
    expect(placed.events.map(({ x, box }) => ({ x, box }))).to.deep.equal([
      { x: 100, box: [100 - MARK_HALF, 100 + MARK_HALF] },
      { x: 500, box: [500 - MARK_HALF, 700 + MARK_HALF] },
    ]);
  });

  it('crowdedLane(…) stands for every event in view exactly once, with single marks and count marks', () => {
    const the = randomLane(3000, 120, 2);
    const visible = [at(10), at(90)] as const;
    const placed = crowdedLane(input([the], { visible }), the, 0);
    expect(placed.counts.length).to.be.greaterThan(0);
    const expected = inView(the.events, visible)
      .map((e) => the.events.indexOf(e))
      .sort((a, b) => a - b);
    expect(covered(the, placed)).to.deep.equal(expected);
  });

  it('crowdedLane(…) never folds a kept event into a count mark', () => {
    const the = randomLane(3000, 100, 3);
    const keep = [the.events[0], the.events[1500], the.events[1501], the.events[2999]];
    const placed = crowdedLane(input([the], { keep }), the, 0);
    const singles = placed.events.map((p) => p.event);
    for (const e of keep) expect(singles).to.include(e);
    for (const { group } of placed.counts) {
      for (const e of keep) {
        const i = the.events.indexOf(e);
        expect(i < group.first || i > group.last).to.equal(true);
      }
    }
  });

  it('crowdedLane({outside}) draws the kept event outside the view too', () => {
    const the = randomLane(3000, 200, 4);
    const outside = the.events[2999];
    expect(outside.start.ms).to.be.greaterThan(at(100));
    const placed = crowdedLane(input([the], { keep: [outside], outside }), the, 0);
    expect(placed.events.filter((p) => p.event === outside)).to.have.length(1);
  });

  it('crowdedLane(…) starts a label at its mark', () => {
    const the = lane('a', [event(0, at(10))]);
    const [first] = crowdedLane(input([the]), the, 0).events;
    expect(first.label).to.deep.equal({ x: 100 - 4, y: rowY(0, 1), anchor: 'start', room: 60 });
  });

  it('crowdedLane(…) keeps a label near the far edge on the chart', () => {
    const the = lane('a', [event(0, at(99))]);
    const [last] = crowdedLane(input([the]), the, 0).events;
    // Anchored at its end (by its mark).
    expect(last.label!.anchor).to.equal('end');
    expect(last.label!.x).to.be.at.most(1000 - 4);
  });

  // Bug: the code comment says a label near the far edge ends at its mark, but `Math.max(at − 8 − w, width − 4 − w)`
  // always picks the second for a mark in view, so the label ends at the chart's edge instead: it runs under
  // its mark and starts up to its own width left of it (here 54 px), the drift #12 complains of. `Math.min`
  // (end at the mark, or at the edge for a mark past it) does what the comment says.
  it('crowdedLane(…) ends a label at its mark near the far edge', () => {
    const the = lane('a', [event(0, at(99))]);
    const [last] = crowdedLane(input([the]), the, 0).events;
    expect(last.label).to.deep.equal({ x: 990 - LABEL_GAP, y: rowY(0, 1), anchor: 'end', room: 60 });
  });

  // Bug: `Math.max(4, start)` pins the label of a mark left of the view (the focused event, panned away) at the
  // chart's leading edge, 4 px in, far from its mark: #12's "a label can stay pinned at the edge after its mark
  // has left the view". In a sparse lane the same event's label follows its mark out of view.
  it('crowdedLane({outside}) does not pin the label of a mark left of the view at the edge', () => {
    const the = lane('a', [event(0, at(-20)), event(1, at(10))]);
    const outside = the.events[0];
    const placed = crowdedLane(input([the], { keep: [outside], outside }), the, 0);
    const gone = placed.events.find((p) => p.event === outside)!;
    expect(gone.x).to.equal(-200);
    expect(gone.label === undefined || gone.label.x + gone.label.room <= 0, JSON.stringify(gone.label)).to.equal(true);
  });

  it('crowdedLane({rtl}) mirrors labels', () => {
    const the = lane('a', [event(0, at(10))]);
    const [first] = crowdedLane(input([the], { rtl: true }), the, 0).events;
    expect(first.x).to.equal(900);
    // The label starts (its right edge on screen) 4 px past its mark and runs left.
    expect(first.label).to.deep.equal({ x: 1000 - 96, y: rowY(0, 1), anchor: 'end', room: 60 });
  });

  it('crowdedLane(…) counts the singles without labels in "+N" badges, with the span of their events and the earliest', () => {
    const { the, keep } = scene();
    const placed = crowdedLane(input([the], { keep }), the, 0);
    expect(placed.badges).to.have.length(1);
    expect(placed.badges[0]).to.include({
      x: 506,
      count: 2,
      from: keep[2].start.ms,
      to: keep[3].start.endMs,
      first: keep[2],
    });
  });

  // Bug: a badge is drawn at `rowY(top, 2) − 7`, 15 px tall, that is on the second label row, from the x of the
  // first label it hides, which by then collides with a label of that row: the "+N" covers a label. The label
  // rows' layout (`placeLabels`) means badges to have a row of their own below the label rows (a fourth row).
  // Bug: every label was anchored at its left edge, where markShape ends its leader line: a label ending at its mark
  // by the far edge (and every label right to left) had a leader running its whole width, diagonally under the
  // count marks beside it. A label is now anchored at the edge nearest its mark.
  it('crowdedLane(…) anchors each label by its mark, so its leader line is short, both ways', () => {
    fc.assert(
      fc.property(...SCENE, (seed: number, n: number, days: number, width: number, rtl: boolean) => {
        const placed = placeScene(seed, n, days, width, rtl);
        for (const { x, label } of placed.events) {
          if (!label || x < 0 || x > width) continue;
          expect(Math.abs(label.x - x), JSON.stringify({ x, label })).to.be.at.most(LABEL_GAP + 1e-9);
        }
      }),
      RUN,
    );
  });

  it('crowdedLane(…) draws no "+N" badge over a label', () => {
    const { the, keep } = scene();
    const placed = crowdedLane(input([the], { keep }), the, 0);
    for (const badge of placed.badges) {
      const [left, right] = [badge.x, badge.x + 16 + String(badge.count).length * 7];
      const [top, bottom] = [badge.y, badge.y + 15];
      for (const { label } of placed.events) {
        if (!label) continue;
        const [l, r] = edges(label);
        const across = l < right && left < r;
        const along = label.y - 8 < bottom && top < label.y + 8;
        expect(across && along, `badge ${JSON.stringify(badge)} over ${JSON.stringify(label)}`).to.equal(false);
      }
    }
  });

  it('crowdedLane(…) never overlaps two labels in a row, and keeps them on the chart', () => {
    fc.assert(
      fc.property(...SCENE, (seed: number, n: number, days: number, width: number, rtl: boolean) => {
        const placed = placeScene(seed, n, days, width, rtl);
        for (const row of labelRows(placed).values()) {
          row.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < row.length; i++) expect(row[i][0] - row[i - 1][1]).to.be.at.least(ITEM_GAP - 1e-9);
          for (const [left, right] of row) expect(left >= 4 - 1e-9 && right <= width - 4 + 1e-9).to.equal(true);
        }
      }),
      RUN,
    );
  });

  it('crowdedLane({atRest}) names count marks in the first label row, each below its mark; a moving view names none', () => {
    const the = randomLane(3000, 100, 5);
    const moving = crowdedLane(input([the]), the, 0);
    expect(moving.counts.length).to.be.above(20);
    expect(moving.counts.filter((c) => c.label)).to.deep.equal([]);
    const placed = crowdedLane(input([the], { atRest: true }), the, 0);
    const named = placed.counts.filter((c) => c.label);
    // 60 px labels and 10 px between them: a 1000 px row holds about 14, less the singles' labels and leaders.
    expect(named.length).to.be.at.least(8);
    const x = input([the]).x;
    for (const { label, group } of named) {
      expect(label!.y).to.equal(rowY(0, 1));
      const [a, b] = [the.events[group.first].start.ms, the.events[group.last].start.ms].map(x);
      // It starts at its mark's leading edge: within the mark's buckets (28 px), never before its first event's.
      expect(label!.x).to.be.within(a - 28, b + 28);
    }
  });

  it('crowdedLane({atRest}) never overlaps a count mark’s name with a label or a leader line in its row', () => {
    fc.assert(
      fc.property(...SCENE, (seed: number, n: number, days: number, width: number, rtl: boolean) => {
        const placed = placeScene(seed, n, days, width, rtl, true);
        // What else the first label row holds: the singles' labels in it, and the leader lines crossing it to
        // labels in the row below: from the mark to the label's left edge, 2 px in (markShape's leader), both ways.
        const others: [number, number][] = [];
        for (const { x, label } of placed.events) {
          if (label?.y === rowY(0, 1)) others.push(edges(label));
          if (label?.y === rowY(0, 2)) {
            const end = label.anchor === 'start' ? label.x + 2 : label.x - 2;
            others.push([Math.min(x, end), Math.max(x, end)]);
          }
        }
        const names = placed.counts.flatMap(({ label }) => (label ? [edges(label)] : []));
        names.forEach(([left, right], i) => {
          expect(left >= 4 - 1e-9 && right <= width - 4 + 1e-9, 'on the chart').to.equal(true);
          for (const [l, r] of [...others, ...names.filter((_, k) => k !== i)])
            expect(
              l >= right + ITEM_GAP - 1e-9 || r <= left - ITEM_GAP + 1e-9,
              `${left}–${right} by ${l}–${r}`,
            ).to.equal(true);
        });
      }),
      RUN,
    );
  });

  it('crowdedLane(…) stands for each event in view once, keeps the kept ones single and counts every unlabelled one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 0, max: 80 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        fc.boolean(),
        (seed, n, days, from, picks, rtl) => {
          const the = randomLane(n, 100, seed);
          const visible = [at(from), at(from + days)] as const;
          const keep = picks.map((k) => the.events[k % n]);
          const placed = crowdedLane(input([the], { visible, keep, rtl }), the, 0);
          const kept = keep.filter((e) => inView([e], visible).length);
          const expected = inView(the.events, visible).map((e) => the.events.indexOf(e));
          expect(covered(the, placed)).to.deep.equal(expected.sort((a, b) => a - b));
          const singles = new Set(placed.events.map((p) => p.event));
          for (const e of kept) expect(singles.has(e)).to.equal(true);
          const unlabelled = placed.events.filter((p) => !p.label).length;
          expect(placed.badges.reduce((sum, b) => sum + b.count, 0)).to.equal(unlabelled);
        },
      ),
      RUN,
    );
  });
});
