// A list of marks drawn as a keyed pool of svg nodes. A zoom step moves most marks and adds or removes a
// few dozen: through a Lit template each mark is a template instance with some twenty parts, and making,
// diffing and clearing them was most of a step's script. Here a mark that stays is the same nodes, and
// only the attributes that changed are written.
import { noChange, render, svg, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { markListeners, type Box, type MarkContext, type MarkShape, type Segment } from './marks.js';
import type { TimelineEvent } from '../types.js';

const SVG = 'http://www.w3.org/2000/svg';

/** The parts of a mark's button, in drawing order (later over earlier). */
const PARTS = ['bar', 'barRest', 'extent', 'open', 'hit', 'leader', 'path', 'ring', 'label'] as const;
type PartName = (typeof PARTS)[number];

/** A drawn mark: its nodes and the shape they show. */
interface DrawnMark {
  item: SVGGElement;
  button: SVGGElement;
  parts: Partial<Record<PartName, SVGElement>>;
  shape?: MarkShape;
  /** The accessible name written. */
  name?: string;
}

/** Sets an attribute when its value differs from the one last written. */
function set(node: Element, name: string, value: string | number, last: string | number | undefined): void {
  if (value !== last) node.setAttribute(name, String(value));
}

/** A mark's part: made, kept or removed, in its place among the others. */
function part(mark: DrawnMark, name: PartName, present: boolean, tag: string, make?: (node: SVGElement) => void) {
  let node = mark.parts[name];
  if (!present) {
    node?.remove();
    delete mark.parts[name];
    return undefined;
  }
  if (!node) {
    node = mark.button.ownerDocument.createElementNS(SVG, tag);
    make?.(node);
    let before: Node | null = null;
    for (let k = PARTS.indexOf(name) + 1; k < PARTS.length && !before; k++) before = mark.parts[PARTS[k]] ?? null;
    mark.button.insertBefore(node, before);
    mark.parts[name] = node;
  }
  return node;
}

/** The attributes a box and a line are written to. */
const BOX = { x: 'x', y: 'y', w: 'width', h: 'height' } as const;
const SEGMENT = { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2' } as const;

/** Writes a box's or a line's numbers to their attributes (`names`), those that changed since `last`. */
function drawGeometry<T extends Box | Segment>(
  node: SVGElement | undefined,
  value: T | undefined,
  last: T | undefined,
  names: Record<keyof T, string>,
): void {
  if (!node || !value) return;
  for (const key in names) set(node, names[key], value[key] as number, last?.[key] as number | undefined);
}

/** The nodes every mark starts with: list item, button, hit area and mark. */
let blank: Element | undefined;

/**
 * A new mark's nodes, cloned from `blank`: making them and writing their fixed attributes one by one was some ten
 * DOM calls a mark. (Made through Lit, whose Trusted Types policy lets it parse a template under a strict CSP.)
 */
function create(): DrawnMark {
  if (!blank) {
    const holder = document.createDocumentFragment();
    render(
      svg`<g role="listitem"><g part="event" role="button"><rect class="hit"></rect><path class="mark"></path></g></g>`,
      holder,
    );
    blank = holder.querySelector('g')!;
  }
  const item = blank.cloneNode(true) as SVGGElement;
  const button = item.firstChild as SVGGElement;
  return { item, button, parts: { hit: button.firstChild as SVGElement, path: button.lastChild as SVGElement } };
}

/** Brings a mark's nodes to its shape, writing only what changed; `name` names its event. */
function drawMark(mark: DrawnMark, shape: MarkShape, name: (event: TimelineEvent) => string): void {
  // A part made anew has no attributes yet: compare it with nothing.
  const was = mark.shape;
  const { item, button } = mark;
  set(item, 'aria-posinset', shape.posinset, was?.posinset);
  set(item, 'aria-setsize', shape.setsize, was?.setsize);
  if (shape.x !== was?.x || shape.y !== was?.y) item.setAttribute('transform', `translate(${shape.x},${shape.y})`);
  set(button, 'class', shape.className, was?.className);
  set(button, 'data-id', shape.id, was?.id);
  set(button, 'tabindex', shape.tabStop ? 0 : -1, was && (was.tabStop ? 0 : -1));
  const label = name(shape.event);
  set(button, 'aria-label', label, mark.name);
  mark.name = label;
  set(button, 'aria-pressed', String(shape.pressed), was && String(was.pressed));

  const rounded = (name: string) => (n: SVGElement) => {
    n.setAttribute('class', name);
    n.setAttribute('rx', '2');
  };
  const bar = part(mark, 'bar', !!shape.bar, 'rect', rounded('bar'));
  if (bar && !!shape.barFaint !== !!was?.barFaint) bar.classList.toggle('faint', !!shape.barFaint);
  drawGeometry(bar, shape.bar, was?.bar, BOX);
  drawGeometry(part(mark, 'barRest', !!shape.barRest, 'rect', rounded('bar')), shape.barRest, was?.barRest, BOX);
  drawGeometry(part(mark, 'extent', !!shape.extent, 'rect', rounded('extent')), shape.extent, was?.extent, BOX);
  drawGeometry(
    part(mark, 'open', !!shape.open, 'line', (n) => n.setAttribute('class', 'open')),
    shape.open,
    was?.open,
    SEGMENT,
  );
  drawGeometry(mark.parts.hit, shape.hit, was?.hit, BOX);
  drawGeometry(
    part(mark, 'leader', !!shape.leader, 'line', (n) => n.setAttribute('class', 'leader')),
    shape.leader,
    was?.leader,
    SEGMENT,
  );
  set(mark.parts.path!, 'd', shape.path, was?.path);
  part(mark, 'ring', shape.ring, 'circle', (n) => {
    n.setAttribute('class', 'ring');
    n.setAttribute('r', '10.5');
  });
  drawLabel(mark, shape.label, was?.label);
  mark.shape = shape;
}

type Label = NonNullable<MarkShape['label']>;

function drawLabel(mark: DrawnMark, label: Label | undefined, was: Label | undefined): void {
  const text = part(mark, 'label', !!label, 'text', (n) => {
    n.setAttribute('part', 'label');
    n.setAttribute('aria-hidden', 'true');
    n.setAttribute('dy', '0.35em');
  });
  if (!text || !label) return;
  const fresh = !was;
  set(text, 'class', label.className, fresh ? undefined : was.className);
  set(text, 'x', label.x, fresh ? undefined : was.x);
  set(text, 'y', label.y, fresh ? undefined : was.y);
  set(text, 'text-anchor', label.anchor, fresh ? undefined : was.anchor);
  if (!fresh && sameText(label, was)) return;
  const doc = text.ownerDocument;
  const children: Node[] = label.lines
    ? label.lines.map((line, i) => {
        const span = doc.createElementNS(SVG, 'tspan');
        span.setAttribute('x', String(label.x));
        span.setAttribute('dy', i ? '1.15em' : '0');
        span.textContent = line;
        return span;
      })
    : [doc.createTextNode(label.text)];
  if (label.title !== undefined) {
    const title = doc.createElementNS(SVG, 'title');
    title.textContent = label.title;
    children.push(title);
  }
  text.replaceChildren(...children);
}

/** Whether a label's children (its text or lines, and its title) would be written the same. */
function sameText(label: Label, was: Label): boolean {
  if (label.text !== was.text || label.title !== was.title) return false;
  const [lines, before] = [label.lines, was.lines];
  // Lines are tspans that each start at the label's x.
  if (!lines || !before) return lines === before;
  return label.x === was.x && lines.length === before.length && lines.every((line, i) => line === before[i]);
}

/**
 * Drawing a list over several frames: while the view moves, a step can bring hundreds of marks into view at
 * once (clusters splitting into labelled marks), more than a frame can make. Marks already drawn move at
 * once; new ones are made until the list's drawing has taken `budgetMs` of script in a frame that also moved
 * the view, or `restMs` in one that only goes on drawing (and at least a few a frame), the focused, selected
 * and top-most first, and the rest in the frames after.
 */
export interface ProgressiveDrawing {
  budgetMs: number;
  restMs: number;
  /** Takes the drawing still to do, for `updateComplete` to wait for. */
  wait(work: Promise<void>): void;
  /** Px from the chart's top within which new marks are all made at once, whatever the budget: a first picture's window. */
  band?: number;
}

/** New marks made in any frame, whatever the budget, so the drawing always gets on. */
const LEAST_PER_FRAME = 16;

/** Which of the new marks to make first: those with a ring (focus, selection, tab stop), then top to bottom. */
function drawFirst(a: MarkShape, b: MarkShape): number {
  return +b.ring - +a.ring || a.y - b.y || a.x - b.x;
}

class MarkList extends Directive {
  private drawn = new Map<string, DrawnMark>();
  private list?: Element;
  private shapes: readonly MarkShape[] = [];
  private progressive?: ProgressiveDrawing;
  private name!: (event: TimelineEvent) => string;
  private frame = 0;
  private finish?: () => void;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('markList() goes on an element: <g ${markList(shapes, name)}>');
  }

  // The marks are drawn in update(), into the element; rendering alone has nothing to write.
  render(
    shapes: readonly MarkShape[],
    name: (event: TimelineEvent) => string,
    progressive?: ProgressiveDrawing,
  ): typeof noChange {
    void shapes;
    void name;
    void progressive;
    return noChange;
  }

  override update(
    part: ElementPart,
    [shapes, name, progressive]: [readonly MarkShape[], (event: TimelineEvent) => string, ProgressiveDrawing?],
  ): typeof noChange {
    this.list = part.element;
    this.shapes = shapes;
    this.name = name;
    this.progressive = progressive;
    this.draw(progressive?.budgetMs, progressive?.band);
    return noChange;
  }

  /** Brings the list to `shapes`: every mark drawn, or as many new ones as `budget` (ms) allows. */
  private draw(budget = Infinity, band = 0): void {
    const list = this.list!;
    const started = performance.now();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const next = new Map<string, DrawnMark>();
    const fresh: MarkShape[] = [];
    // One mark an id (the first shape with it).
    const ids = new Set<string>();
    const shapes: MarkShape[] = [];
    for (const shape of this.shapes) {
      if (ids.has(shape.id)) continue;
      ids.add(shape.id);
      shapes.push(shape);
    }
    for (const shape of shapes) {
      const mark = this.drawn.get(shape.id);
      if (!mark) {
        fresh.push(shape);
        continue;
      }
      this.drawn.delete(shape.id);
      drawMark(mark, shape, this.name);
      next.set(shape.id, mark);
    }
    for (const gone of this.drawn.values()) gone.item.remove();
    if (fresh.length > LEAST_PER_FRAME) fresh.sort(drawFirst);
    let made = 0;
    for (; made < fresh.length; made++) {
      const late = made >= LEAST_PER_FRAME && fresh[made].y >= band;
      if (late && performance.now() - started > budget) break;
      const mark = create();
      drawMark(mark, fresh[made], this.name);
      next.set(fresh[made].id, mark);
    }
    this.drawn = next;
    // In the shapes' order; marks that kept their order stay where they are.
    let at = list.firstChild;
    for (const shape of shapes) {
      const item = next.get(shape.id)?.item;
      if (!item) continue;
      if (item === at) at = at.nextSibling;
      else list.insertBefore(item, at);
    }
    if (made === fresh.length) return this.settle();
    if (!this.finish) this.progressive!.wait(new Promise<void>((resolve) => (this.finish = resolve)));
    const rest = () => {
      this.frame = 0;
      // A list taken off the page (another chart drawn in its place) has nothing more to draw.
      if (list.isConnected) this.draw(this.progressive?.restMs);
      else this.settle();
    };
    // A first picture's rest starts a frame later: its frame's callbacks run before that frame's paint, which
    // they held back.
    this.frame = requestAnimationFrame(band ? () => (this.frame = requestAnimationFrame(rest)) : rest);
  }

  /** Everything is drawn (or nothing more will be): whoever waits may go on. */
  private settle(): void {
    this.finish?.();
    this.finish = undefined;
  }
}

/**
 * Draws `shapes` as the element's children, one list item each, keyed by event id: a mark that stays is
 * moved, not made again. With `progressive`, new marks beyond a frame's budget are made in the frames after.
 * The element's other children are not kept.
 */
export const markList = directive(MarkList);

/**
 * The list of events' marks, as both layouts draw it: named, with one click and one focusin listener for all
 * its marks (buttons: the frame's keydown presses them), drawn from `shapes` (over frames with `progressive`).
 */
export function renderMarkList(
  ctx: MarkContext,
  shapes: readonly MarkShape[],
  progressive?: ProgressiveDrawing,
): TemplateResult {
  const listeners = markListeners(ctx);
  // tabindex -1: Chromium makes an SVG element with a focus listener a tab stop of its own, before the marks'.
  return svg`<g role="list" tabindex="-1" aria-label=${ctx.strings.events} @click=${listeners.click} @focusin=${listeners.focusin}
    ${markList(shapes, ctx.name, progressive)}></g>`;
}
