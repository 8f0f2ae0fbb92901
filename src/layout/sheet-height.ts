// How tall the phone's details sheet is for where the chart's top is in the window: the stylesheet's
// scroll-driven rule (`animation-range: entry`, `ease-in`, from 4.5rem to half the window) in numbers, for a
// browser that cannot tie an animation to scrolling.

/** Where the chart is, as the window sees it (px from the window's top, and its height). */
export interface ChartBox {
  top: number;
  height: number;
}

/** CSS's `ease-in` (cubic-bezier(0.42, 0, 1, 1)) at `x` in [0, 1], to well under a pixel of a sheet's height. */
export function easeIn(x: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  // Solve the curve's x(t) = x for t by bisection: it rises monotonically from 0 to 1.
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 24; i++) {
    const t = (lo + hi) / 2;
    const u = 1 - t;
    if (3 * u * u * t * 0.42 + 3 * u * t * t + t * t * t < x) lo = t;
    else hi = t;
  }
  const t = (lo + hi) / 2;
  return 3 * (1 - t) * t * t + t * t * t;
}

/**
 * The sheet's height, px: `least` with the chart's top at the window's foot or below it, `full` once the chart has
 * come in (its top at the window's top, or all of a chart shorter than the window in it), eased in between, so the
 * sheet covers less of the chart while little of it is in view.
 */
export function sheetHeight(chart: ChartBox, windowHeight: number, least: number, full: number): number {
  const entered = (windowHeight - chart.top) / Math.max(Math.min(windowHeight, chart.height), 1);
  const progress = Math.min(Math.max(entered, 0), 1);
  return least + (Math.max(full, least) - least) * easeIn(progress);
}
