// The horizontal layout of one frame: which events are drawn in each lane, in which row, with their label
// beside the mark, and how tall each lane is. A lane stacks its labelled marks in as many rows as they
// need (up to a few dozen), so a few dozen events are never folded; only where more events crowd a lane
// than rows can hold (tens of thousands) do count marks and "+N" badges stand for them. DOM-free.
import { bisectLeft, bisectRight, indexOfEvent, type FrameScale } from './lane-index.js';
import type { MarkGroup } from './level-of-detail.js';
import type { ModelLane } from '../model/model.js';
import { isVague } from './vague.js';
import { isStrong } from '../model/kinds.js';
import type { TimelineEvent } from '../types.js';

/** Height of a lane's title line, px. */
export const LANE_HEAD = 18;
/** Height of a row of marks, px: a 24 px hit area and a little air. */
export const ROW_HEIGHT = 26;
/** Space below a lane's last row, px. */
export const LANE_FOOT = 4;
/** Height of the line above a lane's rows that holds its spans (a bracket from one event to another). */
export const SPAN_ROW = 20;
/** Height of a lane with nothing in view: its title alone. */
export const THIN_LANE = LANE_HEAD + LANE_FOOT;
/** Space between a mark's centre and its label, px: clear of the focus and selection ring (10.5 px round). */
export const LABEL_GAP = 12;
/** The same beside an in-person meeting's mark, 18 px across where the others are 14. */
export const STRONG_LABEL_GAP = 14;
/** The least room a label is cut to by the far edge rather than put before its mark, px. */
const MIN_CUT = 80;
/** Half the width a mark takes, px. */
export const MARK_HALF = 9;
/** Length of an open end's dashed stub, px. */
export const OPEN_STUB = 40;
/**
 * A bar this long or shorter, px from its mark's centre, is not drawn, and its label stays by the mark: the few px of
 * it past the mark, hardly longer than the bar is thick, read as a blob of the mark's (a pill under a triangle, down a
 * phone), not as a length.
 */
export const MIN_BAR = 20;
/** Free space between two items in a row, px. */
export const ITEM_GAP = 10;
/** A lane with more events in view than this draws them with count marks (level of detail). */
export const SPARSE_LIMIT = 150;
/**
 * While the view moves on, a lane with more events in view than this keeps its count marks, and takes count
 * marks rather than more rows; at rest (or with fewer), it labels every event its rows can hold.
 */
export const HELD_DENSE_MIN = 40;
/** Rows a lane may stack: enough that a few dozen events at one instant each get their own. */
export const MAX_ROWS = 60;

/** A label beside its mark: where it starts (`x`, px in the chart) and which way it runs. */
export interface PlacedLabel {
  x: number;
  /** Centre of the label's line, px: the mark's own row, or a row below it (joined by a leader line). */
  y: number;
  /** `start`: the label runs away from the mark to the right; `end`: it ends at the mark, on its left. */
  anchor: 'start' | 'end';
  /** Room in px: the label is cut to it when the title is wider. */
  room: number;
}

/** An event drawn in a frame. */
export interface PlacedEvent {
  event: TimelineEvent;
  /** Centre of the mark, px in the chart. */
  x: number;
  y: number;
  /** Its label, unless a crowded lane had no room for it (then it is counted in a "+N" badge). */
  label?: PlacedLabel;
  /** Left and right edges of the mark, its bar and its label, px: the hit area. */
  box: [number, number];
}

/** A count mark: events too close to draw apart at this zoom. */
export interface PlacedCount {
  lane: ModelLane;
  group: MarkGroup;
  y: number;
  /** Where it names its first event, below it, when the first label row has room there. */
  label?: PlacedLabel;
}

/** A "+N" badge for labels of a crowded lane that had no room. */
export interface PlacedBadge {
  x: number;
  y: number;
  count: number;
  /** The span of the events behind it, ms. */
  from: number;
  to: number;
  /** The earliest of them: a click leaves the focus on its mark, and the arrow keys walk on from it. */
  first: TimelineEvent;
}

/** A lane placed in the chart. */
export interface LaneBox {
  lane: ModelLane;
  top: number;
  height: number;
  rows: number;
  /** Whether the lane draws count marks (too many events in view to label each). */
  dense: boolean;
  /** Where the lane's spans run (their line's y, px), when it has any. */
  spanY?: number;
}

