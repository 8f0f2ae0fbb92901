// Era bands: named stretches of time behind the lanes, alternately shaded. Both layouts draw them.
import { svg, nothing, type TemplateResult } from 'lit';
import type { Era } from '../types.js';

/** Where the bands go across the time axis, and how their titles are shown. */
export interface EraBandsView {
  vertical: boolean;
  rtl: boolean;
  /** Length in px of the time axis: bands are clipped to it. */
  axisLength: number;
  /** Where the bands start across the time axis, px, and how far they reach. */
  crossStart: number;
  crossSize: number;
  /** Where a title's baseline goes (horizontal layout only); without it, bands have no titles. */
  titleAt?: number;
  /** Width in px of a title as drawn, so a title is shown only where its era can hold it. */
  titleWidth?: (title: string) => number;
}

export function renderEras(
  eras: readonly Era[],
  scale: (ms: number) => number,
  view: EraBandsView,
): (TemplateResult | typeof nothing)[] {
  const { vertical, rtl, axisLength, crossStart, crossSize, titleAt, titleWidth } = view;
  return eras.map((era, i) => {
    const [e0, e1] = [scale(era.start.ms), scale(era.end.endMs)].sort((a, b) => a - b);
    const a = Math.max(e0, -1);
    const b = Math.min(e1, axisLength + 1);
    if (b <= a) return nothing;
    const rect = vertical
      ? svg`<rect x=${crossStart} y=${a} width=${crossSize} height=${b - a}></rect>`
      : svg`<rect x=${a} y=${crossStart} width=${b - a} height=${crossSize}></rect>`;
    const title =
      !vertical && titleAt !== undefined && titleWidth && titleWidth(era.title) + 8 < b - a ? era.title : '';
    return svg`<g class="era ${i % 2 ? 'odd' : 'even'}" aria-hidden="true">${rect}${
      title
        ? svg`<text x=${rtl ? b - 4 : a + 4} text-anchor=${rtl ? 'end' : 'start'} y=${titleAt}>${title}</text>`
        : nothing
    }</g>`;
  });
}
