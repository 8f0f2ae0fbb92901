/**
 * Leaves a one-finger vertical swipe to the page (it scrolls, in either layout: the vertical one grows with
 * the page) on a chart whose zoom listens for touch: registered before d3's listeners, it stops the
 * touchmoves of such a swipe from reaching them, so d3 never cancels it. Sideways swipes pan, two fingers zoom.
 */
export function guardVerticalSwipes(svg: SVGSVGElement): void {
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
      crossAxis = dy > dx;
      start = undefined;
    }
    if (crossAxis) e.stopImmediatePropagation();
  });
}
