// What a crowded lane draws beyond marks: count marks standing for events too close to draw apart, and
// "+N" badges for labels that have no room. Part of the crowded-lane chunk.
import { css, nothing, svg, type TemplateResult } from 'lit';
import { isStrong } from '../model/kinds.js';
import { BUCKET_PX, groupExtent, type MarkGroup } from '../layout/level-of-detail.js';
import type { FrameScale, LaneIndex } from '../layout/lane-index.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { MarkContext } from './marks.js';
import type { TimelineEvent } from '../types.js';

// Both layouts key their count marks; from here, Lit's `repeat` is in the chunk they share.
export { repeat } from 'lit/directives/repeat.js';
// The list view's base for its directive, from here too: it and `repeat` share Lit's directive helpers, which
// otherwise went into a chunk of their own that only the chunks named, so a phone's first picture waited for the
// vertical layout's chunk and this one, then for that one (a round trip more).
export { AsyncDirective } from 'lit/async-directive.js';

/**
 * A count mark: several events too close to draw apart at this zoom, a pill along the time axis over the
 * buckets they fall in (so neighbouring count marks touch but never overlap), centred at `cross`. Clicking
 * zooms in on them. With `label`, the mark names its first event there; a click on the name zooms in as the mark
 * does (the name is not a button of its own: the keyboard reaches the events through the walk).
 */
export function renderCount(
  ctx: MarkContext,
  events: readonly TimelineEvent[],
  index: LaneIndex,
  group: MarkGroup,
  scale: TimeScale,
  frame: FrameScale,
  cross: number,
  label?: { x: number; y: number; anchor: 'start' | 'end'; text: string },
): TemplateResult {
  const first = events[group.first];
  const count = ctx.numbers.format(group.count);
  const text = countText(ctx, group.count);
  const extent = groupExtent(group, index.starts, frame, BUCKET_PX);
  const [e0, e1] = countSpan(extent, scale, frame);
  // Along the time axis, the mark keeps its level of detail's size: while the view zooms in at a held level
  // (see LayoutController.lod) count marks move apart rather than grow, so a step rewrites a count mark's
  // position alone. At rest the two are the same (the vertical layout's crowded scale is even, as the
  // horizontal one is).
  const length = extent[1] - extent[0];
  const thickness = ctx.vertical ? countThickness(ctx, group.count) : 24;
  const [w, h] = ctx.vertical ? [thickness, length] : [length, thickness];
  // The group sits at the mark's centre and the text at its origin: as the view zooms only the group's
  // transform changes (and the pill's box at a new level), never the text's attributes (each would lay the text
  // out again).
  const middle = (e0 + e1) / 2;
  const [cx, cy] = ctx.vertical ? [cross, middle] : [middle, cross];
  const to = countEnd(events, group);
  const expand = () => ctx.expand(first.start.ms, to, group.count);
  return svg`<g part="count" class="count" role="button" tabindex="-1" aria-label=${ctx.strings.more(count)}
      transform="translate(${cx},${cy})" @click=${expand}>
      <rect x=${-w / 2} y=${-h / 2} width=${w} height=${h} rx="12"></rect>
      <text y="4" text-anchor="middle">${text}</text>
    </g>${
      label
        ? svg`<text part="label" class="count-name ${isStrong(first.kind) ? 'strong' : ''}" aria-hidden="true"
            x=${label.x} y=${label.y} dy="0.35em" text-anchor=${label.anchor} @click=${expand}>${label.text}</text>`
        : nothing
    }`;
}

/** What a count mark of `count` events reads: the number, compact from a thousand ("1.2K"). */
function countText(ctx: MarkContext, count: number): string {
  return count < 1000 ? ctx.numbers.format(count) : ctx.compact.format(count);
}

/** Width in px of a count mark across a vertical chart's time axis: room for its number. */
export function countThickness(ctx: MarkContext, count: number): number {
  return Math.max(24, 10 + countText(ctx, count).length * 7);
}

/**
 * Where a count mark starts and ends along the time axis, px: its buckets' `extent` (world px, `groupExtent`)
 * through `scale`.
 */
export function countSpan(extent: readonly [number, number], scale: TimeScale, frame: FrameScale): [number, number] {
  const [from, to] = extent;
  return [scale(frame.origin + from / frame.pxPerMs), scale(frame.origin + to / frame.pxPerMs)];
}

/** Until when a count mark's events run, ms: its last event's end, or its first's when that runs later. */
export function countEnd(events: readonly TimelineEvent[], group: MarkGroup): number {
  const [first, last] = [events[group.first], events[group.last]];
  return Math.max(last.end?.endMs ?? last.start.endMs, first.end?.endMs ?? 0);
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

/** Count marks' and badges' styles, added to the element's shadow root when this chunk loads. */
export const crowdedStyles = css`
  [part~='cluster'],
  [part~='count'],
  .count-name {
    cursor: zoom-in;
  }
  /* Down a crowded vertical chart, an event's name selects it as its mark does. */
  .event-name {
    cursor: pointer;
  }
  [part~='count'] rect {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  [part~='count'] text {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 700;
  }
  [part~='cluster'] rect {
    fill: var(--_surface);
    stroke: var(--_muted);
  }
  [part~='cluster'] text {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 600;
  }
  [part~='cluster']:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  [part~='cluster'] rect.hit {
    fill: transparent;
    stroke: none;
  }
`;
