// The level of detail of a crowded lane (more events in view than rows can label, as with tens of thousands
// of events): a row of marks where events too close to draw apart merge into count marks, and labels for as
// many single marks as two rows below can hold; the rest are counted in "+N" badges. Part of a chunk loaded
// when a lane first needs it. DOM-free.
import { BUCKET_PX, frameMarks, type MarkGroup } from './level-of-detail.js';
import { indexOfEvent } from './lane-index.js';
import { placeLabels } from './labels.js';
import {
  ITEM_GAP,
  LABEL_GAP,
  MARK_HALF,
  rowY,
  type FrameInput,
  type LanePlacement,
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
  const counts = marks.filter((m): m is MarkGroup => typeof m !== 'number').map((group) => ({ lane, group, y: markY }));
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
    const left = screenLeft(items[i].x, items[i].width);
    const label: PlacedLabel = { x: left, y: rowY(top, rowOf[i] + 1), anchor: 'start', room: items[i].width };
    return { event, x: at, y: markY, label, box };
  });
  const badges = placed.clusters.map((cluster) => {
    const ends = [singles[order[cluster.first]], singles[order[cluster.last]]];
    return {
      x: screenLeft(cluster.x, cluster.width),
      // A row of their own, under the label rows.
      y: rowY(top, DENSE_LABEL_ROWS + 1) - 7,
      count: cluster.count,
      from: Math.min(...ends.map((e) => e.start.ms)),
      to: Math.max(...ends.map((e) => e.end?.endMs ?? e.start.endMs)),
    };
  });
  return { rows: 1 + DENSE_LABEL_ROWS + (badges.length ? 1 : 0), overflow: 0, events, counts, badges };
}
