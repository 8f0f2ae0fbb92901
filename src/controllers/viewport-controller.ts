import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { zoomIdentity, type ZoomTransform } from '../layout/zoom-transform.js';
import type { ZoomHandlers } from './zoom-binding.js';
import { baseScale, scaleTime, type TimeScale } from '../layout/time-scale.js';
import { padExtent } from '../layout/extent.js';
import { expandSpan, scaleAbout, transformFor } from '../layout/zoom-math.js';
import { ZoomMotion, type MotionView } from './zoom-motion.js';
import type { FrameScale } from '../layout/lane-index.js';
import { toMs } from '../data/time-input.js';
import type { DateInput, TimelineEvent } from '../types.js';
import { ReaderIntent, type RangeChangeDetail } from './reader-intent.js';
import type { WheelHint } from './wheel.js';
import { addStyles } from '../views/add-styles.js';
import type { ViewSize, ViewportConfig } from './viewport-config.js';

export type { RangeChangeDetail, ViewSize, ViewportConfig };

const DAY = 86_400_000;
/** The deepest zoom shows an hour. */
export const MIN_SPAN = 3_600_000;

/** The cues for what lies beyond the view (see lane-cues.ts), which come with the zoom's chunk. */
export type LaneCues = typeof import('../views/lane-cues.js');

/**
 * What part of time the chart shows. The base scale spans every event at the chart's size and stays
 * fixed while zooming; d3-zoom keeps only the transform, and each frame derives its scale from both.
 * Decides where the view goes (the initial view, a resize, a reader's zoom, a story step); `ZoomMotion`
 * moves it there (d3-zoom and the element's glides) and `ReaderIntent` reports a reader's change as
 * `mt-rangechange`.
 */
