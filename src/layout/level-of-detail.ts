import { bisectLeft, bisectRight, type FrameScale, type LaneIndex } from './lane-index.js';

// Re-exported for the modules and tests that read a lane's index together with its level of detail.
export { bisectLeft, bisectRight, indexLane, indexOfEvent, type FrameScale, type LaneIndex } from './lane-index.js';

/** Events of one bucket merged into a count mark: indices `first..last` of the lane, contiguous in time. */
export interface MarkGroup {
  first: number;
  last: number;
  count: number;
  /**
   * Where the mark is cut short of its buckets, world px: a kept event's mark beside it reaches into its first
   * bucket (`from`) or its last (`to`), and the count mark ends short of it rather than under it. A mark cut too
   * short to read may instead run on past its buckets, away from the kept mark (see `mergeCrowded`).
   */
  from?: number;
  to?: number;
}

/** What to draw of a lane: single events (their lane index) and count marks, in time order. */
export type LaneMark = number | MarkGroup;

/** Events starting within one bucket of this many px merge into a count mark, drawn across the bucket. */
export const BUCKET_PX = 28;

/** Half the width in px a single mark takes. */
const SINGLE_HALF = 8;
/**
 * The least width in px a count mark cut short by a kept mark keeps to itself (its height: no narrower than a
 * circle); narrower, it joins a neighbour.
 */
const CUT_MIN_PX = 24;
/**
 * How far from a kept mark's centre a count mark cut short by it ends, px: the mark with its outline (whose
 * mitred corners reach about 10.5 px) and 2.5 px between.
 */
const CUT_GAP = SINGLE_HALF + 5;

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
  // A cut (`from`, `to`) ends the mark short of its buckets, or, for one cut too short to read, runs it on past them.
  return [group.from ?? bucket(group.first) * bucketPx + 1, group.to ?? (bucket(group.last) + 1) * bucketPx - 1];
}

/**
 * Folds single marks that would touch a neighbour on screen (buckets are a fixed grid, so an event can sit a
 * pixel from the next bucket's count mark) into that neighbour: a single mark takes ±8 px, a count mark its
 * buckets. Count marks do not merge with each other, so a dense stretch stays a row of counts, one a bucket.
 * The `keep` indices are never merged: a count mark beside one is cut short of it (a kept event can share a
 * count mark's bucket, or sit by its edge), and one cut too short to read (under CUT_MIN_PX) joins the count
 * mark (or the single mark) on its other side; with none there, it runs on away from the kept mark to CUT_MIN_PX
 * where that is free, else it is drawn over its buckets, under the kept mark. O(marks). Marks
 * starting before `t0` (long bars reaching into the view) stay as they are.
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
  // A count mark ends short of a kept mark beside it (`before` or `after`) where that reaches into its buckets.
  const cutBy = (mark: MarkGroup, before: LaneMark | undefined, after: LaneMark | undefined): MarkGroup => {
    const [a, b] = extent(mark);
    let group = mark;
    if (typeof before === 'number' && kept.has(before) && px(before) + CUT_GAP > a)
      group = { ...group, from: px(before) + CUT_GAP };
    if (typeof after === 'number' && kept.has(after) && px(after) - CUT_GAP < b)
      group = { ...group, to: px(after) - CUT_GAP };
    return group;
  };
  const cut = marks.map((mark, i) => (typeof mark === 'number' ? mark : cutBy(mark, marks[i - 1], marks[i + 1])));
  // A count mark cut short by a kept mark, too short for its number.
  const narrow = (mark: LaneMark): mark is MarkGroup => {
    if (typeof mark === 'number' || (mark.from === undefined && mark.to === undefined)) return false;
    const [a, b] = extent(mark);
    return b - a < CUT_MIN_PX;
  };
  // Whether `mark` follows `prev` with nothing between (and `prev` is not a bar from before the view).
  const beside = (prev: LaneMark | undefined, first: number): prev is LaneMark =>
    prev !== undefined &&
    starts[typeof prev === 'number' ? prev : prev.first] >= t0 &&
    (typeof prev === 'number' ? prev : prev.last) + 1 === first;
  const join = (prev: LaneMark, mark: LaneMark): MarkGroup => {
    const from = typeof prev === 'number' ? prev : prev.first;
    const last = typeof mark === 'number' ? mark : mark.last;
    const joined: MarkGroup = { first: from, last, count: last - from + 1 };
    if (typeof prev !== 'number' && prev.from !== undefined) joined.from = prev.from;
    if (typeof mark !== 'number' && mark.to !== undefined) joined.to = mark.to;
    return joined;
  };
  const out: LaneMark[] = [];
  for (let i = 0; i < cut.length; i++) {
    const mark = cut[i];
    const prev = out[out.length - 1];
    const first = typeof mark === 'number' ? mark : mark.first;
    const mergeable =
      beside(prev, first) &&
      (typeof prev === 'number' || typeof mark === 'number') &&
      !kept.has(first) &&
      !(typeof prev === 'number' && kept.has(prev)) &&
      extent(mark)[0] - extent(prev)[1] < 2;
    // A count mark cut on its left, too short to read, joins the mark after it (a count mark, or a single one that
    // is not kept).
    const joinsNext =
      beside(prev, first) &&
      typeof prev !== 'number' &&
      (typeof mark !== 'number' || !kept.has(mark)) &&
      prev.to === undefined &&
      narrow(prev);
    // A single folded into a count mark can bring it into a kept mark's bucket (the single was beside the kept
    // mark, the count mark was not): the joined mark is cut by its new neighbours.
    if (mergeable || joinsNext) out[out.length - 1] = cutBy(join(prev, mark), out[out.length - 2], cut[i + 1]);
    else out.push(mark);
    // One cut on its right joins the count marks before it, as many buckets as the kept mark reaches into.
    for (let n = out.length; n >= 2; n = out.length) {
      const [left, right] = [out[n - 2], out[n - 1]];
      if (typeof right === 'number' || right.from !== undefined || !narrow(right)) break;
      if (typeof left === 'number' && kept.has(left)) break;
      if (!beside(left, right.first)) break;
      out.splice(n - 2, 2, cutBy(join(left, right), out[n - 3], cut[i + 1]));
    }
  }
  // One still too short, with no mark to join: it runs on away from the kept mark to CUT_MIN_PX where nothing is
  // drawn there, or, with no room there either, is drawn over its buckets, under the kept mark.
  return out.map((mark, i) => {
    if (!narrow(mark)) return mark;
    const [a, b] = extent(mark);
    const [before, after] = [out[i - 1], out[i + 1]];
    if (mark.to === undefined && (after === undefined || extent(after)[0] >= a + CUT_MIN_PX + 2))
      return { ...mark, to: a + CUT_MIN_PX };
    if (mark.from === undefined && (before === undefined || extent(before)[1] <= b - CUT_MIN_PX - 2))
      return { ...mark, from: b - CUT_MIN_PX };
    return { first: mark.first, last: mark.last, count: mark.count };
  });
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
