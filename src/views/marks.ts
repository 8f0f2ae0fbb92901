// The pieces both layouts draw: an event's mark, a count mark standing for events too close to draw apart,
// and the "+N" badge for labels that have no room. Functions of what they draw; the element's actions
// come in through the context.
import { svg, nothing, type TemplateResult } from 'lit';
import { markKind, markPath } from '../model/kinds.js';
import { BUCKET_PX, groupExtent, type FrameScale, type LaneIndex, type MarkGroup } from '../layout/level-of-detail.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { TimelineStrings } from '../i18n/strings.js';
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
  /** An event's position in time order, from 0. */
  position(event: TimelineEvent): number;
  /** The reader clicked a mark. */
  onSelect(event: TimelineEvent): void;
  /** A mark got focus. */
  onFocus(event: TimelineEvent): void;
  /** The reader asked to see `count` events between `from` and `to` (ms). */
  expand(from: number, to: number, count: number): void;
}

/**
 * One event's mark: a list item holding a focusable button, named by title, date and place. `cross` is
 * its centre across the time axis (y, or x in the vertical layout).
 */
export function renderMark(
  ctx: MarkContext,
  event: TimelineEvent,
  cross: number,
  scale: TimeScale,
  tabStop: boolean,
): TemplateResult {
  const at = scale(event.start.ms);
  const kind = markKind(event.kind);
  const dx = event.end ? scale(event.end.endMs) - at : 0;
  const bar = Math.abs(dx);
  // The focus and selection ring, only on the marks that can have focus or are selected.
  const ring = tabStop || event.id === ctx.focusedId || event.id === ctx.selectedId;
  // Drawn across; the vertical layout swaps the axes of the bar and the hit area.
  const v = ctx.vertical;
  const box = (along: number, across: number, length: number, thickness: number) =>
    v ? { x: across, y: along, w: thickness, h: length } : { x: along, y: across, w: length, h: thickness };
  const barBox = box(Math.min(0, dx), -5, bar, 10);
  const hit = box(dx < 0 ? -Math.max(12, bar) : -12, -12, Math.max(24, bar + 12), 24);
  return svg`<g role="listitem" aria-posinset=${ctx.position(event) + 1} aria-setsize=${ctx.setSize}
      transform="translate(${v ? cross : at},${v ? at : cross})">
    <g part="event" class="event k-${kind}" data-id=${event.id} role="button" tabindex=${tabStop ? 0 : -1}
      aria-label=${ctx.name(event)} aria-pressed=${event.id === ctx.selectedId ? 'true' : 'false'}
      @click=${() => ctx.onSelect(event)} @focus=${() => ctx.onFocus(event)}>
      ${bar > 1 ? svg`<rect class="bar" x=${barBox.x} y=${barBox.y} width=${barBox.w} height=${barBox.h}></rect>` : nothing}
      <rect class="hit" x=${hit.x} y=${hit.y} width=${hit.w} height=${hit.h}></rect>
      <path class="mark" d=${markPath(kind)}></path>
      ${ring ? svg`<circle class="ring" r="12"></circle>` : nothing}
    </g>
  </g>`;
}

/**
 * A count mark: several events too close to draw apart at this zoom, a pill along the time axis over the
 * buckets they fall in (so neighbouring count marks touch but never overlap), centred at `cross`. Clicking
 * zooms in on them.
 */
export function renderCount(
  ctx: MarkContext,
  events: readonly TimelineEvent[],
  index: LaneIndex,
  group: MarkGroup,
  scale: TimeScale,
  frame: FrameScale,
  cross: number,
): TemplateResult {
  const first = events[group.first];
  const last = events[group.last];
  const count = ctx.numbers.format(group.count);
  const label = group.count < 1000 ? count : ctx.compact.format(group.count);
  const [e0, e1] = groupExtent(group, index.starts, frame, BUCKET_PX).map((px) =>
    scale(frame.origin + px / frame.pxPerMs),
  );
  const along = Math.min(e0, e1);
  const length = Math.abs(e1 - e0);
  const thickness = ctx.vertical ? Math.max(24, 10 + label.length * 7) : 24;
  const [x, y, w, h] = ctx.vertical
    ? [cross - thickness / 2, along, thickness, length]
    : [along, cross - thickness / 2, length, thickness];
  const to = Math.max(last.end?.endMs ?? last.start.endMs, first.end?.endMs ?? 0);
  return svg`<g part="count" class="count" role="button" tabindex="-1" aria-label=${ctx.strings.more(count)}
      transform="translate(${x},${y})" @click=${() => ctx.expand(first.start.ms, to, group.count)}>
      <rect width=${w} height=${h} rx="12"></rect>
      <text x=${w / 2} y=${h / 2 + 4} text-anchor="middle">${label}</text>
    </g>`;
}

/** Width in px of a "+N" badge reading `+count`. */
export function badgeWidth(count: string): number {
  return 16 + count.length * 7;
}

/**
 * A "+N" badge at (`x`, `y`) for `count` events whose labels have no room, between `from` and `to` (ms).
 * Clicking zooms in on them and the event the badge sits by (`count + 1` events).
 */
export function renderBadge(
  ctx: MarkContext,
  x: number,
  y: number,
  count: number,
  from: number,
  to: number,
): TemplateResult {
  const text = ctx.numbers.format(count);
  const width = badgeWidth(text);
  return svg`<g part="cluster" class="cluster" role="button" tabindex="-1" aria-label=${ctx.strings.more(text)}
      transform="translate(${x},${y})" @click=${() => ctx.expand(from, to, count + 1)}>
      <rect class="hit" y="-4.5" width=${Math.max(24, width)} height="24"></rect>
      <rect width=${width} height="15" rx="7"></rect>
      <text x=${width / 2} y="11" text-anchor="middle">+${text}</text>
    </g>`;
}
