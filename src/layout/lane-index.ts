// A lane's events prepared once per load for the questions every frame asks: which events are in view,
// and where an event is in time order. DOM-free.
import type { TimelineEvent } from '../types.js';

/** A lane's events prepared once per load, so each frame costs what is visible, not what is loaded. */
export interface LaneIndex {
  /** Start ms of each event, in the lane's (start) order. */
  starts: Float64Array;
  /** End ms of each event's span. */
  ends: Float64Array;
  /** Running maximum of `ends`: lets a frame find long bars that began before the view. */
  maxEnd: Float64Array;
}

/** The scale of a frame: world px = (ms - origin) * pxPerMs. Buckets are fixed in world px, so panning keeps them. */
export interface FrameScale {
  origin: number;
  pxPerMs: number;
}

/** The index of spans in start order, given their starts and ends: adds the running maximum of the ends. */
export function indexSpans(starts: Float64Array, ends: Float64Array): LaneIndex {
  const maxEnd = new Float64Array(ends.length);
  let max = -Infinity;
  for (let i = 0; i < ends.length; i++) maxEnd[i] = max = Math.max(max, ends[i]);
  return { starts, ends, maxEnd };
}

/** Builds a lane's index; events must be sorted by start. O(N). */
export function indexLane(events: readonly TimelineEvent[]): LaneIndex {
  return indexSpans(
    Float64Array.from(events, (e) => e.start.ms),
    Float64Array.from(events, (e) => (e.end ? e.end.endMs : e.start.ms)),
  );
}

/** The index of some of an index's events, at `positions` (ascending): a lane's, from the index of all events. */
export function indexAt(all: LaneIndex, positions: readonly number[]): LaneIndex {
  const starts = new Float64Array(positions.length);
  const ends = new Float64Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    starts[i] = all.starts[positions[i]];
    ends[i] = all.ends[positions[i]];
  }
  return indexSpans(starts, ends);
}

/**
 * Where `event` is among `events` (sorted by start, `index` built from them), or -1: a binary search on
 * its start, then a walk over the events that start at the same ms. No map from id to position needed.
 */
export function indexOfEvent(events: readonly TimelineEvent[], index: LaneIndex, event: TimelineEvent): number {
  const { starts } = index;
  const ms = event.start.ms;
  for (let i = bisectLeft(starts, ms); i < events.length && starts[i] === ms; i++) if (events[i] === event) return i;
  return -1;
}

/** First index in `sorted[lo..]` whose value is >= `value`. */
export function bisectLeft(sorted: Float64Array, value: number, lo = 0): number {
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index in `sorted[lo..]` whose value is > `value`. */
export function bisectRight(sorted: Float64Array, value: number, lo = 0): number {
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
