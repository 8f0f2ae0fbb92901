// What a crowded lane draws beyond marks: count marks standing for events too close to draw apart, and
// "+N" badges for labels that have no room. Part of the crowded-lane chunk.
import { css, noChange, svg, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { isStrong } from '../model/kinds.js';
import { BUCKET_PX, groupExtent, type MarkGroup } from '../layout/level-of-detail.js';
import { countZoom } from '../layout/count-zoom.js';
import type { FrameScale, LaneIndex } from '../layout/lane-index.js';
import type { PlacedBadge } from '../layout/frame.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { MarkContext } from './marks.js';
import type { TimelineEvent } from '../types.js';

// The list view's base for its directive, from here: it shares Lit's directive helpers with the count marks'
// list, which otherwise went into a chunk of their own that only the chunks named, so a phone's first picture
// waited for the vertical layout's chunk and this one, then for that one (a round trip more).
export { AsyncDirective } from 'lit/async-directive.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A count mark's name: its first event's title, fitted, where the layout placed it. */
export interface CountLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
}

/**
 * A count mark as drawn: several events too close to draw apart at this zoom, a pill along the time axis over
 * the buckets they fall in (so neighbouring count marks touch but never overlap), centred at (`x`, `y`), `w` by
 * `h`, reading `text`. With `label`, the mark names its first event there. A click on it (or its name) calls
 * `expand`, which zooms in on its events (the name is not a button of its own: the keyboard reaches the events
 * through the walk).
 */
export interface CountShape {
  key: string | number;
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  name: string;
  label?: CountLabel & { strong: boolean };
  /** Its first event's id: a click leaves the focus on that event's mark once the zoom comes to rest. */
  first: string;
  expand(): void;
  /** Makes its first event the keyboard walk's place: an arrow key on the count mark walks on from there. */
  walk(): void;
}

/**
 * The count mark of `group` (of `events`, indexed by `index`) at `scale`, centred at `cross` across the time
 * axis, named by `label` when given, keyed by `key`.
 */
export function countShape(
  ctx: MarkContext,
  events: readonly TimelineEvent[],
  index: LaneIndex,
  group: MarkGroup,
  scale: TimeScale,
  frame: FrameScale,
  cross: number,
  key: string | number,
  label?: CountLabel,
): CountShape {
  const first = events[group.first];
  const extent = groupExtent(group, index.starts, frame, BUCKET_PX);
  const [e0, e1] = countSpan(extent, scale, frame);
  // Along the time axis, the mark keeps its level of detail's size: while the view zooms in at a held level
  // (see LayoutController.lod) count marks move apart rather than grow, so a step rewrites a count mark's
  // position alone. At rest the two are the same (the vertical layout's crowded scale is even, as the
  // horizontal one is).
  const length = extent[1] - extent[0];
  const thickness = ctx.vertical ? countThickness(ctx, group.count) : 24;
  const middle = (e0 + e1) / 2;
  const to = countEnd(events, group);
  return {
    key,
    x: ctx.vertical ? cross : middle,
    y: ctx.vertical ? middle : cross,
    w: ctx.vertical ? thickness : length,
    h: ctx.vertical ? length : thickness,
    text: countText(ctx, group.count),
    name: ctx.strings.more(ctx.numbers.format(group.count)),
    label: label && { ...label, strong: isStrong(first.kind) },
    first: first.id,
    expand: () => {
      const [d0, d1] = scale.domain();
      const starts = index.starts.subarray(group.first, group.last + 1);
      ctx.expand(...countZoom(starts, first.start.ms, to, group.count, [+d0, +d1]));
    },
    walk: () => ctx.onFocus(first),
  };
}

/** A drawn count mark: its nodes (the name's only while it has one) and the shape they show. */
interface DrawnCount {
  g: SVGGElement;
  rect: SVGRectElement;
  text: SVGTextElement;
  label?: SVGTextElement;
  shape?: CountShape;
}

/** Sets an attribute when its value differs from the one last written. */
function set(node: Element, name: string, value: string | number, last: string | number | undefined): void {
  if (value !== last) node.setAttribute(name, String(value));
}

/** An svg element with fixed attributes. */
function element<T extends SVGElement>(doc: Document, tag: string, attributes: Record<string, string>): T {
  const node = doc.createElementNS(SVG, tag) as T;
  for (const name in attributes) node.setAttribute(name, attributes[name]);
  return node;
}

/** A count mark's nodes, not yet drawn. */
function createCount(doc: Document): DrawnCount {
  const g = element<SVGGElement>(doc, 'g', { part: 'count', class: 'count', role: 'button', tabindex: '-1' });
  const rect = element<SVGRectElement>(doc, 'rect', { rx: '12' });
  const text = element<SVGTextElement>(doc, 'text', { y: '4', 'text-anchor': 'middle' });
  g.append(rect, text);
  return { g, rect, text };
}

