import { zoom, type ZoomBehavior, type ZoomTransform, type D3ZoomEvent } from 'd3-zoom';

/** What the chart's zoom behaviour reports. */
export interface ZoomHandlers {
  /** The reader began a gesture (wheel, drag, pinch, double-click). */
  gesture(): void;
  /** The transform changed, by a gesture or from code. */
  zoom(transform: ZoomTransform): void;
  /** A zoom ended. */
  end(): void;
}

/** d3-zoom set up for the chart: touch everywhere, no d3 transitions, no zoom on a right or Ctrl+click. */
export function zoomBehaviour(handlers: ZoomHandlers): ZoomBehavior<SVGSVGElement, unknown> {
  return (
    zoom<SVGSVGElement, unknown>()
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
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent) handlers.gesture();
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => handlers.zoom(event.transform))
      .on('end', () => handlers.end())
  );
}

/** Bounds zooming and panning to the chart's `width` × `height` px, zoomed in at most `maxScale` times. */
export function boundZoom(
  behaviour: ZoomBehavior<SVGSVGElement, unknown>,
  width: number,
  height: number,
  maxScale: number,
): void {
  const box: [[number, number], [number, number]] = [
    [0, 0],
    [width, height],
  ];
  behaviour
    .extent(box)
    .translateExtent(box)
    .scaleExtent([1, Math.max(1, maxScale)]);
}