export class ViewportController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  private base: TimeScale = scaleTime();
  /** d3-zoom bound to the chart, and the element's own glides. */
  private readonly motion: ZoomMotion;
  /** The reader's change of view under way, reported as `mt-rangechange` when the view rests. */
  private readonly reader: ReaderIntent;
  /** The hint a plain wheel over the chart shows once: made when the zoom's chunk, whose wheel shows it, arrives. */
  wheelHint?: WheelHint;
  /** Each lane's "2 earlier" and "3 later": from the zoom's chunk, as clicking one glides the view. */
  cues?: LaneCues;
  /** A span to show once the chart has a width: the initial view, or the view kept across a resize. */
  private pending?: [number, number] | 'all';
  /** A time to centre on once the base scale is built. */
  private centre?: number;
  /** The extent and size the base scale was built for. */
  private builtFor?: { extent: unknown; key: string; width: number; vertical: boolean };

  /** `wait` makes `updateComplete` wait for the zoom's chunk. */
  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly config: ViewportConfig,
    wait: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
    const view: MotionView = {
      visibleMs: () => this.visibleMs(),
      transformFor: (a, b) => this.transformFor(a, b),
      spanOf: (transform) =>
        spanOf(this.config.size.vertical ? transform.rescaleY(this.base) : transform.rescaleX(this.base)),
      base: () => this.base,
    };
    // Once the zoom's chunk arrives it binds to the chart now shown: it changes nothing drawn, so it costs no render.
    this.motion = new ZoomMotion(view, this.handlers, wait, (chunk) => {
      addStyles(host.renderRoot, chunk.hintStyles);
      this.wheelHint ??= new chunk.WheelHint(host);
      // The lanes' cues come with it. Zoomed in, some events may lie beyond the view: the update asked for draws their
      // cues (and binds the zoom, as hostUpdated does). Showing everything, binding alone costs no render.
      this.cues = chunk.cues;
      if (this.transform.k > 1) host.requestUpdate();
      else this.hostUpdated();
    });
    this.reader = new ReaderIntent(host, {
      visibleMs: () => this.visibleMs(),
      gliding: () => this.motion.gliding,
      onRangeChange: (from, to) => config.onRangeChange(from, to),
    });
  }

  /** Whether the view is moving: a gesture or a glide is under way (the layout lets lanes grow, not shrink). */
  get moving(): boolean {
    return this.reader.gesturing || this.motion.gliding;
  }

  /** The time scale of the current view, or of `transform` (x across, or y down in the vertical layout). */
  scale(transform = this.transform): TimeScale {
    // The base and transform run along the axis they were built for, until the next update rebuilds them.
    return this.builtFor?.vertical ? transform.rescaleY(this.base) : transform.rescaleX(this.base);
  }

  /** The visible span, or `transform`'s, earliest first (right to left, the scale's domain runs backwards). */
  visibleMs(transform?: ZoomTransform): [number, number] {
    return spanOf(this.scale(transform));
  }

  /** The level-of-detail scale of a frame: buckets are fixed in world px, so panning keeps them. */
  frameScale(): FrameScale {
    const [d0, d1] = this.visibleMs();
    const [r0, r1] = this.scale().range();
    return { origin: this.baseDomainMs()[0], pxPerMs: Math.abs(r1 - r0) / (d1 - d0) };
  }

  /** Opens on the initial view (after a load, or when `view-start`/`view-end` change): the one asked for, else all. */
  showInitial(): void {
    this.pending = this.config.initialView() ?? 'all';
  }

  /** Centres the view on a time, keeping the span about to be shown. */
  centreOn(ms: number): void {
    this.centre = ms;
    this.host.requestUpdate();
  }

  /** Shows `a` to `b` (ms); from code, so it fires no event. */
  show(a: number, b: number): void {
    this.applyTransform(this.transformFor(a, b));
  }

  /** Shows the span between two times given as Dates, ISO strings or ms, in either order; ignores bad ones. */
  zoomTo(from: DateInput | number, to: DateInput | number): void {
    const a = toMs(from);
    const b = toMs(to);
    if (Number.isFinite(a) && Number.isFinite(b) && a !== b) this.show(Math.min(a, b), Math.max(a, b));
  }

  /** Glides to show `a` to `b` (ms) (jumps, with reduced motion); from code, so it fires no event. */
  glideTo(a: number, b: number): void {
    if (!this.motion.zoom) return this.show(a, b);
    this.applyTransform(this.constrained(this.transformFor(a, b)), true);
  }

  /** Shows everything; from code. */
  fit(): void {
    this.applyTransform(zoomIdentity);
  }

  /** The reader asked to see everything (the "Show all" button, the 0 key): glides there. */
  fitByUser(): void {
    this.reader.begin();
    this.applyTransform(zoomIdentity, true);
  }

  /** Whether zooming by `factor` would move the view (or `from`): not at the closest zoom (an hour across), or showing all. */
  canZoom(factor: number, from = this.transform): boolean {
    const [a, b] = this.visibleMs(from);
    return factor > 1 ? b - a > MIN_SPAN * 1.01 : from.k > 1;
  }

  /** The reader zoomed by `factor` about a time (the centre when none is given): glides there. */
  zoomBy(factor: number, aroundMs?: number): void {
    const zoom = this.motion.zoom;
    // A zoom asked for while one glides goes on from where that one is going: three quick clicks on "+" zoomed
    // 2.2× (50 ms apart) or 4× (150 ms), not 8×, each starting from the view half-way.
    const from = (this.motion.gliding && this.motion.target) || this.transform;
    if (!zoom || !this.motion.bound || !this.canZoom(factor, from)) return;
    this.reader.begin();
    const { axisLength, vertical } = this.config.size;
    const visible = this.visibleMs(from);
    const centre = aroundMs ?? (factor > 1 ? this.config.zoomCentre(visible, factor) : undefined);
    if (aroundMs === undefined && centre !== undefined) {
      // Towards the events: the view's middle moves to them as it narrows, down to the closest zoom (narrower, the
      // zoom's limit kept its scale but not its middle, and the view jumped to an empty hour at the data's end).
      const half = Math.max((visible[1] - visible[0]) / factor, MIN_SPAN) / 2;
      return this.applyTransform(this.constrained(this.transformFor(centre - half, centre + half)), true);
    }
    const at = centre === undefined ? axisLength / 2 : this.scale(from)(centre);
    const moved = scaleAbout(from, factor, vertical ? [0, at] : [at, 0], zoom.scaleExtent());
    this.applyTransform(this.constrained(moved), true);
  }

  /** A transform kept within the zoom's scale and translate extents. */
  private constrained(transform: ZoomTransform): ZoomTransform {
    return this.motion.constrained(transform, ...this.zoomBox());
  }

  /**
   * The box zooming and panning are bounded to, px: the chart across; down the page, the time axis's length
   * (the vertical chart's drawn height follows its rows, not time).
   */
  private zoomBox(): [number, number] {
    const { chartWidth, axisLength, vertical } = this.config.size;
    return [Math.max(chartWidth, 1), vertical ? axisLength : this.config.height()];
  }

  /** The reader asked to see `count` events from `from` to `to` (a count mark or a "+N" badge): glides in on them. */
  expand(from: number, to: number, count: number): void {
    this.reader.begin();
    const [a, b] = expandSpan(from, to, count, this.visibleMs(), this.config.size.axisLength, MIN_SPAN);
    this.applyTransform(this.transformFor(a, b), true);
  }

  /** The reader asked to see `a` to `b` (ms): glides there. */
  reach(a: number, b: number): void {
    this.reader.begin();
    this.glideTo(a, b);
  }

  /** Pans (keeping the zoom) so the event is in view. */
  reveal(event: TimelineEvent): void {
    const [a, b] = this.visibleMs();
    const s = event.start.ms;
    if (s >= a && s <= b) return;
    const half = (b - a) / 2;
    this.show(s - half, s + half);
  }

  hostDisconnected(): void {
    this.motion.stop();
    this.reader.stop();
    this.wheelHint?.stop();
  }

  hostUpdate(): void {
    const { chartWidth: width, axisLength, vertical, rtl } = this.config.size;
    const extent = this.config.extent();
    const key = `${width} ${axisLength} ${vertical} ${rtl}`;
    const was = this.builtFor;
    if (!was || was.extent !== extent || was.key !== key) {
      // Keep what the reader sees across a resize or a change of layout or direction (not a new load); a
      // glide under way (the details panel opening beside the chart narrows it) goes on to where it was going.
      const keep = was && was.extent === extent && was.width > 0 ? this.visibleMs() : undefined;
      if (keep && !this.pending && !this.motion.gliding) this.pending = keep;
      this.builtFor = { extent, key, width, vertical };
      // Data of whole days opens on two days at least (a lone date in the middle); data given to the hour within
      // them (a conference's day, 9 AM to 7 PM) on its own hours: two days left it a third of the width.
      const timed = extent && (extent[0] % DAY || extent[1] % DAY);
      const domain = padExtent(
        extent ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)],
        0.04,
        timed ? MIN_SPAN : DAY * 2,
      );
      this.base = baseScale(domain, axisLength, rtl && !vertical);
      if (keep && this.motion.gliding) this.transform = this.transformFor(...keep);
    }
    if (this.centre !== undefined) {
      const [a, b] = this.pending && this.pending !== 'all' ? this.pending : this.baseDomainMs();
      const half = (b - a) / 2;
      this.pending = [this.centre - half, this.centre + half];
      this.centre = undefined;
    }
    // Before the zoom is bound (a first render), a pending view is taken now, so this update lays out and draws
    // the events where they will be seen; after, it goes through the zoom once the chart is drawn.
    const pending = this.motion.bound ? undefined : this.takePending();
    if (pending) {
      this.transform = pending;
      this.reader.forget();
    }
  }

  hostUpdated(): void {
    // The chart, once rendered (a new element after the list view was shown).
    const svg = this.host.renderRoot.querySelector<SVGSVGElement>('svg[part~="chart"]');
    if (!svg) return;
    this.motion.bind(svg, this.transform);
    const [d0, d1] = this.baseDomainMs();
    this.motion.zoom?.bound(...this.zoomBox(), (d1 - d0) / MIN_SPAN);
    const pending = this.takePending();
    if (pending) this.applyTransform(pending);
  }

  /** The transform of the view waiting to be shown, taken once the base scale is built for the current size. */
  private takePending(): ZoomTransform | undefined {
    const { chartWidth: width, axisLength } = this.config.size;
    const pending = this.pending;
    if (!pending || width <= 0 || Math.max(...this.base.range()) !== axisLength) return undefined;
    this.pending = undefined;
    return pending === 'all' ? zoomIdentity : this.transformFor(pending[0], pending[1]);
  }

  private baseDomainMs(): [number, number] {
    const [a, b] = this.base.domain();
    return [a.getTime(), b.getTime()];
  }

  /** What the zoom reports, and the wheel's sideways pans and plain turns. */
  private readonly handlers: ZoomHandlers = {
    gesture: () => {
      // The reader's own gesture takes over from an animated zoom.
      this.motion.stop();
      this.reader.gesture();
    },
    zoom: (transform) => {
      this.transform = transform;
      this.host.requestUpdate();
    },
    end: () => this.reader.settle(),
    pan: (px) => this.panBy(px),
    plain: () => this.wheelHint?.show(),
  };

  /** A sideways wheel: pans along the time axis; `mt-rangechange` once the wheel has rested. */
  private panBy(px: number): void {
    if (!this.motion.zoom) return;
    this.reader.wheel();
    const along = px / this.transform.k;
    this.motion.panBy(this.config.size.vertical ? 0 : along, this.config.size.vertical ? along : 0);
  }

  private transformFor(a: number, b: number): ZoomTransform {
    const { axisLength, vertical } = this.config.size;
    return transformFor(this.base, a, b, axisLength, vertical);
  }

  private applyTransform(transform: ZoomTransform, animate = false): void {
    if (this.motion.bound) return this.motion.go(transform, animate);
    // No chart (the list view is shown): the view changes at once, and nothing is left for a gesture to end.
    this.transform = transform;
    this.reader.forget();
    this.host.requestUpdate();
  }
}

/** A scale's domain in ms, earliest first (right to left, the domain runs backwards). */
function spanOf(scale: TimeScale): [number, number] {
  const [a, b] = scale.domain().map(Number);
  return a <= b ? [a, b] : [b, a];
}
