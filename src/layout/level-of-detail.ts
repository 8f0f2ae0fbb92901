import type { TimelineEvent } from '../types.js';

/** Events starting within one bucket of this many px merge into a count mark, drawn across the bucket. */
export const BUCKET_PX = 28;

/** A lane's events prepared once per load, so each frame costs what is visible, not what is loaded. */
export interface LaneIndex {
  /** Start ms of each event, in the lane's (start) order. */
  starts: Float64Array;
  /** End ms of each event's span. */
  ends: Float64Array;
  /** Running maximum of `ends`: lets a frame find long bars that began before the view. */
  maxEnd: Float64Array;
}

/** Events of one bucket merged into a count mark: indices `first..last` of the lane, contiguous in time. */
export interface MarkGroup {
  first: number;
  last: number;
  count: number;
}

/** What to draw of a lane: single events (their lane index) and count marks, in time order. */
export type LaneMark = number | MarkGroup;

/** The scale of a frame: world px = (ms - origin) * pxPerMs. Buckets are fixed in world px, so panning keeps them. */
export interface FrameScale {
  origin: number;
  pxPerMs: number;
}

/** Builds a lane's index; events must be sorted by start. O(N). */
export function indexLane(events: readonly TimelineEvent[]): LaneIndex {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const maxEnd = new Float64Array(n);
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const event = events[i];
    starts[i] = event.start.ms;
    ends[i] = event.end ? event.end.endMs : event.start.ms;
    maxEnd[i] = max = Math.max(max, ends[i]);
  }
  return { starts, ends, maxEnd };
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

/**
 * The marks of a lane between `t0` and `t1`: one per event, except where several events start in the same
 * bucket of `bucketPx` world pixels, which merge into one count mark. Costs O(buckets × log N), not O(N).
 * An index in `keep` (e.g. the focused event) is never merged away.
 */
export function laneMarks(
  index: LaneIndex,
  t0: number,
  t1: number,
  scale: FrameScale,
  bucketPx: number,
  keep = -1,
): LaneMark[] {
  const { starts, ends, maxEnd } = index;
  const marks: LaneMark[] = [];
  let i = bisectLeft(starts, t0);
  // Bars that began before the view but reach into it; rare, so a backward scan is cheap.
  const before: number[] = [];
  for (let k = i - 1; k >= 0 && maxEnd[k] >= t0; k--) if (ends[k] >= t0) before.push(k);
  for (let k = before.length - 1; k >= 0; k--) marks.push(before[k]);
  const { origin, pxPerMs } = scale;
  const stop = bisectRight(starts, t1, i);
  while (i < stop) {
    const bucket = Math.floor(((starts[i] - origin) * pxPerMs) / bucketPx);
    const bucketEnd = origin + ((bucket + 1) * bucketPx) / pxPerMs;
    const j = Math.min(stop, Math.max(i + 1, bisectLeft(starts, bucketEnd, i)));
    if (j - i === 1) marks.push(i);
    else if (keep >= i && keep < j) {
      // The kept event splits its bucket: the events before it, itself, the events after it.
      if (keep > i) marks.push(keep - i === 1 ? i : { first: i, last: keep - 1, count: keep - i });
      marks.push(keep);
      if (j - keep > 1) marks.push(j - keep === 2 ? keep + 1 : { first: keep + 1, last: j - 1, count: j - keep - 1 });
    } else marks.push({ first: i, last: j - 1, count: j - i });
    i = j;
  }
  return marks;
}

/** Half the width in px a single mark takes. */
const SINGLE_HALF = 8;

/**
 * Where a count mark is drawn, in world px: whole buckets, from the bucket of its first event to that of its
 * last, less a pixel at each side, so count marks in neighbouring buckets touch but never overlap.
 */
export function groupExtent(
  group: MarkGroup,
  starts: Float64Array,
  scale: FrameScale,
  bucketPx: number,
): [number, number] {
  const bucket = (i: number) => Math.floor(((starts[i] - scale.origin) * scale.pxPerMs) / bucketPx);
  return [bucket(group.first) * bucketPx + 1, (bucket(group.last) + 1) * bucketPx - 1];
}

/**
 * Folds single marks that would touch a neighbour on screen (buckets are a fixed grid, so an event can sit a
 * pixel from the next bucket's count mark) into that neighbour: a single mark takes ±8 px, a count mark its
 * buckets. Count marks never merge with each other, so a dense stretch stays a row of counts, one a bucket.
 * O(marks). Marks starting before `t0` (long bars reaching into the view) and the `keep` index stay as they are.
 */
export function mergeCrowded(
  marks: readonly LaneMark[],
  starts: Float64Array,
  t0: number,
  scale: FrameScale,
  bucketPx: number,
  keep = -1,
): LaneMark[] {
  const px = (i: number) => (starts[i] - scale.origin) * scale.pxPerMs;
  const extent = (mark: LaneMark): [number, number] =>
    typeof mark === 'number'
      ? [px(mark) - SINGLE_HALF, px(mark) + SINGLE_HALF]
      : groupExtent(mark, starts, scale, bucketPx);
  const out: LaneMark[] = [];
  for (const mark of marks) {
    const prev = out[out.length - 1];
    const first = typeof mark === 'number' ? mark : mark.first;
    const mergeable =
      prev !== undefined &&
      (typeof prev === 'number' || typeof mark === 'number') &&
      first !== keep &&
      prev !== keep &&
      starts[typeof prev === 'number' ? prev : prev.first] >= t0 &&
      (typeof prev === 'number' ? prev : prev.last) + 1 === first &&
      extent(mark)[0] - extent(prev)[1] < 2;
    if (!mergeable) {
      out.push(mark);
      continue;
    }
    const from = typeof prev === 'number' ? prev : prev.first;
    const last = typeof mark === 'number' ? mark : mark.last;
    out[out.length - 1] = { first: from, last, count: last - from + 1 };
  }
  return out;
}

/**
 * What a lane draws in a frame: `laneMarks` with crowded neighbours merged (`mergeCrowded`). `keep` is drawn
 * on its own; with `keepOutside` it is drawn even when outside [t0, t1] (clipped), so a focused mark panned
 * out of view keeps its element and focus is never lost.
 */
export function frameMarks(
  index: LaneIndex,
  t0: number,
  t1: number,
  scale: FrameScale,
  bucketPx: number,
  keep = -1,
  keepOutside = false,
): LaneMark[] {
  const marks = mergeCrowded(laneMarks(index, t0, t1, scale, bucketPx, keep), index.starts, t0, scale, bucketPx, keep);
  if (keep >= 0 && keepOutside && !marks.includes(keep)) marks.push(keep);
  return marks;
}
