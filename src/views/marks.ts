// The pieces both layouts draw: an event's mark, a count mark standing for events too close to draw apart,
// and the "+N" badge for labels that have no room. Functions of what they draw; the element's actions
// come in through the context.
import { svg, nothing, type TemplateResult } from 'lit';
import { builtInStyle, type KindStyle } from '../model/kinds.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { TimePoint, TimelineEvent } from '../types.js';

/** Whether a date is drawn as the faded span it could cover: uncertain, approximate, or a decade or century. */
export function isVague(point: TimePoint): boolean {
  return !!(point.uncertain || point.approximate) || point.precision === 'decade' || point.precision === 'century';
}

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

/**
 * One event's mark: a list item holding a focusable button, named by title, date and place. `cross` is
 * its centre across the time axis (y, or x in the vertical layout). With `label`, the label is part of the
 * button: clicking or hovering it is clicking or hovering the mark, and `hit` (left and right edges, px from
 * the mark) widens the hit area over it. Clicks and focus reach the element through the list's
 * `markListeners`.
 */
export function renderMark(
  ctx: MarkContext,
  event: TimelineEvent,
  cross: number,
  scale: (ms: number) => number,
  tabStop: boolean,
  label?: MarkLabel,
  hit?: readonly [number, number],
  area?: { x: number; y: number; w: number; h: number },
): TemplateResult {
  const at = scale(event.start.ms);
  const kind = ctx.kinds.get(event.kind) ?? builtInStyle(event.kind);
  const dx = event.end ? scale(event.end.endMs) - at : 0;
  const bar = Math.abs(dx);
  // The focus and selection ring, only on the marks that can have focus or are selected.
  const ring = tabStop || event.id === ctx.focusedId || event.id === ctx.selectedId;
  // Drawn across; the vertical layout swaps the axes of the bar and the hit area.
  const v = ctx.vertical;
  const box = (along: number, across: number, length: number, thickness: number) =>
    v ? { x: across, y: along, w: thickness, h: length } : { x: along, y: across, w: length, h: thickness };
  const barBox = box(Math.min(0, dx), -4, bar, 8);
  // The span an uncertain, approximate or coarse date could cover (EDTF `1964?`, `196X`), and an open end.
  const vague = !event.end && isVague(event.start) ? scale(event.start.endMs) - at : 0;
  const vagueBox = box(Math.min(0, vague), -5, Math.abs(vague), 10);
  const open = event.open ? (event.open === 'end' ? 40 : -40) * Math.sign(scale(event.start.endMs) - at || 1) : 0;
  const [h0, h1] = hit ?? [dx < 0 ? -Math.max(12, bar) : -12, dx < 0 ? 12 : Math.max(12, bar)];
  const hitBox = area ?? box(Math.min(h0, -12), -12, Math.max(24, Math.max(h1, 12) - Math.min(h0, -12)), 24);
  const cut = label && label.text !== event.title;
  // A label that starts on its own bar (a long duration) gets a wider halo, so the bar does not show through it.
  const onBar = !v && !!label && bar > 10 && !label.dy && label.dx > barBox.x && label.dx < barBox.x + barBox.w;
  return svg`<g role="listitem" aria-posinset=${ctx.position(event) + 1} aria-setsize=${ctx.setSize}
      transform="translate(${v ? cross : at},${v ? at : cross})">
    <g part="event" class="event k-${kind.style}" data-id=${event.id} role="button" tabindex=${tabStop ? 0 : -1}
      aria-label=${ctx.name(event)} aria-pressed=${event.id === ctx.selectedId ? 'true' : 'false'}>
      ${bar > 10 ? svg`<rect class="bar" x=${barBox.x} y=${barBox.y} width=${barBox.w} height=${barBox.h} rx="2"></rect>` : nothing}
      ${Math.abs(vague) > 6 ? svg`<rect class="extent" x=${vagueBox.x} y=${vagueBox.y} width=${vagueBox.w} height=${vagueBox.h} rx="2"></rect>` : nothing}
      ${open ? svg`<line class="open" x1=${v ? 0 : dx} y1=${v ? dx : 0} x2=${v ? 0 : dx + open} y2=${v ? dx + open : 0}></line>` : nothing}
      <rect class="hit" x=${hitBox.x} y=${hitBox.y} width=${hitBox.w} height=${hitBox.h}></rect>
      ${label?.leader ? svg`<line class="leader" x1="0" y1="8" x2=${label.dx + (label.anchor === 'start' ? 2 : -2)} y2=${label.dy - 8}></line>` : nothing}
      <path class="mark" d=${kind.path}></path>
      ${ring ? svg`<circle class="ring" r="12"></circle>` : nothing}
      ${
        label
          ? svg`<text part="label" class=${`${label.bold ? 'strong' : ''}${onBar ? ' on-bar' : ''}`} aria-hidden="true" x=${label.dx} y=${label.dy}
              dy="0.35em" text-anchor=${label.anchor}>${
                label.lines
                  ? // A space after each line but the last, so the label's text reads as its title does.
                    label.lines.map(
                      (line, i, all) =>
                        svg`<tspan x=${label.dx} dy=${i ? '1.15em' : 0}>${i < all.length - 1 ? `${line} ` : line}</tspan>`,
                    )
                  : label.text
              }${cut ? svg`<title>${event.title}</title>` : nothing}</text>`
          : nothing
      }
    </g>
  </g>`;
}
