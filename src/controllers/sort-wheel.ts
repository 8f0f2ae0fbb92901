// The wheel over the chart, sorted: the page's scroll, d3-zoom's zoom, or a pan. Bound with d3-zoom, in its chunk.

/** What the chart does with the wheel: pans on a sideways wheel, and hears of a plain one, which scrolls the page. */
export interface WheelHandlers {
  /** The reader turned the wheel sideways (or held Shift): pan by this many px. */
  pan(px: number): void;
  /** A plain wheel: the page scrolls past the chart (say how to zoom). */
  plain(): void;
}

/**
 * Sorts the wheel over the chart as embedded maps do: a plain wheel scrolls the page; Ctrl or ⌘ + wheel (and a
 * trackpad pinch, which the browser sends with Ctrl) is left to d3-zoom, which zooms; a sideways wheel or
 * Shift + wheel pans. Registered before d3's listener, so a pan never reaches it.
 */
export function sortWheel(svg: SVGSVGElement, handlers: WheelHandlers): void {
  svg.addEventListener(
    'wheel',
    (e: WheelEvent) => {
      if (e.ctrlKey || e.metaKey) return;
      // A line or a page of scrolling, in px.
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const sideways = Math.abs(e.deltaX) > Math.abs(e.deltaY);
      if (sideways || e.shiftKey) {
        e.preventDefault();
        e.stopImmediatePropagation();
        handlers.pan(-(sideways ? e.deltaX : e.deltaY || e.deltaX) * unit);
        return;
      }
      e.stopImmediatePropagation();
      handlers.plain();
    },
    { passive: false },
  );
}
