import type { ZoomTransform } from '../layout/zoom-transform.js';
import { zoomIdentity } from '../layout/zoom-transform.js';
import type { ZoomBinding, ZoomHandlers } from './zoom-binding.js';
import type { Glide } from './glide.js';
import { reducedMotion } from './reduced-motion.js';
import { whenIdle } from '../scheduling/idle-each.js';

/** What the motion reads of the viewport. */
export interface MotionView {
  /** The visible span, ms. */
  visibleMs(): [number, number];
  /** The transform that shows `a` to `b` (ms) on the current base scale. */
  transformFor(a: number, b: number): ZoomTransform;
  /** The span a transform shows, ms, earliest first. */
  spanOf(transform: ZoomTransform): [number, number];
  /** The base scale now (a new one after a resize), to tell whether a glide's last step still fits it. */
  base(): unknown;
}

/**
 * How the view moves: d3-zoom bound to the chart (its chunk loaded in idle time after the chart is first painted,
 * then bound again to each new chart) and the element's own glides between spans. Moves what it is told; the
 * viewport decides where to.
 */
export class ZoomMotion {
  /** d3-zoom bound to the chart, once its chunk has loaded. */
  zoom?: ZoomBinding;
  private chunk?: typeof import('./zoom-binding.js');
  private loading = false;
  /** The element's own glides, from the zoom's chunk (they move the bound chart). */
  private glide?: Glide;
  private going?: ZoomTransform;

  /** `wait` makes `updateComplete` wait for the zoom's chunk; `loaded` adds its styles and asks for the update that binds it. */
  constructor(
    private readonly view: MotionView,
    private readonly handlers: ZoomHandlers,
    private readonly wait: (work: Promise<unknown>) => void,
    private readonly loaded: (chunk: typeof import('./zoom-binding.js')) => void,
  ) {}

  /** Where the last move went, or a glide under way is going (only `go` sets it). */
  get target(): ZoomTransform | undefined {
    return this.going;
  }

  /** Whether a glide is under way. */
  get gliding(): boolean {
    return !!this.glide?.running;
  }

  /** Whether the zoom is bound to a chart on the page (not in the list view). */
  get bound(): boolean {
    return !!this.zoom?.svg.isConnected;
  }

  /** Binds zoom and touch to the chart (a new element after the list view was shown), loading the chunk first. */
  bind(svg: SVGSVGElement, transform: ZoomTransform): void {
    if (svg === this.zoom?.svg) return;
    if (this.chunk) {
      this.zoom = this.chunk.bindZoom(svg, this.handlers, transform);
      return;
    }
    if (this.loading) return;
    this.loading = true;
    // In the page's first idle period: the first picture does not need the chunk (wheel, drag and pinch do), and
    // fetched, compiled and run between the first frame and the next it held the next back.
    this.wait(
      whenIdle()
        .then(() => import('./zoom-binding.js'))
        .then((chunk) => {
          this.chunk = chunk;
          this.glide = new chunk.Glide();
          this.loaded(chunk);
        }),
    );
  }

  /** A transform kept within the zoom's scale and translate extents of a `width` × `height` chart. */
  constrained(transform: ZoomTransform, width: number, height: number): ZoomTransform {
    const zoom = this.zoom;
    if (!zoom) return transform;
    const [kMin, kMax] = zoom.scaleExtent();
    const k = Math.max(kMin, Math.min(kMax, transform.k));
    const scaled = zoomIdentity.translate(transform.x, transform.y).scale(k);
    return zoom.constrain(scaled, Math.max(width, 1), height);
  }

  /**
   * Moves the bound chart to a transform, at once or gliding there (at once, with reduced motion). The
   * visible window's ends glide in time; the zoom's `end` (and so `mt-rangechange`) waits for the last step.
   */
  go(transform: ZoomTransform, animate: boolean): void {
    const zoom = this.zoom!;
    const glide = this.glide!;
    glide.stop();
    this.going = transform;
    if (!animate || reducedMotion()) return zoom.apply(transform);
    const base = this.view.base();
    glide.start(this.view.visibleMs(), this.view.spanOf(transform), (a, b, last) =>
      // After a resize mid-glide the base scale is new: the last step is worked out again on it.
      zoom.apply(last && this.view.base() === base ? transform : this.view.transformFor(a, b)),
    );
  }

  /** Pans by px along the chart (a sideways wheel), stopping any glide. */
  panBy(x: number, y: number): void {
    this.glide?.stop();
    this.zoom?.translateBy(x, y);
  }

  /** Stops a glide under way (the reader's own gesture takes over, or the element left the page). */
  stop(): void {
    this.glide?.stop();
  }
}
