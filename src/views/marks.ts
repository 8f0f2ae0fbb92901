// An event's mark as both layouts draw it, described as data (`markShape`): where it sits, its parts, its
// label and what it reads as. `mark-list.ts` draws a list of them; the element's actions come in through the
// context and the list's listeners.
import { builtInStyle, type KindStyle } from '../model/kinds.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { ProgressiveDrawing } from './mark-list.js';
import { isVague } from '../layout/vague.js';
import { MIN_BAR, OPEN_STUB } from '../layout/frame.js';
import type { TimelineEvent } from '../types.js';

/** What marks need to know of the element: its layout, its text, its state and its actions. */
export interface MarkContext {
  /** Time runs down: bars and hit areas turn. */
  vertical: boolean;
  strings: TimelineStrings;
  numbers: Intl.NumberFormat;
  /** Counts of a thousand and more, short: "1.2K". */
  compact: Intl.NumberFormat;
  /** How many events there are (`aria-setsize`). */
  setSize: number;
  selectedId: string | null;
  focusedId?: string;
  /** An event's accessible name. */
  name(event: TimelineEvent): string;
  /** How events of a kind are drawn. */
  kinds: ReadonlyMap<string, KindStyle>;
  /** An event's position in time order, from 0. */
  position(event: TimelineEvent): number;
  /** The event with this id. */
  byId(id: string): TimelineEvent | undefined;
  /** The reader clicked a mark. */
  onSelect(event: TimelineEvent): void;
  /** A mark got focus. */
  onFocus(event: TimelineEvent): void;
  /** The reader asked to see `count` events between `from` and `to` (ms). */
  expand(from: number, to: number, count: number): void;
  /** The reader asked to see `a` to `b` (ms): a lane's "2 earlier" glides out to them. */
  reach(a: number, b: number): void;
  /** While the view moves: new marks beyond a frame's budget are drawn in the frames after. */
  progressive?: ProgressiveDrawing;
}

/** A label drawn with its mark, relative to the mark's centre. */
export interface MarkLabel {
  dx: number;
  dy: number;
  anchor: 'start' | 'end';
  /** The title, cut to its room. */
  text: string;
  /** The title wrapped to lines (the vertical layout), drawn one under another from `dy`. */
  lines?: readonly string[];
  /** Draw a leader line from the mark to a label that sits in another row. */
  leader: boolean;
  bold: boolean;
  /** Its width, px, where the layout measured it: a label on its own bar needs it to leave the bar clear. */
  width?: number;
}

/**
 * The listeners of a list of marks: one click and one focusin for all of them, rather than two on each mark
 * (a zoom adds and removes dozens of marks a step, and a first render makes every one).
 */
export function markListeners(ctx: MarkContext): { click(e: Event): void; focusin(e: Event): void } {
  const eventOf = (e: Event) => {
    const mark = (e.target as Element | null)?.closest?.('[part~="event"]');
    const id = mark?.getAttribute('data-id');
    return id === null || id === undefined ? undefined : ctx.byId(id);
  };
  return {
    click: (e) => {
      const event = eventOf(e);
      if (event) ctx.onSelect(event);
    },
    focusin: (e) => {
      const event = eventOf(e);
      if (event) ctx.onFocus(event);
    },
  };
}

/** A rectangle, relative to the mark's centre. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A line from (x1, y1) to (x2, y2), relative to the mark's centre. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** An event's mark as drawn: a list item at (`x`, `y`) holding a button with these parts. */
export interface MarkShape {
  id: string;
  x: number;
  y: number;
  /** Position in time order, from 1, and how many events there are (`aria-posinset`, `aria-setsize`). */
  posinset: number;
  setsize: number;
  /** The button's class: "event k-" and the kind's style. */
  className: string;
  /** The one mark in the tab order (roving tabindex). */
  tabStop: boolean;
  /**
   * The event, named (title, date and place) when its mark is drawn: a first picture draws only the window's
   * marks, and a name costs 10–20 µs.
   */
  event: TimelineEvent;
  pressed: boolean;
  /** The bar of an event with an end, when long enough to see. */
  bar?: Box;
  /**
   * Whether its label is drawn on it: the bar is drawn faint, a band the label reads on (in full, bits of it
   * showed between the words through the label's halo).
   */
  barFaint?: boolean;
  /**
   * A second piece of the bar, drawn as it is: across, the bar in full beyond a label drawn on it (where the label
   * leaves any); down the page, the arm from a rail to its mark (see the vertical chart's clearOfRows).
   */
  barRest?: Box;
  /** The faded span an uncertain, approximate or coarse date could cover. */
  extent?: Box;
  /** The dashed stub of an open end. */
  open?: Segment;
  /** The area that takes clicks and hovers: the mark, its bar and its label. */
  hit: Box;
  /** A line from the mark to a label in another row. */
  leader?: Segment;
  /** The kind's symbol. */
  path: string;
  /** The focus and selection ring. */
  ring: boolean;
  label?: {
    className: string;
    x: number;
    y: number;
    anchor: 'start' | 'end';
    /** One line, or lines drawn one under another (`lines`). */
    text: string;
    lines?: readonly string[];
    /** The full title, when the label is cut. */
    title?: string;
  };
}

