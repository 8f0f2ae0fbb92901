// The vertical layout of one frame, for phones: time runs down a page that grows with it. Every event in
// view gets a row of its own, its label wrapped across the full width; the space between two events
// follows the time between them, but never less than the row above needs, and a long empty stretch is
// compressed to a short break in the axis rather than a screen of nothing. DOM-free.
import { bisectLeft, bisectRight, type LaneIndex } from './lane-index.js';
import type { TimelineEvent } from '../types.js';

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

export interface VerticalInput {
  /** Every event, in time order, and their index. */
  events: readonly TimelineEvent[];
  index: LaneIndex;
  visible: readonly [number, number];
  /** Px the visible span would take at an even density (`--mt-vertical-height`). */
  nominalLength: number;
  /** An event drawn even outside the view (it has focus). */
  keep?: TimelineEvent;
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

export interface VerticalFrame {
  rows: VerticalRow[];
  breaks: AxisBreak[];
  /** The chart's height, px. */
  height: number;
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
  if (stop - first > LIST_LIMIT) {
    const y = (ms: number) => TOP + (ms - d0) * density;
    return { rows: [], breaks: [], height: TOP + input.nominalLength + BOTTOM, y, crowded: true };
  }
  const shown = events.slice(first, stop);
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
  /** Moves down to time `next`: as far as the time asks, at least `above` px, a break for a long empty stretch. */
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
  for (const event of shown) {
    advance(event.start.ms);
    knots.push({ t, y });
    const lines = input.lines(event);
    const height = rowHeight(lines.length);
    rows.push({ event, y, lines, height });
    above = height;
  }
  advance(to);
  knots.push({ t, y });
  const last = knots[knots.length - 1];
  return { rows, breaks, height: last.y + BOTTOM, y: piecewise(knots, density), crowded: false };
}

/** The piecewise-linear scale through the knots (sorted by time); outside them, the view's density. */
function piecewise(knots: readonly Knot[], density: number): (ms: number) => number {
  const first = knots[0];
  const last = knots[knots.length - 1];
  return (ms: number) => {
    if (ms <= first.t) return first.y - (first.t - ms) * density;
    if (ms >= last.t) return last.y + (ms - last.t) * density;
    // The last knot at or before ms, and the next one after it (equal times: the lower knot wins).
    let lo = 0;
    let hi = knots.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (knots[mid].t <= ms) lo = mid;
      else hi = mid;
    }
    const a = knots[lo];
    const b = knots[hi];
    return b.t === a.t ? a.y : a.y + ((ms - a.t) / (b.t - a.t)) * (b.y - a.y);
  };
}
