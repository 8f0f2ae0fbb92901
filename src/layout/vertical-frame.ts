// The vertical layout of one frame, for phones: time runs down a page that grows with it. Every event in
// view gets a row of its own, its label wrapped across the full width; the space between two events
// follows the time between them, but never less than the row above needs, and a long empty stretch is
// compressed to a short break in the axis rather than a screen of nothing. An era's name heads its band, on a
// row of its own where the era begins: the labels run to the chart's edge, so it has no strip beside them. DOM-free.
import { eraRows } from './era-rows.js';
import { bisectLeft, bisectRight, type LaneIndex } from './lane-index.js';
import type { Era, TimelineEvent } from '../types.js';

/** Room above the first row (the axis's context label), px. */
export const TOP = 28;
/** Room below the last row, px. */
export const BOTTOM = 20;
/** Height of a label line, px. */
export const LINE = 16;
/** The least height of a row: a 24 px target and a little air. */
export const ROW_MIN = 28;
/** A stretch of time longer than this many px at the view's density is compressed… */
export const MAX_GAP = 120;
/** …to a break in the axis this tall. */
export const BREAK = 36;
/** More events in view than this and the layout lists them no more: count marks stand for them. */
export const LIST_LIMIT = 250;
/** Height of the row that holds an era's name, px: the next row's mark and label stay clear of it. */
export const HEADING = 34;

/** No eras: one list, so eraRows' memo keeps one entry for it rather than a new one every frame. */
const NO_ERAS: readonly Era[] = [];

/** Whether events have more than one group, per list of events (a list is read once). */
const grouped = new WeakMap<readonly TimelineEvent[], boolean>();
function isGrouped(events: readonly TimelineEvent[]): boolean {
  let answer = grouped.get(events);
  if (answer === undefined) {
    const first = events.find((event) => event.group)?.group;
    answer = events.some((event) => event.group !== first);
    grouped.set(events, answer);
  }
  return answer;
}

export interface VerticalInput {
  /** Every event, in time order, and their index. */
  events: readonly TimelineEvent[];
  index: LaneIndex;
  visible: readonly [number, number];
  /** Px the visible span would take at an even density (`--mt-vertical-height`). */
  nominalLength: number;
  /** An event drawn even outside the view (it has focus). */
  keep?: TimelineEvent;
  /** The eras, drawn as bands behind the rows. */
  eras?: readonly Era[];
  /** An event's label, wrapped to lines. */
  lines(event: TimelineEvent): readonly string[];
}

export interface VerticalRow {
  event: TimelineEvent;
  /** Centre of the mark and of the label's first line, px from the chart's top. */
  y: number;
  lines: readonly string[];
  height: number;
}

/** A compressed stretch of time: drawn as a break in the axis from `y0` to `y1`. */
export interface AxisBreak {
  y0: number;
  y1: number;
  /** The time the break stands for, ms. */
  from: number;
  to: number;
}

/** An era's band across the chart, from `y0` down to `y1`, px. */
export interface EraBand {
  era: Era;
  /** The era's place in the input's list (its colour alternates with it). */
  index: number;
  /** Its row among overlapping eras (see `eraRows`). */
  row: number;
  y0: number;
  y1: number;
  /** Top of the row that holds its name: where it begins, or the chart's top for an era already running. */
  heading?: number;
}

export interface VerticalFrame {
  rows: VerticalRow[];
  breaks: AxisBreak[];
  /** The eras the chart reaches, in the input's order. Only a listed chart (not crowded) has headings. */
  eras: EraBand[];
  /** The chart's height, px. */
  height: number;
  /** The time at the chart's top: the view's start, or where a row above it begins (a bar running in, a kept event). */
  from: number;
  /** Where a time falls, px from the top (piecewise linear, monotonic). */
  y(ms: number): number;
  /** Too many events in view to list: the caller draws count marks over an even scale instead. */
  crowded: boolean;
}

/** A knot of the piecewise scale: time `t` sits at `y`. */
interface Knot {
  t: number;
  y: number;
}

/** The height of a row whose label has this many lines. */
export function rowHeight(lines: number): number {
  return Math.max(ROW_MIN, lines * LINE + 12);
}