/** Room left between a label and the bar beyond it, px. */
const BAR_GAP = 4;

/**
 * The bar beyond a label drawn on it (at `dx`, `width` px, running away from the mark): the part of the bar
 * the label leaves clear, if any.
 */
function barBeyond(bar: Box, dx: number, width: number, anchor: 'start' | 'end'): Box | undefined {
  const [from, to] = anchor === 'start' ? [dx + width + BAR_GAP, bar.x + bar.w] : [bar.x, dx - width - BAR_GAP];
  return to - from > 2 ? { ...bar, x: from, w: to - from } : undefined;
}

/**
 * One event's mark: a list item holding a focusable button, named by title, date and place. `cross` is
 * its centre across the time axis (y, or x in the vertical layout). With `label`, the label is part of the
 * button: clicking or hovering it is clicking or hovering the mark, and `hit` (left and right edges, px from
 * the mark) widens the hit area over it (`area` replaces it).
 */
export function markShape(
  ctx: MarkContext,
  event: TimelineEvent,
  cross: number,
  scale: (ms: number) => number,
  tabStop: boolean,
  label?: MarkLabel,
  hit?: readonly [number, number],
  area?: Box,
): MarkShape {
  const at = scale(event.start.ms);
  const kind = ctx.kinds.get(event.kind) ?? builtInStyle(event.kind);
  const dx = event.end ? scale(event.end.endMs) - at : 0;
  const bar = Math.abs(dx);
  // Drawn across; the vertical layout swaps the axes of the bar and the hit area.
  const v = ctx.vertical;
  const box = (along: number, across: number, length: number, thickness: number): Box =>
    v ? { x: across, y: along, w: thickness, h: length } : { x: along, y: across, w: length, h: thickness };
  const barBox = box(Math.min(0, dx), -4, bar, 8);
  // The span an uncertain, approximate or coarse date could cover (EDTF `1964?`, `196X`), and an open end.
  const vague = !event.end && isVague(event.start) ? scale(event.start.endMs) - at : 0;
  const open = event.open
    ? (event.open === 'end' ? OPEN_STUB : -OPEN_STUB) * Math.sign(scale(event.start.endMs) - at || 1)
    : 0;
  const [h0, h1] = hit ?? [dx < 0 ? -Math.max(12, bar) : -12, dx < 0 ? 12 : Math.max(12, bar)];
  // A label that starts on its own bar (a long duration): the bar is faint under it and in full beyond it. Only
  // with the label's width: the label loses its halo on the band, which a solid bar would show through.
  const onBar =
    !v && !!label?.width && bar > MIN_BAR && !label.dy && label.dx > barBox.x && label.dx < barBox.x + barBox.w;
  const barRest = onBar ? barBeyond(barBox, label.dx, label.width!, label.anchor) : undefined;
  const selected = event.id === ctx.selectedId;
  return {
    id: event.id,
    x: v ? cross : at,
    y: v ? at : cross,
    posinset: ctx.position(event) + 1,
    setsize: ctx.setSize,
    className: `event k-${kind.style}`,
    tabStop,
    event,
    pressed: selected,
    bar: bar > MIN_BAR ? barBox : undefined,
    barFaint: onBar,
    barRest,
    extent: Math.abs(vague) > 6 ? box(Math.min(0, vague), -5, Math.abs(vague), 10) : undefined,
    open: open ? { x1: v ? 0 : dx, y1: v ? dx : 0, x2: v ? 0 : dx + open, y2: v ? dx + open : 0 } : undefined,
    hit: area ?? box(Math.min(h0, -12), -12, Math.max(24, Math.max(h1, 12) - Math.min(h0, -12)), 24),
    leader: label?.leader
      ? { x1: 0, y1: 8, x2: label.dx + (label.anchor === 'start' ? 2 : -2), y2: label.dy - 8 }
      : undefined,
    path: kind.path,
    // Only on the marks that can have focus or are selected.
    ring: tabStop || event.id === ctx.focusedId || selected,
    label: label && {
      className: `${label.bold ? 'strong' : ''}${onBar ? ' on-bar' : ''}`,
      x: label.dx,
      y: label.dy,
      anchor: label.anchor,
      text: label.text,
      lines: label.lines,
      title: label.text !== event.title ? event.title : undefined,
    },
  };
}
