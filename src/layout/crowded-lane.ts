// The level of detail of a crowded lane (more events in view than rows can label, as with tens of thousands
// of events): a row of marks where events too close to draw apart merge into count marks, and labels for as
// many single marks as two rows below can hold; the rest are counted in "+N" badges. Part of a chunk loaded
// when a lane first needs it. DOM-free.
import { BUCKET_PX, frameMarks, groupExtent, type MarkGroup } from './level-of-detail.js';
import { indexOfEvent } from './lane-index.js';
import { placeLabels } from './labels.js';
import {
  ITEM_GAP,
  LABEL_GAP,
  MARK_HALF,
  rowY,
  type FrameInput,
  type LanePlacement,
  type PlacedCount,
  type PlacedEvent,
  type PlacedLabel,
} from './frame.js';
import type { ModelLane } from '../model/model.js';

/** Label rows under the mark row of a crowded lane. */
const DENSE_LABEL_ROWS = 2;

/**
 * A lane crowded with events: a row of marks where events too close to draw apart merge into count marks,
 * and labels for as many of the single marks as two rows below can hold; the rest are counted in "+N" badges.
 */
export function crowdedLane(input: FrameInput, lane: ModelLane, top: number): LanePlacement {
  const { x, width, rtl } = input;
  const { events: laneEvents, index } = lane;
  const [d0, d1] = input.visible;
  const kept = input.keep.map((e) => indexOfEvent(laneEvents, index, e)).filter((i) => i >= 0);
  const outside = input.outside ? indexOfEvent(laneEvents, index, input.outside) : -1;
  const marks = frameMarks(index, d0, d1, input.frame, BUCKET_PX, kept, outside >= 0, outside);
  const markY = rowY(top, 0);
  const singles = marks.filter((m): m is number => typeof m === 'number').map((i) => laneEvents[i]);
  const counts: PlacedCount[] = marks
    .filter((m): m is MarkGroup => typeof m !== 'number')
    .map((group) => ({ lane, group, y: markY }));
  // Labels go below the mark row, each starting at its mark (or ending at it by the far edge).
  const logical = (px: number) => (rtl ? width - px : px);
  const items = singles.map((event) => {
    const at = logical(x(event.start.ms));
    const reach = event.end ? Math.max(at, logical(x(event.end.endMs))) : at;
    const w = input.labelWidth(event);
    // Ends at its mark when it would run off the far edge (or at the edge, for a mark past it); kept on the
    // chart while its mark or bar is in view, but never pinned there for a mark that has left it.
    const start = at + LABEL_GAP + w > width - 4 ? Math.min(at - LABEL_GAP - w, width - 4 - w) : at - 4;
    return { x: reach < 0 ? start : Math.max(4, start), width: w };
  });
  const order = items.map((_, i) => i).sort((a, b) => items[a].x - items[b].x);
  const placed = placeLabels(
    order.map((i) => items[i]),
    { rows: DENSE_LABEL_ROWS, gap: ITEM_GAP, badgeWidth: (n) => 16 + String(n).length * 7 },
  );
  const rowOf = new Int16Array(items.length);
  order.forEach((item, i) => (rowOf[item] = placed.row[i]));
  const screenLeft = (start: number, w: number) => (rtl ? width - start - w : start);
  const events = singles.map((event, i): PlacedEvent => {
    const at = x(event.start.ms);
    const barEnd = event.end ? x(event.end.endMs) : at;
    const box: [number, number] = [Math.min(at, barEnd) - MARK_HALF, Math.max(at, barEnd) + MARK_HALF];
    if (rowOf[i] < 0) return { event, x: at, y: markY, box };
    const { x: start, width: w } = items[i];
    // Anchored at the edge nearest its mark, where its leader line ends: its start when it runs on after the mark
    // (in reading order), its end when it ends at the mark by the far edge.
    const after = start >= logical(at) - 4;
    const left = screenLeft(start, w);
    const runsRight = after !== rtl;
    const label: PlacedLabel = {
      x: runsRight ? left : left + w,
      y: rowY(top, rowOf[i] + 1),
      anchor: runsRight ? 'start' : 'end',
      room: w,
    };
    return { event, x: at, y: markY, label, box };
  });
  if (input.atRest) nameCounts(input, counts, events, top);
  const badges = placed.clusters.map((cluster) => {
    const ends = [singles[order[cluster.first]], singles[order[cluster.last]]];
    // The earlier end (the first in reading order is the last in time right to left).
    const first = ends[1].start.ms < ends[0].start.ms ? ends[1] : ends[0];
    return {
      x: screenLeft(cluster.x, cluster.width),
      // A row of their own, under the label rows.
      y: rowY(top, DENSE_LABEL_ROWS + 1) - 7,
      count: cluster.count,
      from: first.start.ms,
      to: Math.max(...ends.map((e) => e.end?.endMs ?? e.start.endMs)),
      first,
    };
  });
  return { rows: 1 + DENSE_LABEL_ROWS + (badges.length ? 1 : 0), overflow: 0, events, counts, badges };
}

/**
 * Count marks name their first event in the first label row, below the mark, where the single marks' labels (and
 * the leader lines of those in the row below) leave room: the row of counts reads as events, not numbers alone.
 * Singles (`singles`, as placed) keep every place they had.
 */
function nameCounts(input: FrameInput, counts: PlacedCount[], singles: readonly PlacedEvent[], top: number): void {
  const { x, width, rtl, frame } = input;
  const logical = (px: number) => (rtl ? width - px : px);
  // Two screen x's as a span in reading order.
  const span = (p: number, q: number): [number, number] => {
    const [l, r] = [logical(p), logical(q)];
    return l < r ? [l, r] : [r, l];
  };
  // What the first label row holds, in reading order: labels in it, and the leader lines crossing it from a mark
  // to its label in the row below (which ends at the label's anchor, 2 px in: see markShape).
  const taken: [number, number][] = [];
  for (const { x: mark, label } of singles) {
    if (!label) continue;
    const runs = label.anchor === 'start' ? 1 : -1;
    if (label.y === rowY(top, 1)) taken.push(span(label.x, label.x + runs * label.room));
    else {
      const end = label.x + runs * 2;
      taken.push(span(Math.min(mark, end) - 1, Math.max(mark, end) + 1));
    }
  }
  taken.sort((m, n) => m[0] - n[0]);
  let next = 0;
  let end = -Infinity;
  for (const count of counts) {
    const { events, index } = count.lane;
    const [a, b] = groupExtent(count.group, index.starts, frame, BUCKET_PX).map((px) =>
      logical(x(frame.origin + px / frame.pxPerMs)),
    );
    // From the mark's leading edge (or the chart's, for a mark running in from past it).
    const from = Math.max(4, Math.min(a, b) + 2);
    if (Math.max(a, b) < 4 || from < end + ITEM_GAP) continue;
    const w = input.labelWidth(events[count.group.first]);
    const to = from + w;
    if (to > width - 4) continue;
    while (next < taken.length && taken[next][1] + ITEM_GAP <= from) next++;
    if (next < taken.length && taken[next][0] < to + ITEM_GAP) continue;
    count.label = { x: logical(from), y: rowY(top, 1), anchor: rtl ? 'end' : 'start', room: w };
    end = to;
  }
}
