/**
 * Leaves a one-finger swipe across the time axis to the page (it scrolls) on a chart whose zoom listens for
 * touch: registered before d3's listeners, it stops the touchmoves of such a swipe from reaching them, so
 * d3 never cancels it. `vertical()` says which way time runs.
 */
export function guardCrossAxisSwipes(svg: SVGSVGElement, vertical: () => boolean): void {
  let start: Touch | undefined;
  let crossAxis = false;
  svg.addEventListener('touchstart', (e) => {
    start = e.touches.length === 1 ? e.touches[0] : undefined;
    crossAxis = false;
  });
  svg.addEventListener('touchmove', (e) => {
    if (start && e.touches.length === 1) {
      const dx = Math.abs(e.touches[0].clientX - start.clientX);
      const dy = Math.abs(e.touches[0].clientY - start.clientY);
      crossAxis = vertical() ? dx > dy : dy > dx;
      start = undefined;
    }
    if (crossAxis) e.stopImmediatePropagation();
  });
}
