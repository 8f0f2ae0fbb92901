import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { zoomIdentity, type ZoomTransform } from '../layout/zoom-transform.js';
import type { ZoomBinding, ZoomHandlers } from './zoom-binding.js';
import { baseScale, scaleTime, type TimeScale } from '../layout/time-scale.js';
import { timeAt } from '../layout/time-ticks.js';
import { padExtent } from '../layout/extent.js';
import { expandSpan, scaleAbout, transformFor } from '../layout/zoom-math.js';
import { Glide, reducedMotion } from './glide.js';
import type { FrameScale } from '../layout/lane-index.js';
import { toMs } from '../data/time-input.js';
import type { DateInput, TimelineEvent } from '../types.js';
import { emit } from './emit.js';

/** `detail` of `mt-rangechange`: the visible span. */
export interface RangeChangeDetail {
  from: Date;
  to: Date;
}

const DAY = 86_400_000;
/** The deepest zoom shows an hour. */
export const MIN_SPAN = 3_600_000;

/** The chart's size and direction, as the size controller sees them. */
export interface ViewSize {
  /** Width of the chart, px. */
  readonly chartWidth: number;
  /** Length in px of the time axis. */
  readonly axisLength: number;
  readonly vertical: boolean;
  readonly rtl: boolean;
}

/** What the viewport asks of its element. */
export interface ViewportConfig {
  size: ViewSize;
  /** The chart's height in px. */
  height(): number;
  /** The span the events and eras cover, in ms; it changes (as an object) with every load. */
  extent(): readonly [number, number] | undefined;
  /** The span to open on: `view-start`/`view-end` or the data's own `view`, padded; else all. */
  initialView(): [number, number] | undefined;
  /** Where the zoom buttons zoom in towards: the focused or selected event, else the densest part of the view. */
  zoomCentre(visible: [number, number], factor: number): number | undefined;
  /** The reader zoomed or panned (after `mt-rangechange`): the visible span changed. */
  onRangeChange(from: Date, to: Date): void;
}

/**
 * What part of time the chart shows. The base scale spans every event at the chart's size and stays
 * fixed while zooming; d3-zoom keeps only the transform, and each frame derives its scale from both.
 * Owns the zoom behaviour, its binding to the chart, the element's own zoom animation, and the reader's
 * intent (only a change the reader made fires `mt-rangechange`).
 */
