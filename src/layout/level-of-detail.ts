import { bisectLeft, bisectRight, type FrameScale, type LaneIndex } from './lane-index.js';

// Re-exported for the modules and tests that read a lane's index together with its level of detail.
export { bisectLeft, bisectRight, indexLane, indexOfEvent, type FrameScale, type LaneIndex } from './lane-index.js';

/** Events of one bucket merged into a count mark: indices `first..last` of the lane, contiguous in time. */
export interface MarkGroup {
  first: number;
  last: number;
  count: number;
}

/** What to draw of a lane: single events (their lane index) and count marks, in time order. */
export type LaneMark = number | MarkGroup;

/** Events starting within one bucket of this many px merge into a count mark, drawn across the bucket. */
export const BUCKET_PX = 28;

/** Indices never merged away, as a sorted list: one index (-1 for none) or several. */
function keptList(keep: number | readonly number[]): number[] {
  return (typeof keep === 'number' ? [keep] : [...keep]).filter((k) => k >= 0).sort((a, b) => a - b);
}

/**
 * The marks of a lane between `t0` and `t1`: one per event, except where several events start in the same
 * bucket of `bucketPx` world pixels, which merge into one count mark. Costs O(buckets × log N), not O(N).
 * The indices in `keep` (e.g. the focused event, the first and the last) are never merged away.
 */
export function laneMarks(
  index: LaneIndex,
  t0: number,
  t1: number,
  scale: FrameScale,
  bucketPx: number,
  keep: number | readonly number[] = -1,
): LaneMark[] {
  const { starts, ends, maxEnd } = index;
  const kept = keptList(keep);
  const marks: LaneMark[] = [];
  let i = bisectLeft(starts, t0);
  // Bars that began before the view but reach into it; rare, so a backward scan is cheap.
  const before: number[] = [];
  for (let k = i - 1; k >= 0 && maxEnd[k] >= t0; k--) if (ends[k] >= t0) before.push(k);
  for (let k = before.length - 1; k >= 0; k--) marks.push(before[k]);
  const { origin, pxPerMs } = scale;
  const stop = bisectRight(starts, t1, i);
  // Events i..j-1 as one mark: a single, or a count mark.
  const run = (from: number, to: number) => {
    if (to - from === 1) marks.push(from);
    else if (to > from) marks.push({ first: from, last: to - 1, count: to - from });
  };
  let k = 0;
  while (i < stop) {
    const bucket = Math.floor(((starts[i] - origin) * pxPerMs) / bucketPx);
    const bucketEnd = origin + ((bucket + 1) * bucketPx) / pxPerMs;
    const j = Math.min(stop, Math.max(i + 1, bisectLeft(starts, bucketEnd, i)));
    // A kept event splits its bucket: the events before it, itself, the events after it.
    while (k < kept.length && kept[k] < i) k++;
    let from = i;
    for (; k < kept.length && kept[k] < j; k++) {
      run(from, kept[k]);
      marks.push(kept[k]);
      from = kept[k] + 1;
    }
    run(from, j);
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
 * O(marks). Marks starting before `t0` (long bars reaching into the view) and the `keep` indices stay as they are.
 */
export function mergeCrowded(
  marks: readonly LaneMark[],
  starts: Float64Array,
  t0: number,
  scale: FrameScale,
  bucketPx: number,
  keep: number | readonly number[] = -1,
): LaneMark[] {
  const kept = new Set(keptList(keep));
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
      !kept.has(first) &&
      !(typeof prev === 'number' && kept.has(prev)) &&
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
 * What a lane draws in a frame: `laneMarks` with crowded neighbours merged (`mergeCrowded`). The `keep`
 * indices are drawn on their own; with `keepOutside`, `outside` (an index, e.g. the focused event) is drawn
 * even when outside [t0, t1] (clipped), so a focused mark panned out of view keeps its element.
 */
export function frameMarks(
  index: LaneIndex,
  t0: number,
  t1: number,
  scale: FrameScale,
  bucketPx: number,
  keep: number | readonly number[] = -1,
  keepOutside = false,
  outside = typeof keep === 'number' ? keep : -1,
): LaneMark[] {
  const marks = mergeCrowded(laneMarks(index, t0, t1, scale, bucketPx, keep), index.starts, t0, scale, bucketPx, keep);
  if (outside >= 0 && keepOutside && !marks.includes(outside)) marks.push(outside);
  return marks;
}