/** Writes an element's text, into the text node it has (a node made anew is laid out anew). */
function write(node: Element, text: string): void {
  if (node.firstChild instanceof Text) node.firstChild.data = text;
  else node.textContent = text;
}

const nameClass = (label: { strong: boolean }) => (label.strong ? 'count-name strong' : 'count-name');

/** Brings a count mark's nodes to `shape`, writing only what changed. */
function drawCount(count: DrawnCount, shape: CountShape): void {
  const was = count.shape;
  set(count.g, 'aria-label', shape.name, was?.name);
  // The group sits at the mark's centre and the text at its origin: as the view zooms only the group's transform
  // changes (and the pill's box at a new level), never the text's attributes (each would lay the text out again).
  if (shape.x !== was?.x || shape.y !== was?.y) count.g.setAttribute('transform', `translate(${shape.x},${shape.y})`);
  set(count.rect, 'x', -shape.w / 2, was && -was.w / 2);
  set(count.rect, 'y', -shape.h / 2, was && -was.h / 2);
  set(count.rect, 'width', shape.w, was?.w);
  set(count.rect, 'height', shape.h, was?.h);
  if (shape.text !== was?.text) write(count.text, shape.text);
  const { label } = shape;
  if (!label) {
    count.label?.remove();
    count.label = undefined;
  } else {
    const before = count.label ? was?.label : undefined;
    const name = (count.label ??= element<SVGTextElement>(count.g.ownerDocument, 'text', {
      part: 'label',
      'aria-hidden': 'true',
      dy: '0.35em',
    }));
    set(name, 'class', nameClass(label), before && nameClass(before));
    set(name, 'x', label.x, before?.x);
    set(name, 'y', label.y, before?.y);
    set(name, 'text-anchor', label.anchor, before?.anchor);
    if (label.text !== before?.text) write(name, label.text);
  }
  count.shape = shape;
}

/**
 * After a click on a count mark, its name or a "+N" badge, the focus the click gave the mark `clicked`, or the focus
 * nowhere, as a screen reader's click or one on a name leaves it, goes to the event mark `target` finds (a count
 * mark's first event, a badge's earliest) once the zoom comes to rest, if it is drawn. Without it, the clicked mark
 * kept the focus while it stood for other events, or took it away when it went; the keyboard's walk then started
 * from nowhere. A focus the reader put elsewhere meanwhile stays, and a press, a wheel or a key before the zoom rests
 * cancels the move. `within` is an element of the timeline's shadow root.
 */
export function focusAtRest(
  within: Element,
  target: (marks: SVGGElement[]) => SVGGElement | undefined,
  clicked?: Element,
): void {
  const root = within.getRootNode() as ShadowRoot;
  const host = root.host;
  const left = () => root.activeElement ?? undefined;
  const before = left();
  if (!host || (before && before !== clicked)) return;
  const cancel = new AbortController();
  const { signal } = cancel;
  for (const type of ['pointerdown', 'wheel', 'keydown'])
    host.addEventListener(type, () => cancel.abort(), { signal, capture: true });
  host.addEventListener(
    'mt-rangechange',
    () => {
      cancel.abort();
      void (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(() => {
        const now = left();
        if (now && now !== clicked) return;
        target([...root.querySelectorAll<SVGGElement>('[part~="event"]')])?.focus();
      });
    },
    { signal },
  );
}

/** For {@link focusAtRest}: the mark of event `id`. */
export const markOf =
  (id: string) =>
  (marks: SVGGElement[]): SVGGElement | undefined =>
    marks.find((mark) => mark.dataset.id === id);

/**
 * Count marks drawn as a keyed pool of svg nodes, as the marks are (see mark-list.ts). A zoom step moves most
 * count marks and brings in or takes out a few dozen; at a new level of detail a hundred split at once. Through
 * Lit's `repeat` each was a template instance, made, diffed and removed: half a zoom step's script at 50,000
 * events. Here a count mark that stays is the same nodes, and one that leaves gives its nodes to one that comes.
 */
class CountList extends Directive {
  private drawn = new Map<string | number, DrawnCount>();
  private owner = new WeakMap<Element, DrawnCount>();
  private list?: Element;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('countList() goes on an element: <g ${countList(shapes)}>');
  }

  // The count marks are drawn in update(), into the element; rendering alone has nothing to write.
  render(shapes: readonly CountShape[]): typeof noChange {
    void shapes;
    return noChange;
  }

  override update(part: ElementPart, [shapes]: [readonly CountShape[]]): typeof noChange {
    const list = part.element;
    if (list !== this.list) {
      this.list = list;
      // One listener of each for all of them: a click on a count mark or its name (drawn right after it), or Enter
      // or Space on the mark (a button: a screen reader's focus, or a click's, can be on it), zooms in on its events.
      // An arrow key walks on from its first event, not from wherever the walk last was (the timeline's start).
      const owned = (e: Event) => {
        const node = (e.target as Element).closest('.count, .count-name');
        const mark = node?.matches('.count') ? node : node?.previousElementSibling;
        const shape = mark && this.owner.get(mark)?.shape;
        return shape && { mark, shape };
      };
      const open = ({ mark, shape }: { mark: Element; shape: CountShape }) => {
        focusAtRest(list, markOf(shape.first), mark);
        shape.expand();
      };
      list.addEventListener('click', (e) => {
        const count = owned(e);
        if (count) open(count);
      });
      list.addEventListener('keydown', (e) => {
        const count = owned(e);
        const { key } = e as KeyboardEvent;
        if (!count || !(e.target as Element).matches('.count')) return;
        if (key === 'Enter' || key === ' ') {
          e.preventDefault();
          open(count);
        } else if (key.startsWith('Arrow')) walkOn(e, count.shape.walk, list);
      });
    }
    const next = new Map<string | number, DrawnCount>();
    const fresh: CountShape[] = [];
    for (const shape of shapes) {
      if (next.has(shape.key)) continue;
      const count = this.drawn.get(shape.key);
      if (!count) {
        fresh.push(shape);
        continue;
      }
      this.drawn.delete(shape.key);
      drawCount(count, shape);
      next.set(shape.key, count);
    }
    // Those that left give their nodes to those that came, but for one that holds the focus.
    const focused = (list.getRootNode() as Document | ShadowRoot).activeElement;
    const spare = [...this.drawn.values()].filter((count) => count.g !== focused);
    for (const shape of fresh) {
      if (next.has(shape.key)) continue;
      // Taken out of its place first: put back in order below, it moves alone, not the marks between.
      let count = spare.pop();
      count?.g.remove();
      count?.label?.remove();
      if (!count) {
        count = createCount(list.ownerDocument);
        this.owner.set(count.g, count);
      }
      drawCount(count, shape);
      next.set(shape.key, count);
    }
    for (const count of this.drawn.values()) {
      if (next.get(count.shape!.key) === count) continue;
      count.g.remove();
      count.label?.remove();
    }
    this.drawn = next;
    // In the shapes' order, each name after its mark; nodes that kept their order stay where they are.
    let at = list.firstChild;
    for (const { g, label } of new Set(shapes.map((shape) => next.get(shape.key)!))) {
      for (const node of label ? [g, label] : [g]) {
        if (node === at) at = at.nextSibling;
        else list.insertBefore(node, at);
      }
    }
    return noChange;
  }
}