export interface FrameLayout {
  lanes: LaneBox[];
  /** Every drawn event, in time order. */
  events: PlacedEvent[];
  counts: PlacedCount[];
  badges: PlacedBadge[];
  /** Total height of the lanes, px. */
  height: number;
  /** Whether some lane was too crowded to label every event (the crowded-lane chunk draws it). */
  crowded: boolean;
  /** Whether some lane drew count marks only because the view moved on (see HELD_DENSE_MIN). */
  held?: boolean;
}

export interface FrameInput {
  lanes: readonly ModelLane[];
  /** The view's time scale onto x. */
  x: (ms: number) => number;
  visible: readonly [number, number];
  /** The level-of-detail scale (buckets fixed in world px). */
  frame: FrameScale;
  width: number;
  rtl: boolean;
  /** Where the first lane starts, px. */
  top: number;
  /** Events never folded into a count mark: the focused and selected ones, the first and the last. */
  keep: readonly TimelineEvent[];
  /** Keys of the lanes that draw spans: each gets a line above its rows for them. */
  spanLanes?: ReadonlySet<string>;
  /** An event drawn even outside the view (it has focus, so its element must stay). */
  outside?: TimelineEvent;
  /** Width in px of an event's label as drawn. */
  labelWidth(event: TimelineEvent): number;
  /**
   * How far a mark's radius grew over the 14 px marks the gaps are for (`--mt-mark-size`), px: labels are moved out
   * by as much (in CSS), and each takes that much more room in its row.
   */
  markGrow?: number;
  /** The last frame, and whether the view is moving: while it moves, lanes do not shrink. */
  previous?: FrameLayout;
  moving?: boolean;
  /**
   * The view has not moved since the last frame: count marks of crowded lanes name an event where there is room.
   * A view moving step after step skips that work (names return when it comes to rest).
   */
  atRest?: boolean;
  /** Lays out a crowded lane (a chunk: until it loads, crowded lanes draw what rows hold, unlabelled past them). */
  crowdedLane?: CrowdedLane;
}

/** The layout of a lane with more events in view than its rows can label. */
export type CrowdedLane = (input: FrameInput, lane: ModelLane, top: number) => LanePlacement;

/** Lays out a frame of the horizontal chart. O(visible events × rows) per lane. */
export function layoutFrame(input: FrameInput): FrameLayout {
  const out: FrameLayout = { lanes: [], events: [], counts: [], badges: [], height: 0, crowded: false };
  let top = input.top;
  input.lanes.forEach((lane, l) => {
    const { starts } = lane.index;
    const [d0, d1] = input.visible;
    const inView = bisectRight(starts, d1) - bisectLeft(starts, d0);
    const spans = input.spanLanes?.has(lane.key) ? SPAN_ROW : 0;
    const rowsTop = top + spans;
    const before = input.previous?.lanes[l];
    // While the view moves on, a lane with many events in view neither turns from count marks to labelled
    // marks nor grows rows: either makes and lays out hundreds of marks at once, or moves every mark below,
    // more than a frame has time for. It draws count marks until the view rests.
    const steady = input.atRest === false && before?.lane.key === lane.key && inView > HELD_DENSE_MIN;
    let held = steady && before.dense;
    let sparse = inView > SPARSE_LIMIT || held ? undefined : sparseLane(input, lane, rowsTop);
    // Out of rows: again, with labels by the far edge cut to the room after their marks rather than in rows of
    // their own (only then: where the rows hold them, every label is whole).
    if (sparse?.overflow) sparse = sparseLane(input, lane, rowsTop, true);
    // (Only with the crowded-lane chunk at hand: without it the lane would wait blank.)
    if (steady && sparse && sparse.rows > before.rows && input.crowdedLane) [sparse, held] = [undefined, true];
    if (held) out.held = true;
    const dense = !sparse || sparse.overflow > 0;
    if (dense) out.crowded = true;
    // Until the crowded-lane chunk arrives, a lane with too many events in view to place draws none of them.
    const placed = (dense && input.crowdedLane?.(input, lane, rowsTop)) || sparse || WAITING;
    let rows = placed.rows;
    if (input.moving && before?.lane.key === lane.key) rows = Math.max(rows, before.rows);
    const height = rows ? spans + LANE_HEAD + rows * ROW_HEIGHT + LANE_FOOT : THIN_LANE;
    const box: LaneBox = { lane, top, height, rows, dense };
    if (spans && rows) box.spanY = top + LANE_HEAD + SPAN_ROW / 2;
    out.lanes.push(box);
    out.events.push(...placed.events);
    out.counts.push(...placed.counts);
    out.badges.push(...placed.badges);
    top += height;
  });
  out.height = top - input.top;
  out.events.sort((a, b) => a.event.start.ms - b.event.start.ms || a.event.index - b.event.index);
  return out;
}

