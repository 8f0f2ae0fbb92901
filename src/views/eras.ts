// Era bands across the horizontal chart: named stretches of time behind the lanes, alternately shaded, their
// names in a strip above the lanes. (The vertical chart heads each band with its name on a row of its own.)
import { svg, nothing, type TemplateResult } from 'lit';
import { fitLabel } from '../layout/label-lines.js';
import type { Era } from '../types.js';

/** Where the bands go across the time axis, and how their titles are shown. */
export interface EraBandsView {
  rtl: boolean;
  /** Length in px of the time axis: bands are clipped to it. */
  axisLength: number;
  /** How far down the bands reach, px. */
  crossSize: number;
  /** Where a title's baseline goes. */
  titleAt: number;
  /** Width in px of a title as drawn, so a title is cut to what its era can hold. */
  titleWidth: (title: string) => number;
}

export function renderEras(
  eras: readonly Era[],
  scale: (ms: number) => number,
  view: EraBandsView,
): (TemplateResult | typeof nothing)[] {
  const { rtl, axisLength, crossSize, titleAt, titleWidth } = view;
  return eras.map((era, i) => {
    const [e0, e1] = [scale(era.start.ms), scale(era.end.endMs)].sort((a, b) => a - b);
    const a = Math.max(e0, -1);
    const b = Math.min(e1, axisLength + 1);
    if (b <= a) return nothing;
    // A band too narrow for its name shows as much as keeps five letters ("Edward…" for Edward VI's six years at
    // 1280 px), and the whole name on hover. A name ends 2 px short of its band: the next begins 4 px into its own.
    const cut = fitLabel(era.title, b - a - 6, titleWidth);
    const title = cut === era.title || cut.length > 5 ? cut : '';
    return svg`<g class="era ${i % 2 ? 'odd' : 'even'}" aria-hidden="true"><title>${era.title}</title><rect x=${a} width=${b - a} height=${crossSize}></rect>${
      title
        ? svg`<text x=${rtl ? b - 4 : a + 4} text-anchor=${rtl ? 'end' : 'start'} y=${titleAt}>${title}</text>`
        : nothing
    }</g>`;
  });
}
