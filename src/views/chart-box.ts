// The chart's svg in its box, across and down a phone. DOM-free: a template.
import { html, type TemplateResult } from 'lit';
import { cssHeight } from './css-height.js';

/**
 * The chart's svg, `width` px wide and `canvas` px tall (at least `height`), in a box of the chart's `height` that
 * clips the room below: the svg keeps room to grow into, as resizing it lays out every label in it again (see
 * LayoutController.canvasHeight). What runs past the sides is clipped by the svg's own viewport.
 */
export function chartBox(
  width: number,
  height: number,
  canvas: number | undefined,
  content: TemplateResult,
): TemplateResult {
  const tall = Math.max(height, canvas ?? height);
  return html`<div class="plot" ${cssHeight(tall > height ? height : undefined)}>
    <svg part="chart" width=${width} height=${tall} viewBox="0 0 ${width} ${tall}">${content}</svg>
  </div>`;
}