export class ViewportController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  private base: TimeScale = scaleTime();
  /** d3-zoom bound to the chart (a chunk, loaded once the chart is first drawn). */
  private zoom?: ZoomBinding;
  private zoomChunk?: typeof import('./zoom-binding.js');
  private loadingZoom = false;
  private readonly glide = new Glide();
  private gesturing = false;
  /** A sideways wheel is panning; `wheelRest` ends it. */
  private wheeling = false;
  private wheelRest?: ReturnType<typeof setTimeout>;
  /** Whether the wheel hint has been shown, and whether it shows now. */
  private hinted = false;
  hint = false;
  /** A span to show once the chart has a width: the initial view, or the view kept across a resize. */
  private pending?: [number, number] | 'all';
  /** A time to centre on once the base scale is built. */
  private centre?: number;
  /** The visible span when the reader began a zoom or pan; cleared when it ends. */
  private intent?: [number, number];
  /** The extent and size the base scale was built for. */
  private builtFor?: { extent: unknown; key: string; width: number; vertical: boolean };

  /** `wait` makes `updateComplete` wait for the zoom's chunk. */
  constructor(
    private readonly host: ReactiveControllerHost &
      HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly config: ViewportConfig,
    private readonly wait: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  /** Whether the view is moving: a gesture or a glide is under way (the layout lets lanes grow, not shrink). */
  get moving(): boolean {
    return this.gesturing || this.glide.running;
  }

  /** The time scale of the current view (x across, or y down in the vertical layout). */
  scale(): TimeScale {
    // The base and transform run along the axis they were built for, until the next update rebuilds them.
    return this.builtFor?.vertical ? this.transform.rescaleY(this.base) : this.transform.rescaleX(this.base);
  }

  /** The visible span, earliest first (right to left, the scale's domain runs backwards). */
  visibleMs(): [number, number] {
    const [a, b] = this.scale()
      .domain()
      .map((d) => d.getTime());
    return a <= b ? [a, b] : [b, a];
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
    if (!this.zoom) return this.show(a, b);
    this.applyTransform(this.constrained(this.transformFor(a, b)), true);
  }

  /** Shows everything; from code. */
  fit(): void {
    this.applyTransform(zoomIdentity);
  }

  /** The reader asked to see everything (the "Show all" button, the 0 key): glides there. */
  fitByUser(): void {
    this.intent ??= this.visibleMs();
    this.applyTransform(zoomIdentity, true);
  }

  /** The reader zoomed by `factor` about a time (the centre when none is given): glides there. */
  zoomBy(factor: number, aroundMs?: number): void {
    if (!this.zoom?.svg.isConnected) return;
    this.intent ??= this.visibleMs();
    const { axisLength, vertical, chartWidth: width } = this.config.size;
    const visible = this.visibleMs();
    const centre = aroundMs ?? (factor > 1 ? this.config.zoomCentre(visible, factor) : undefined);
    if (aroundMs === undefined && centre !== undefined) {
      // Towards the events: the view's middle moves to them as it narrows.
      const half = (visible[1] - visible[0]) / factor / 2;
      return this.applyTransform(this.constrained(this.transformFor(centre - half, centre + half)), true);
    }
    const at = centre === undefined ? axisLength / 2 : this.scale()(centre);
    const moved = scaleAbout(this.transform, factor, vertical ? [0, at] : [at, 0], this.zoom.scaleExtent());
    this.applyTransform(this.zoom.constrain(moved, Math.max(width, 1), this.config.height()), true);
  }

  /** A transform kept within the zoom's scale and translate extents. */
  private constrained(transform: ZoomTransform): ZoomTransform {
    const zoom = this.zoom!;
    const [kMin, kMax] = zoom.scaleExtent();
    const k = Math.max(kMin, Math.min(kMax, transform.k));
    const scaled = zoomIdentity.translate(transform.x, transform.y).scale(k);
    return zoom.constrain(scaled, Math.max(this.config.size.chartWidth, 1), this.config.height());
  }

  /** The reader asked to see `count` events from `from` to `to` (a count mark or a "+N" badge): glides in on them. */
  expand(from: number, to: number, count: number): void {
    this.intent ??= this.visibleMs();
    const [a, b] = expandSpan(from, to, count, this.visibleMs(), this.config.size.axisLength, MIN_SPAN);
    this.applyTransform(this.transformFor(a, b), true);
  }

  /** Pans (keeping the zoom) so the event is in view. */
  reveal(event: TimelineEvent): void {
    const [a, b] = this.visibleMs();
    const s = event.start.ms;
    if (s >= a && s <= b) return;
    const half = (b - a) / 2;
    this.show(s - half, s + half);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.glide.stop();
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
      if (keep && !this.pending && !this.glide.running) this.pending = keep;
      this.builtFor = { extent, key, width, vertical };
      const domain = padExtent(extent ?? [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)], 0.04, DAY * 2);
      this.base = baseScale(domain, axisLength, rtl && !vertical);
      if (keep && this.glide.running) this.transform = this.transformFor(...keep);
    }
    if (this.centre !== undefined) {
      const [a, b] = this.pending && this.pending !== 'all' ? this.pending : this.baseDomainMs();
      const half = (b - a) / 2;
      this.pending = [this.centre - half, this.centre + half];
      this.centre = undefined;
    }
  }

  hostUpdated(): void {
    // The chart, once rendered (a new element after the list view was shown).
    const svg = this.host.renderRoot.querySelector<SVGSVGElement>('svg[part~="chart"]');
    if (!svg) return;
    if (svg !== this.zoom?.svg) this.bind(svg);
    const { chartWidth: width, axisLength } = this.config.size;
    const [d0, d1] = this.baseDomainMs();
    this.zoom?.bound(Math.max(width, 1), this.config.height(), (d1 - d0) / MIN_SPAN);
    // Only once the base scale has been built for the current size.
    if (this.pending && width > 0 && Math.max(...this.base.range()) === axisLength) {
      const pending = this.pending;
      this.pending = undefined;
      if (pending === 'all') this.applyTransform(zoomIdentity);
      else this.show(pending[0], pending[1]);
    }
  }

  private baseDomainMs(): [number, number] {
    const [a, b] = this.base.domain();
    return [a.getTime(), b.getTime()];
  }

  /** What the zoom reports, and the wheel's sideways pans and plain turns. */
  private readonly handlers: ZoomHandlers = {
    gesture: () => {
      // The reader's own gesture takes over from an animated zoom.
      this.glide.stop();
      this.gesturing = true;
      this.intent ??= this.visibleMs();
    },
    zoom: (transform) => {
      this.transform = transform;
      this.host.requestUpdate();
    },
    end: () => this.settle(),
    pan: (px) => this.panBy(px),
    plain: () => this.showHint(),
  };

  /** The view came to rest: the layout settles, and a change the reader made is a range change. */
  private settle(): void {
    if (this.glide.running || this.wheeling) return;
    this.gesturing = false;
    this.host.requestUpdate();
    if (!this.intent) return;
    const [a0, b0] = this.intent;
    this.intent = undefined;
    const [a, b] = this.visibleMs();
    // A click is a gesture too, and a zoom past the bounds moves nothing: only a change is a range change.
    if (a === a0 && b === b0) return;
    const detail: RangeChangeDetail = { from: timeAt(a), to: timeAt(b) };
    emit(this.host, 'mt-rangechange', detail);
    this.config.onRangeChange(detail.from, detail.to);
  }

  /** Binds zoom and touch to the chart, which is a new element after the list view was shown. */
  private bind(svg: SVGSVGElement): void {
    if (this.zoomChunk) {
      this.zoom = this.zoomChunk.bindZoom(svg, this.handlers, this.transform);
      return;
    }
    if (this.loadingZoom) return;
    this.loadingZoom = true;
    this.wait(
      import('./zoom-binding.js').then((chunk) => {
        this.zoomChunk = chunk;
        this.host.requestUpdate();
      }),
    );
  }

  /** A sideways wheel: pans along the time axis; `mt-rangechange` once the wheel has rested 150 ms. */
  private panBy(px: number): void {
    if (!this.zoom) return;
    this.glide.stop();
    this.intent ??= this.visibleMs();
    this.wheeling = true;
    const along = px / this.transform.k;
    this.zoom.translateBy(this.config.size.vertical ? 0 : along, this.config.size.vertical ? along : 0);
    clearTimeout(this.wheelRest);
    this.wheelRest = setTimeout(() => {
      this.wheeling = false;
      this.settle();
    }, 150);
  }

  /** A plain wheel over the chart scrolls the page: the first time, say how to zoom instead. */
  private showHint(): void {
    if (this.hinted) return;
    this.hinted = true;
    this.hint = true;
    this.host.requestUpdate();
    setTimeout(() => {
      this.hint = false;
      this.host.requestUpdate();
    }, 2500);
  }

  private transformFor(a: number, b: number): ZoomTransform {
    const { axisLength, vertical } = this.config.size;
    return transformFor(this.base, a, b, axisLength, vertical);
  }

  private applyTransform(transform: ZoomTransform, animate = false): void {
    const zoom = this.zoom;
    if (!zoom?.svg.isConnected) {
      // No chart (the list view is shown): the view changes at once, and nothing is left for a gesture to end.
      this.transform = transform;
      this.intent = undefined;
      this.host.requestUpdate();
      return;
    }
    this.glide.stop();
    const zoomTo = (t: ZoomTransform): void => zoom.apply(t);
    if (!animate || reducedMotion()) return zoomTo(transform);
    // The visible window's ends glide in time; the zoom's `end` (and so `mt-rangechange`) waits for the last step.
    const scale = this.config.size.vertical ? transform.rescaleY(this.base) : transform.rescaleX(this.base);
    const [a1, b1] = scale
      .domain()
      .map(Number)
      .sort((p, q) => p - q);
    const base = this.base;
    this.glide.start(this.visibleMs(), [a1, b1], (a, b, last) =>
      zoomTo(last && this.base === base ? transform : this.transformFor(a, b)),
    );
  }
}