/**
 * Draws count marks as the element's children (it has no others), keyed by `CountShape.key`: one that stays is
 * moved, not made again, and one that leaves gives its nodes to one that comes.
 */
export const countList = directive(CountList);

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
 * A "+N" badge at (`x`, `y`) for `count` events whose labels have no room, between `from` and `to` (ms), the
 * earliest `first`. Clicking zooms in on them and the event the badge sits by (`count + 1` events), and leaves the
 * focus on the mark of `first`; an arrow key walks on from `first`.
 */
export function renderBadge(ctx: MarkContext, { x, y, count, from, to, first }: PlacedBadge): TemplateResult {
  const text = ctx.numbers.format(count);
  const width = badgeWidth(text);
  const open = (e: Event) => {
    // The focus goes to the first of the badge's events, which has a mark of its own.
    focusAtRest(e.currentTarget as Element, markOf(first.id), e.currentTarget as Element);
    ctx.expand(from, to, count + 1);
  };
  // A button, for Enter and Space too, where a screen reader's focus or a click's is on it.
  return svg`<g part="cluster" class="cluster" role="button" tabindex="-1" aria-label=${ctx.strings.more(text)}
      transform="translate(${x},${y})" @click=${open} @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open(e);
        } else if (e.key.startsWith('Arrow'))
          walkOn(e, () => ctx.onFocus(first), (e.currentTarget as Element).closest('svg')!);
      }}>
      <rect class="hit" y="-4.5" width=${Math.max(24, width)} height="24"></rect>
      <rect width=${width} height="15" rx="7"></rect>
      <text x=${width / 2} y="11" text-anchor="middle">+${text}</text>
    </g>`;
}

/**
 * An arrow key on a count mark or a badge: `place` makes an event the keyboard walk's place, and the walk goes on from
 * there. Moving the place asks for an update, which the browser runs between a key's listeners, before the frame's
 * hears it, and which takes the mark pressed away: so the key is stopped and sent on from `sender`, which stays.
 */
function walkOn(e: Event, place: () => void, sender: Element): void {
  const { key } = e as KeyboardEvent;
  place();
  e.stopPropagation();
  e.preventDefault();
  sender.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
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
  /* Focused by a click (which zooms in), a count mark showed the browser's own ring, on a mark that by then stood
     for other events: the keyboard's focus is drawn on the pill instead, as the badges' is. */
  [part~='count'],
  [part~='cluster'] {
    outline: none;
  }
  [part~='count'] rect {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  [part~='count']:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 3;
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
