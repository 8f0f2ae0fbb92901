import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  BOTTOM,
  BREAK,
  HEADING,
  LINE,
  LIST_LIMIT,
  MAX_GAP,
  ROW_MIN,
  TOP,
  layoutVertical,
  rowHeight,
  type VerticalFrame,
  type VerticalInput,
} from '../../src/layout/vertical-frame.js';
import { indexLane } from '../../src/layout/lane-index.js';
import type { Era, TimelineEvent } from '../../src/types.js';
import { at, event, sorted } from './lane-events.js';

/** fast-check's settings: a fixed seed, so a run is the same every time. */
const RUN = { seed: 20260412, numRuns: 200 };

/**
 * The vertical layout of `events` (sorted here) over days 0 to 100 at 1000 px, 10 px a day; each label one line
 * unless `lines` says how many an event's label wraps to.
 */
function layout(
  events: readonly TimelineEvent[],
  over: Partial<VerticalInput> & { lines?: (event: TimelineEvent) => readonly string[] } = {},
): VerticalFrame {
  const inOrder = sorted(events);
  return layoutVertical({
    events: inOrder,
    index: indexLane(inOrder),
    visible: [at(0), at(100)],
    nominalLength: 1000,
    lines: (e) => [e.title],
    ...over,
  });
}

/** A label wrapped to `n` lines. */
const wrapped = (n: number) => Array.from({ length: n }, (_, i) => `line ${i + 1}`);

const days = (...list: number[]) => list.map((day, i) => event(i, at(day)));

/** An era from day `from` to the end of day `to`. */
function era(title: string, from: number, to: number): Era {
  const day = { endMs: 0, precision: 'day' as const };
  return {
    title,
    start: { ...day, ms: at(from), endMs: at(from + 1) },
    end: { ...day, ms: at(to), endMs: at(to + 1) },
  };
}

describe('rowHeight', () => {
  it('rowHeight(lines) is a 24 px target and air for one line, and a line more for each further line', () => {
    expect([0, 1, 2, 3, 4].map(rowHeight)).to.deep.equal([ROW_MIN, ROW_MIN, 2 * LINE + 12, 3 * LINE + 12, 76]);
    expect(ROW_MIN).to.equal(28);
  });
});

