// d3-zoom bound to the chart, a chunk of its own: the first picture needs no zoom, so the embed draws
// before d3-zoom, d3-selection and d3-drag have even loaded, and binds them a moment later.
import { css } from 'lit';
import { zoom, type ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { select } from 'd3-selection';
import { guardVerticalSwipes } from './touch-guard.js';
import { sortWheel, type WheelHandlers } from './sort-wheel.js';
import { wheelZoomDelta } from '../layout/wheel-zoom.js';

export { WheelHint } from './wheel.js';
// Glides move the bound chart, so they come with it: the core never glides before this chunk has loaded.
export { Glide } from './glide.js';
// A lane's "2 earlier" glides the view out to them: it is drawn once glides can run.
export * as cues from '../views/lane-cues.js';
import { laneCueStyles } from '../views/lane-cues.js';

/** The styles of what this chunk draws: the lanes' cues, and the hint a plain wheel over the chart shows once (see `WheelHint`). */
export const hintStyles = css`
  ${laneCueStyles}
  .hint {
    position: absolute;
    inset-block-start: 40%;
    inset-inline: 0;
    margin: 0 auto;
    width: max-content;
    max-width: 90%;
    padding: 0.5rem 0.875rem;
    border-radius: 6px;
    background: rgb(0 0 0 / 0.72);
    color: #fff;
    font-weight: 600;
    pointer-events: none;
  }
`;

/** What the chart's zoom reports. */
export interface ZoomHandlers extends WheelHandlers {
  /** The reader began a gesture (Ctrl + wheel, drag, pinch, double-click). */
  gesture(): void;
  /** The transform changed, by a gesture or from code. */
  zoom(transform: ZoomTransform): void;
  /** A zoom ended. */
  end(): void;
}

/** The zoom of one chart. */
export interface ZoomBinding {
  readonly svg: SVGSVGElement;
  /** Moves the chart to a transform (the zoom reports it as from code). */
  apply(transform: ZoomTransform): void;
  /** Pans by px, within the bounds. */
  translateBy(x: number, y: number): void;
  /** Bounds zooming and panning to the chart's `width` × `height` px, zoomed in at most `maxScale` times. */
  bound(width: number, height: number, maxScale: number): void;
  scaleExtent(): [number, number];
  /** A transform kept within the scale and translate extents of a `width` × `height` chart. */
  constrain(transform: ZoomTransform, width: number, height: number): ZoomTransform;
}

/**
 * Binds d3-zoom to a chart: touch everywhere, no d3 transitions, no zoom on a right or Ctrl+click, the wheel
 * sorted as embedded maps do (see wheel.ts), a vertical swipe left to the page (see touch-guard.ts). The guard
 * and the wheel's sorting are registered first, so d3 never sees what they keep from it.
 */
export function bindZoom(svg: SVGSVGElement, handlers: ZoomHandlers, transform: ZoomTransform): ZoomBinding {
  guardVerticalSwipes(svg);
  sortWheel(svg, handlers);
  const behaviour = zoom<SVGSVGElement, unknown>()
    // Listen for touch wherever touch events arrive, not only where the device reports touch points (d3's
    // default): hybrid laptops and emulated touch report none. CSS touch-action leaves vertical swipes to the page.
    .touchable(() => true)
    // No d3 transitions (a double-click zooms at once): the element animates its own zooms, and the embed
    // carries no d3-transition (see src/shims/d3-transition.ts).
    .duration(0)
    // The wheel zooms only with Ctrl or ⌘ (a trackpad pinch comes with Ctrl): a plain wheel scrolls the page.
    .filter((event: Event) => {
      const e = event as MouseEvent;
      return e.type === 'wheel' ? e.ctrlKey || e.metaKey : !e.ctrlKey && !e.button;
    })
    // A pinch follows the fingers as in d3; a mouse notch zooms 1.5×, not d3's 4× (see wheel-zoom.ts).
    .wheelDelta((event: WheelEvent) => wheelZoomDelta(event.deltaY, event.deltaMode))
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent) handlers.gesture();
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // The closed hand once a mouse drag moves, not on the press (svg:active): the cursor is inherited, so changing
      // it restyles every element of the chart (3 ms at 500 events), which every click on a mark paid twice.
      // Written once a drag: each move after reads it set.
      if (!svg.style.cursor && (event.sourceEvent as Event | null)?.type === 'mousemove') svg.style.cursor = 'grabbing';
      handlers.zoom(event.transform);
    })
    .on('end', () => {
      if (svg.style.cursor) svg.style.cursor = '';
      handlers.end();
    });
  const selection = select(svg);
  selection.call(behaviour).property('__zoom', transform);
  const box = (width: number, height: number): [[number, number], [number, number]] => [
    [0, 0],
    [width, height],
  ];
  return {
    svg,
    apply: (next) => void selection.call(behaviour.transform, next),
    translateBy: (x, y) => void behaviour.translateBy(selection, x, y),
    bound(width, height, maxScale) {
      behaviour
        .extent(box(width, height))
        .translateExtent(box(width, height))
        .scaleExtent([1, Math.max(1, maxScale)]);
    },
    scaleExtent: () => behaviour.scaleExtent(),
    constrain: (next, width, height) => behaviour.constrain()(next, box(width, height), behaviour.translateExtent()),
  };
}