/** Lays out a frame of the vertical chart. O(events in view). */
export function layoutVertical(input: VerticalInput): VerticalFrame {
  const { events, index } = input;
  const [d0, d1] = input.visible;
  const first = bisectLeft(index.starts, d0);
  const stop = bisectRight(index.starts, d1, first);
  const density = input.nominalLength / Math.max(d1 - d0, 1);
  const given = input.eras ?? NO_ERAS;
  const { rows: eraRow, until } = eraRows(given);
  const eras = given.map((era, index) => ({ era, index, row: eraRow[index], until: until[index] }));
  // Bars that began before the view and run into it are in view too: each has its row where it begins, above.
  const running: TimelineEvent[] = [];
  for (let k = first - 1; k >= 0 && index.maxEnd[k] > d0 && running.length <= LIST_LIMIT; k--) {
    if (index.ends[k] > d0) running.unshift(events[k]);
  }
  if (stop - first + running.length > LIST_LIMIT) {
    const y = (ms: number) => TOP + (ms - d0) * density;
    const height = TOP + input.nominalLength + BOTTOM;
    return { rows: [], breaks: [], eras: bands(eras, d0, d1, y), height, from: d0, y, crowded: true };
  }
  const shown = [...running, ...events.slice(first, stop)];
  const keep = input.keep;
  if (keep && !shown.includes(keep)) {
    shown.push(keep);
    shown.sort((a, b) => a.start.ms - b.start.ms || a.index - b.index);
  }
  const from = Math.min(d0, shown[0]?.start.ms ?? d0);
  const to = Math.max(d1, shown[shown.length - 1]?.start.ms ?? d1);
  const knots: Knot[] = [{ t: from, y: TOP }];
  const breaks: AxisBreak[] = [];
  const rows: VerticalRow[] = [];
  let y = TOP;
  let t = from;
  let above = 0;
  /** Moves down to time `next`: as far as the time asks, at least `above` px; a stretch over MAX_GAP px is a break. */
  const advance = (next: number) => {
    const wanted = (next - t) * density;
    let step = Math.max(wanted, above);
    if (wanted > MAX_GAP && wanted - above > BREAK) {
      step = above + BREAK;
      breaks.push({ y0: y + above, y1: y + step, from: t, to: next });
    }
    y += step;
    t = next;
  };
  // Eras the chart reaches, by start: each is headed where it begins (one already running, at the top).
  const reached = eras
    .filter(({ era, until }) => era.start.ms <= to && until > from)
    .sort((a, b) => a.era.start.ms - b.era.start.ms);
  const headings = new Map<Era, number>();
  let next = 0;
  const headUntil = (ms: number) => {
    for (; next < reached.length && reached[next].era.start.ms <= ms; next++) {
      advance(Math.max(t, reached[next].era.start.ms));
      knots.push({ t, y });
      headings.set(reached[next].era, y);
      above = HEADING;
    }
  };
  for (const event of shown) {
    headUntil(event.start.ms);
    advance(event.start.ms);
    knots.push({ t, y });
    // Grouped data has no lanes down the page: each label names its event's group first.
    const lines = input.lines(
      event.group && isGrouped(events) ? { ...event, title: `${event.group} · ${event.title}` } : event,
    );
    const height = rowHeight(lines.length);
    rows.push({ event, y, lines, height });
    above = height;
  }
  // After the last row, the stretch a bar still runs through is not empty: it keeps its length, so the hour or day
  // the bar ends at is on the axis (a party to 8 PM, the day's last event, ended in a break; a 90-minute launch
  // alone in view broke through its bar). It is in view, so no longer than the view's nominal length.
  const reach = Math.min(to, Math.max(t, ...shown.map((event) => event.end?.endMs ?? t)));
  if (reach > t) {
    headUntil(reach);
    // At its time's distance, not pushed down to the row's foot: a two-hour call, the last row in a story step's
    // view, ended a row's height below its mark, a bar that read as days. The row keeps its room below.
    const wanted = (reach - t) * density;
    y += wanted;
    t = reach;
    above = Math.max(0, above - wanted);
    knots.push({ t, y });
  }
  headUntil(to);
  advance(to);
  knots.push({ t, y });
  const last = knots[knots.length - 1];
  const at = piecewise(knots, density);
  return {
    rows,
    breaks,
    eras: bands(eras, from, to, at, headings),
    height: last.y + BOTTOM,
    from,
    y: at,
    crowded: false,
  };
}

/**
 * The bands of the eras that reach `[from, to]`: from where each begins (its heading's top) to where it ends (or the
 * next era in its row begins, on its last day: see `eraRows`).
 */
function bands(
  eras: readonly { era: Era; index: number; row: number; until: number }[],
  from: number,
  to: number,
  y: (ms: number) => number,
  headings = new Map<Era, number>(),
): EraBand[] {
  return eras
    .filter(({ era, until }) => era.start.ms <= to && until > from)
    .map(({ era, index, row, until }) => {
      const heading = headings.get(era);
      const y0 = heading !== undefined && era.start.ms >= from ? heading : y(era.start.ms);
      return { era, index, row, y0, y1: Math.max(y0, y(until)), heading };
    });
}

/** The piecewise-linear scale through the knots (sorted by time); outside them, the view's density. */
function piecewise(knots: readonly Knot[], density: number): (ms: number) => number {
  const first = knots[0];
  const last = knots[knots.length - 1];
  return (ms: number) => {
    if (ms <= first.t) return first.y - (first.t - ms) * density;
    if (ms >= last.t) return last.y + (ms - last.t) * density;
    // The last knot at or before ms, and the next one after it.
    let lo = 0;
    let hi = knots.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (knots[mid].t <= ms) lo = mid;
      else hi = mid;
    }
    // A time that rows share (events on one day, stacked) is where the first of them is: a tick there (the "Mar" of
    // 1 March) beside the last one read as if the rows above it were the month before.
    while (lo > 0 && knots[lo - 1].t === ms) lo--;
    const a = knots[lo];
    const b = knots[hi];
    return a.t === ms || b.t === a.t ? a.y : a.y + ((ms - a.t) / (b.t - a.t)) * (b.y - a.y);
  };
}