describe('layoutVertical', () => {
  it('layoutVertical(…) gives every event in view a row, in time order', () => {
    const events = [event(0, at(30)), event(1, at(-5)), event(2, at(10)), event(3, at(150)), event(4, at(20))];
    const frame = layoutVertical({
      events: sorted(events),
      index: indexLane(sorted(events)),
      visible: [at(0), at(100)],
      nominalLength: 1000,
      lines: (e) => [e.title],
    });
    expect(frame.crowded).to.equal(false);
    expect(frame.rows.map((r) => r.event.id)).to.deep.equal(['e2', 'e4', 'e0']);
    expect(frame.rows.map((r) => [r.lines, r.height])).to.deep.equal([
      [['E2'], ROW_MIN],
      [['E4'], ROW_MIN],
      [['E0'], ROW_MIN],
    ]);
  });

  it('layoutVertical(…) wraps a grouped event’s label with its group first, when the events have more than one group', () => {
    const [a, b, c] = days(10, 20, 30);
    const texts = (events: readonly TimelineEvent[]) => layout(events).rows.map((row) => row.lines.join(' '));
    expect(texts([{ ...a, group: 'Energy' }, { ...b, group: 'Health' }, c])).to.deep.equal([
      `Energy · ${a.title}`,
      `Health · ${b.title}`,
      c.title,
    ]);
    // One group, or none: one lane across, nothing to tell apart.
    expect(
      texts([
        { ...a, group: 'Energy' },
        { ...b, group: 'Energy' },
      ]),
    ).to.deep.equal([a.title, b.title]);
    expect(texts([a, b])).to.deep.equal([a.title, b.title]);
  });

  it('layoutVertical(…) spaces rows by the time between them, from TOP at the view’s start', () => {
    const frame = layout(days(10, 20, 25));
    // 10 px a day: day 10 is 100 px below the top; 10 days, then 5, later.
    expect(frame.rows.map((r) => r.y)).to.deep.equal([TOP + 100, TOP + 200, TOP + 250]);
    // The 75 days after the last row to the view's end are a break.
    expect(frame.breaks.map((b) => [b.from, b.to])).to.deep.equal([[at(25), at(100)]]);
  });

  it('layoutVertical(…) puts a row no nearer the one above than that row’s height', () => {
    const lines = (e: TimelineEvent) => wrapped(e.index === 1 ? 3 : 1);
    const frame = layout(days(10, 11, 12, 20), { lines });
    const [a, b, c, d] = frame.rows;
    expect(b.y - a.y).to.equal(ROW_MIN);
    expect(b.height).to.equal(rowHeight(3));
    expect(c.y - b.y).to.equal(rowHeight(3));
    // Far enough below for time to decide again: 8 days, 80 px.
    expect(d.y - c.y).to.equal(80);
    for (let i = 1; i < frame.rows.length; i++) {
      expect(frame.rows[i].y).to.be.at.least(frame.rows[i - 1].y + frame.rows[i - 1].height);
    }
  });

  it('layoutVertical(…) gives events at one instant a row each, one under another', () => {
    const frame = layout(days(5, 5, 5));
    expect(frame.rows.map((r) => r.y)).to.deep.equal([TOP + 50, TOP + 50 + ROW_MIN, TOP + 50 + 2 * ROW_MIN]);
  });

  it(`layoutVertical(…) draws a long empty stretch (over MAX_GAP, ${MAX_GAP} px) as a break of BREAK px`, () => {
    const frame = layout(days(10, 60));
    const [a, b] = frame.rows;
    expect(frame.breaks).to.have.length(2);
    const [between] = frame.breaks;
    expect(between).to.deep.equal({ y0: a.y + a.height, y1: a.y + a.height + BREAK, from: at(10), to: at(60) });
    expect(b.y).to.equal(between.y1);
    expect(between.y1 - between.y0).to.equal(BREAK);
  });

  it('layoutVertical(…) keeps a stretch of MAX_GAP px or less as time says', () => {
    const frame = layout(days(10, 22, 94));
    // 120 px between the first two (no break), 720 px after (a break), and 60 px to the view's end.
    expect(frame.rows[1].y - frame.rows[0].y).to.equal(MAX_GAP);
    expect(frame.breaks.map((b) => [b.from, b.to])).to.deep.equal([[at(22), at(94)]]);
  });

  it('layoutVertical(…) breaks the stretch before the first event and after the last one too', () => {
    const frame = layout(days(50));
    const [row] = frame.rows;
    expect(frame.breaks).to.deep.equal([
      { y0: TOP, y1: TOP + BREAK, from: at(0), to: at(50) },
      { y0: row.y + row.height, y1: row.y + row.height + BREAK, from: at(50), to: at(100) },
    ]);
    expect(row.y).to.equal(TOP + BREAK);
    expect(frame.height).to.equal(row.y + row.height + BREAK + BOTTOM);
  });

  it('layoutVertical(…) keeps the stretch a bar runs on through after the last row whole, then breaks', () => {
    // The day's last event, a party of 20 days (200 px at 10 px a day) from day 60: its stretch was a break, and the
    // axis had no tick where it ends.
    const party = layout([event(0, at(10)), event(1, at(60), at(80))]);
    const last = party.rows[1];
    expect(party.breaks.filter((b) => b.from >= at(60) && b.from < at(80))).to.deep.equal([]);
    expect(party.y(at(80)) - last.y).to.equal(200);
    // The view's 20 days after it are a stretch as before: 200 px, more than MAX_GAP, a break.
    expect(party.breaks.map((b) => [b.from, b.to])).to.deep.include([at(80), at(100)]);
    expect(party.breaks.find((b) => b.from === at(80))!.y0).to.equal(last.y + 200);
    // A bar to the view's end keeps its 800 px too: one 90-minute launch alone in view broke through its bar, with no
    // hour at its end.
    const long = layout([event(0, at(10)), event(1, at(20), at(100))]);
    expect(long.breaks).to.deep.equal([]);
    expect(long.y(at(100)) - long.rows[1].y).to.equal(800);
    // A bar running on past the view's end keeps only what is in view.
    const past = layout([event(0, at(10)), event(1, at(20), at(400))]);
    expect(past.breaks).to.deep.equal([]);
    expect(past.height).to.equal(past.rows[1].y + 800 + BOTTOM);
  });

  it('layoutVertical(…) ends a short bar after the last row at its time, not at the row’s foot', () => {
    // A two-hour call (0.83 px at 10 px a day), the last row in view: its end was pushed to the row's foot, 28 px
    // down, and drawn as a bar as tall as a day's visit.
    const hours = 2 * 3_600_000;
    const call = layout([event(0, at(10)), event(1, at(50), at(50) + hours)]);
    const last = call.rows[1];
    expect(call.y(at(50) + hours) - last.y).to.be.closeTo((10 * hours) / 86_400_000, 1e-9);
    // The row keeps its room: the stretch after it, a break, starts at its foot as it does without the call's end.
    const alone = layout([event(0, at(10)), event(1, at(50))]);
    const [before, after] = [alone.breaks.at(-1)!, call.breaks.at(-1)!];
    expect([after.from, after.to]).to.deep.equal([at(50) + hours, at(100)]);
    expect(after.y0).to.be.closeTo(before.y0, 1e-9);
    expect(after.y1).to.be.closeTo(before.y1, 1e-9);
    expect(call.height).to.be.closeTo(alone.height, 1e-9);
    expect(call.y(at(100))).to.be.closeTo(alone.y(at(100)), 1e-9);
    // Ending in the last row's room with the view's end close by, the chart still ends below the row.
    const tight = layout([event(0, at(10)), event(1, at(99.5), at(99.5) + hours)]);
    expect(tight.height).to.be.closeTo(tight.rows[1].y + ROW_MIN + BOTTOM, 1e-9);
  });

  it('layoutVertical(…) of a view with no events is one break', () => {
    const frame = layout(days(-10, 120));
    expect(frame.rows).to.deep.equal([]);
    expect(frame.breaks).to.deep.equal([{ y0: TOP, y1: TOP + BREAK, from: at(0), to: at(100) }]);
    expect(frame.height).to.equal(TOP + BREAK + BOTTOM);
  });

  it('layoutVertical(…) ends the chart BOTTOM px below its last row, or below the view’s end', () => {
    const frame = layout(days(10, 20, 95));
    // The view ends 5 days, 50 px, below the last row.
    const last = frame.rows[2];
    expect(frame.height).to.equal(last.y + 50 + BOTTOM);
    // A day, 10 px, is less than the last row needs.
    const tight = layout(days(10, 20, 99));
    expect(tight.height).to.equal(tight.rows[2].y + ROW_MIN + BOTTOM);
  });

  it('layoutVertical(…).y(ms) puts each row’s event at its row and follows the breaks', () => {
    const frame = layout(days(10, 20, 30, 90));
    for (const row of frame.rows) expect(frame.y(row.event.start.ms), row.event.id).to.equal(row.y);
    expect(frame.y(at(15))).to.equal(TOP + 150);
    // Between day 30 and day 90 the break stands for 60 days: 600 px of time in the row's height and the break.
    const [gap] = frame.breaks;
    expect(frame.y(at(60))).to.be.closeTo(frame.rows[2].y + (ROW_MIN + BREAK) / 2, 1e-9);
    expect(gap.from).to.equal(at(30));
    // Outside the rows, the view's own density.
    expect(frame.y(at(0))).to.equal(TOP);
    expect(frame.y(at(-10))).to.equal(TOP - 100);
    expect(frame.y(at(110)) - frame.y(at(100))).to.be.closeTo(100, 1e-9);
  });

  it('layoutVertical(…).y(ms) of events at one instant is the first of their rows; just after it, past the last', () => {
    // A tick at that instant (the "Mar" of events on 1 March) stands beside the first row, not below the others.
    const frame = layout(days(10, 40, 40, 40, 70));
    expect(frame.y(at(40))).to.equal(frame.rows[1].y);
    expect(frame.y(at(40.01))).to.be.above(frame.rows[3].y);
    expect(frame.y(at(39.99))).to.be.below(frame.rows[1].y);
  });

  it(`layoutVertical(…) past LIST_LIMIT (${LIST_LIMIT}) events in view is crowded, over an even scale`, () => {
    const many = Array.from({ length: LIST_LIMIT + 1 }, (_, i) => event(i, at(10 + i / 10)));
    const frame = layout(many);
    expect(frame.crowded).to.equal(true);
    expect(frame.rows).to.deep.equal([]);
    expect(frame.breaks).to.deep.equal([]);
    expect(frame.height).to.equal(TOP + 1000 + BOTTOM);
    expect(frame.y(at(0))).to.equal(TOP);
    expect(frame.y(at(25))).to.be.closeTo(TOP + 250, 1e-9);
    expect(frame.y(at(100))).to.be.closeTo(TOP + 1000, 1e-9);
    const listed = layout(many.slice(0, LIST_LIMIT));
    expect(listed.crowded).to.equal(false);
    expect(listed.rows).to.have.length(LIST_LIMIT);
  });

  it('layoutVertical({keep}) lists a kept event outside the view in time order', () => {
    const events = days(10, 20, 150, -30);
    const after = layout(events, { keep: events[2] });
    expect(after.rows.map((r) => r.event.id)).to.deep.equal(['e0', 'e1', 'e2']);
    expect(after.height).to.be.greaterThan(after.rows[2].y + after.rows[2].height);
    const before = layout(events, { keep: events[3] });
    expect(before.rows.map((r) => r.event.id)).to.deep.equal(['e3', 'e0', 'e1']);
    expect(before.rows[0].y).to.equal(TOP);
    expect(before.y(at(-30))).to.equal(TOP);
  });

  it('layoutVertical(…) lists a bar that began before the view and runs into it, at its start', () => {
    // A conference zoomed to 9:30–12:30 showed nothing beside 9:30–9:45 while the opening keynote (9:00–9:45) ran.
    const events = [event(0, at(-50), at(-1)), event(1, at(-30), at(5)), event(2, at(-20), at(0)), event(3, at(10))];
    const frame = layout(events);
    expect(frame.rows.map((r) => r.event.id)).to.deep.equal(['e1', 'e3']);
    expect(frame.rows[0].y).to.equal(TOP);
    expect(frame.y(at(-30))).to.equal(TOP);
    expect(frame.from).to.equal(at(-30));
    expect(layout(days(10)).from).to.equal(at(0));
    // Focused, it is listed once.
    expect(layout(events, { keep: events[1] }).rows.map((r) => r.event.id)).to.deep.equal(['e1', 'e3']);
    // Bars running in count towards the list's limit.
    const running = Array.from({ length: LIST_LIMIT }, (_, i) => event(i, at(-10 - i), at(1)));
    expect(layout(running).rows).to.have.length(LIST_LIMIT);
    expect(layout([...running, event(LIST_LIMIT, at(50))]).crowded).to.equal(true);
  });

  it('layoutVertical({keep}) lists a kept event in view once', () => {
    const events = days(10, 20);
    expect(layout(events, { keep: events[1] }).rows.map((r) => r.event.id)).to.deep.equal(['e0', 'e1']);
  });

  it('layoutVertical(…) never overlaps rows, keeps time order, a monotonic y and breaks BREAK px tall', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ hour: fc.integer({ min: -50 * 24, max: 250 * 24 }), lines: fc.integer({ min: 0, max: 4 }) }),
          {
            maxLength: 80,
          },
        ),
        fc.integer({ min: -20, max: 150 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.option(fc.nat(), { nil: undefined }),
        (items, from, length, nominalLength, pick) => {
          const events = items.map(({ hour }, i) => event(i, at(0) + hour * 3_600_000));
          const visible = [at(from), at(from + length)] as const;
          const keep = pick === undefined || !events.length ? undefined : events[pick % events.length];
          const frame = layout(events, { visible, nominalLength, keep, lines: (e) => wrapped(items[e.index].lines) });
          const expected = sorted(events).filter(
            (e) => e === keep || (e.start.ms >= visible[0] && e.start.ms <= visible[1]),
          );
          expect(frame.rows.map((r) => r.event)).to.deep.equal(expected);
          const density = nominalLength / (visible[1] - visible[0]);
          frame.rows.forEach((row, i) => {
            expect(row.height).to.equal(rowHeight(items[row.event.index].lines));
            if (!i) return;
            const above = frame.rows[i - 1];
            const gap = row.y - above.y;
            expect(gap).to.be.at.least(above.height - 1e-6);
            const wanted = (row.event.start.ms - above.event.start.ms) * density;
            const broken = frame.breaks.some((b) => b.y0 === above.y + above.height && b.y1 === row.y);
            if (broken) expect(wanted).to.be.greaterThan(MAX_GAP);
            else expect(gap).to.be.closeTo(Math.max(wanted, above.height), 1e-6);
          });
          for (const b of frame.breaks) {
            expect(b.y1 - b.y0).to.be.closeTo(BREAK, 1e-9);
            expect(b.to).to.be.greaterThan(b.from);
          }
          const last = frame.rows[frame.rows.length - 1];
          if (last) expect(frame.height).to.be.at.least(last.y + last.height + BOTTOM);
          // y is monotonic over the whole range and beyond it.
          const t0 = Math.min(visible[0], ...frame.rows.map((r) => r.event.start.ms)) - 10 * 86_400_000;
          const t1 = Math.max(visible[1], ...frame.rows.map((r) => r.event.start.ms)) + 10 * 86_400_000;
          let y = -Infinity;
          for (let k = 0; k <= 400; k++) {
            const next = frame.y(t0 + ((t1 - t0) * k) / 400);
            expect(next).to.be.at.least(y - 1e-6);
            y = next;
          }
          // A row whose event has its instant to itself (and is not at the end of the chart's time) sits at y(ms).
          for (const row of frame.rows) {
            const ms = row.event.start.ms;
            const alone = frame.rows.filter((r) => r.event.start.ms === ms).length === 1;
            if (alone && row !== last) expect(frame.y(ms)).to.be.closeTo(row.y, 1e-6);
          }
        },
      ),
      RUN,
    );
  });

  it('layoutVertical({eras}) heads an era that begins in view with a row of HEADING px where it begins', () => {
    const eras = [era('Second', 30, 60), era('First', 0, 29), era('Later', 200, 300), era('Gone', -50, -10)];
    const frame = layout(days(28, 30, 31), { eras });
    const [first, second] = frame.rows.slice(1);
    // The band starts at its heading; the event on the era's first day is a heading's height below it.
    const band = frame.eras.find((b) => b.era.title === 'Second')!;
    expect(band.heading).to.equal(band.y0);
    expect(first.y - band.y0).to.equal(HEADING);
    expect(second.y - first.y).to.equal(ROW_MIN);
    // Two days (20 px) after the row above would crowd it: the heading keeps that row's height below it.
    expect(band.y0).to.equal(frame.rows[0].y + ROW_MIN);
    expect(band.y1).to.equal(frame.y(at(61)));
    // In the input's order (colours alternate with it), and only the eras the chart reaches.
    expect(frame.eras.map((b) => [b.era.title, b.index])).to.deep.equal([
      ['Second', 0],
      ['First', 1],
    ]);
  });

  it('layoutVertical({eras}) heads an era already running at the view’s start at the top, its band above it', () => {
    const frame = layout(days(0, 10), { eras: [era('Running', -40, 50)] });
    const [band] = frame.eras;
    expect(band.heading).to.equal(TOP);
    expect(band.y0).to.be.below(TOP);
    expect(frame.rows[0].y).to.equal(TOP + HEADING);
    expect(frame.rows[1].y).to.equal(TOP + HEADING + 100);
  });

  it('layoutVertical({eras}) heads an era that begins after the last event, before the view’s end', () => {
    const frame = layout(days(10), { eras: [era('Late', 90, 120)] });
    const [band] = frame.eras;
    expect(band.heading).to.equal(band.y0);
    expect(band.y0).to.be.at.least(frame.rows[0].y + ROW_MIN);
    expect(frame.height).to.be.at.least(band.heading! + HEADING + BOTTOM);
  });

  it('layoutVertical({eras}) past LIST_LIMIT draws bands over the even scale, without headings', () => {
    const many = Array.from({ length: LIST_LIMIT + 1 }, (_, i) => event(i, at(10 + i / 10)));
    const frame = layout(many, { eras: [era('Crowded', 20, 40)] });
    expect(frame.crowded).to.equal(true);
    expect(frame.eras.map(({ y0, y1, heading }) => [y0, y1, heading])).to.deep.equal([
      [frame.y(at(20)), frame.y(at(41)), undefined],
    ]);
  });

  it('layoutVertical({eras}) never puts a heading over a row, and heads every era the chart reaches once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 250 }), { maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -80, max: 250 }), fc.integer({ min: 0, max: 120 })), { maxLength: 6 }),
        fc.integer({ min: -20, max: 150 }),
        fc.integer({ min: 1, max: 200 }),
        (starts, spans, from, length) => {
          const eras = spans.map(([start, days], i) => era(`era ${i}`, start, start + days));
          const visible = [at(from), at(from + length)] as const;
          const frame = layout(
            starts.map((day, i) => event(i, at(day))),
            { visible, eras },
          );
          const headings = frame.eras.map((b) => b.heading!);
          expect(headings.every((h) => h !== undefined)).to.equal(true);
          const reached = eras.filter((e) => e.end.endMs > visible[0] && e.start.ms <= visible[1]);
          expect(frame.eras.map((b) => b.era)).to.have.members(reached);
          for (const h of headings) {
            expect(h).to.be.at.least(TOP);
            for (const row of frame.rows)
              expect(row.y >= h + HEADING || row.y + row.height <= h, `${row.y} ${h}`).to.equal(true);
          }
          // Headings apart from one another, and each band from its heading (or above it, running) down.
          const sortedHeadings = [...headings].sort((a, b) => a - b);
          for (let i = 1; i < sortedHeadings.length; i++)
            expect(sortedHeadings[i] - sortedHeadings[i - 1]).to.be.at.least(HEADING);
          for (const band of frame.eras) {
            expect(band.y0).to.be.at.most(band.heading!);
            expect(band.y1).to.be.at.least(band.y0);
            if (band.era.start.ms >= visible[0]) expect(band.y0).to.equal(band.heading);
          }
        },
      ),
      RUN,
    );
  });
});