/** What a lane draws. */
export interface LanePlacement {
  rows: number;
  /** Events whose labels had no room. */
  overflow: number;
  events: PlacedEvent[];
  counts: PlacedCount[];
  badges: PlacedBadge[];
}

/** A crowded lane while its layout's chunk loads: three empty rows, the height it will have. */
const WAITING: LanePlacement = { rows: 3, overflow: 0, events: [], counts: [], badges: [] };

/** Centre of row `r` of a lane starting at `top`. */
export function rowY(top: number, r: number): number {
  return top + LANE_HEAD + r * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/** The events of a lane in view: those starting in it, bars reaching into it, and the one kept outside. */
function visibleIndices(input: FrameInput, lane: ModelLane): number[] {
  const { starts, ends, maxEnd } = lane.index;
  const [d0, d1] = input.visible;
  const i0 = bisectLeft(starts, d0);
  const out: number[] = [];
  for (let k = i0 - 1; k >= 0 && maxEnd[k] >= d0; k--) if (ends[k] >= d0) out.push(k);
  out.reverse();
  for (let i = i0, stop = bisectRight(starts, d1, i0); i < stop; i++) out.push(i);
  const outside = input.outside ? indexOfEvent(lane.events, lane.index, input.outside) : -1;
  if (outside >= 0 && !out.includes(outside)) out.push(outside);
  return out;
}

/**
 * Where an event's label may go (its `y` is the caller's: the row it lands in), best first: after the mark
 * (or after its bar, when that leaves room, else on the bar when the bar runs under all of it), else ending
 * at the mark on its left; when neither fits, on the side with more room, cut to fit. Mirrored right to left.
 * `gap` is the space from the mark's centre, or from the bar's end, to the label; `cut` (a lane out of rows) also
 * offers a label that fits only before its mark the room after it, by the far edge.
 */
export function labelPlaces(
  at: number,
  barEnd: number,
  labelWidth: number,
  width: number,
  rtl: boolean,
  gap = LABEL_GAP,
  cut = false,
): PlacedLabel[] {
  // Reading order: `logical` runs from the leading edge, so right to left mirrors x.
  const logical = (px: number) => (rtl ? width - px : px);
  const mark = logical(at);
  const after = Math.max(mark, logical(barEnd));
  const edge = width - 4;
  const places: [start: number, room: number, trailing: boolean][] = [];
  const before = mark - gap - labelWidth >= 4;
  if (after + gap + labelWidth <= edge) places.push([after + gap, labelWidth, true]);
  else if (mark + gap + labelWidth <= edge) {
    // On its own bar (drawn faint under it): where the bar runs under all of it; a label running on past a
    // shorter bar reads as a smudge on it, hiding the bar's length ("Closing keynote" over its 40 minutes), and
    // goes before the mark instead, in a row of its own if need be; only a lane out of rows (`cut`) smudges. A bar
    // ending before the label's start (two days at a year's width) is no smudge.
    const onBar: [number, number, boolean] = [mark + gap, labelWidth, true];
    if (after >= mark + gap + labelWidth || !before) places.push(onBar);
    else places.push([mark - gap, labelWidth, false], ...(cut || after < mark + gap ? [onBar] : []));
  }
  if (before && !places.some(([, , trailing]) => !trailing)) places.push([mark - gap, labelWidth, false]);
  const rest = edge - mark - gap;
  if (!places.length)
    places.push(rest >= mark - gap - 4 ? [mark + gap, rest, true] : [mark - gap, mark - gap - 4, false]);
  // With `cut` (a lane that ran out of rows), by the far edge a label that fits only before its mark may be cut
  // to the room after it instead, where that keeps most of it: placed in an earlier row, not a fresh one. Labels
  // running up to the edge had every label past them in a row of their own: 140 events a year at 750 px ran out
  // of rows and turned to count marks.
  else if (cut && !places[0][2] && rest >= Math.max(MIN_CUT, labelWidth / 2)) places.push([mark + gap, rest, true]);
  // On screen, a trailing label runs right in LTR and left in RTL.
  return places.map(([start, room, trailing]) => ({
    x: rtl ? width - start : start,
    y: 0,
    anchor: trailing !== rtl ? 'start' : 'end',
    room: Math.max(0, Math.min(labelWidth, room)),
  }));
}

/** A row of a sparse lane: the boxes placed in it, and how far they reach left and right. */
interface Row {
  boxes: [number, number][];
  left: number;
  right: number;
}

/**
 * Whether `[a, b]` keeps `ITEM_GAP` clear of every box in `row`. Events placed in time order each lie beyond
 * the marks placed before them (each box holds its mark), so a box fits only past the row's far edge, and that
 * is all there is to check (one comparison, not one a box). With `anyOrder` (an event placed out of time
 * order, as the focused one kept outside the view) every box is checked.
 */
function fits(row: Row, [a, b]: readonly [number, number], anyOrder = false): boolean {
  if (a >= row.right + ITEM_GAP || b + ITEM_GAP <= row.left) return true;
  return anyOrder && row.boxes.every(([c, d]) => b + ITEM_GAP <= c || d + ITEM_GAP <= a);
}

function place(row: Row, box: [number, number]): void {
  row.boxes.push(box);
  row.left = Math.min(row.left, box[0]);
  row.right = Math.max(row.right, box[1]);
}

/**
 * A lane with few events in view: every one its own mark and label. Events are placed in time order, each
 * in the highest row where its mark and label (after it, else before it) fit; a new row when none has room.
 * With `cut`, labels by the far edge may be cut to the room after their marks (see labelPlaces).
 */
function sparseLane(input: FrameInput, lane: ModelLane, top: number, cut?: boolean): LanePlacement {
  const { x, width, rtl, markGrow = 0 } = input;
  const rows: Row[] = [];
  const events: PlacedEvent[] = [];
  let overflow = 0;
  const indices = visibleIndices(input, lane);
  for (const [n, i] of indices.entries()) {
    const event = lane.events[i];
    // The focused event kept outside the view comes last, out of time order.
    const anyOrder = n > 0 && i < indices[n - 1];
    const at = x(event.start.ms);
    // An open end's dashed stub runs on (markShape): its label goes past it, as past a bar.
    const stub = rtl ? -OPEN_STUB : OPEN_STUB;
    const end = event.end ? x(event.end.endMs) : at;
    const barEnd = (Math.abs(end - at) > MIN_BAR ? end : at) + (event.open === 'end' ? stub : 0);
    // A vague date's faded span, and an open start's stub, take their room in the row; the label stays by the mark.
    const reach =
      !event.end && isVague(event.start) ? x(event.start.endMs) : event.open === 'start' ? at - stub : barEnd;
    const gap = isStrong(event.kind) ? STRONG_LABEL_GAP : LABEL_GAP;
    const candidates = labelPlaces(at, barEnd, input.labelWidth(event), width, rtl, gap, cut).map((label) => {
      const edges = label.anchor === 'start' ? [label.x, label.x + label.room] : [label.x - label.room, label.x];
      // A larger mark, and the label moved out by as much, take that much more room on either side.
      const box: [number, number] = [
        Math.min(at - MARK_HALF, barEnd, reach, edges[0]) - markGrow,
        Math.max(at + MARK_HALF, barEnd, reach, edges[1]) + markGrow,
      ];
      return { label, box };
    });
    let placed: { r: number; label?: PlacedLabel; box: [number, number] } | undefined;
    for (let r = 0; r < rows.length && !placed; r++) {
      const candidate = candidates.find((c) => fits(rows[r], c.box, anyOrder));
      if (candidate) placed = { r, ...candidate };
    }
    if (!placed && rows.length < MAX_ROWS)
      placed = { r: rows.push({ boxes: [], left: Infinity, right: -Infinity }) - 1, ...candidates[0] };
    if (!placed) {
      // No row left: the mark alone, where it fits best (a crowded lane's layout counts its label in a badge).
      overflow++;
      const box: [number, number] = [at - MARK_HALF, at + MARK_HALF];
      const r = Math.max(
        0,
        rows.findIndex((row) => fits(row, box, anyOrder)),
      );
      placed = { r, box };
    }
    place(rows[placed.r], placed.box);
    const y = rowY(top, placed.r);
    events.push({ event, x: at, y, label: placed.label && { ...placed.label, y }, box: placed.box });
  }
  return { rows: rows.length, overflow, events, counts: [], badges: [] };
}
