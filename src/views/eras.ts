// Era bands across the horizontal chart: named stretches of time behind the lanes, alternately shaded, their
// names in a strip above the lanes. (The vertical chart heads each band with its name on a row of its own.)
import { svg, nothing, type TemplateResult } from 'lit';
import { fitLabel } from '../layout/label-lines.js';
import { ERA_ROW, eraRows } from '../layout/era-rows.js';
import type { Era } from '../types.js';

/** Where the bands go across the time axis, and how their titles are shown. */
export interface EraBandsView {
  rtl: boolean;
  /** Length in px of the time axis: bands are clipped to it. */
  axisLength: number;
  /** How far down the bands reach, px. */
  crossSize: number;
  /** Width in px of a title as drawn, so a title is cut to what its era can hold. */
  titleWidth: (title: string) => number;
}

/**
 * The eras' bands, each era in its row (see `eraRows`): a row's bands start a row lower and are drawn over the rows
 * above, so an era overlapped by a later one keeps the top of its band, and its name, along its whole extent.
 */
export function renderEras(
  eras: readonly Era[],
  scale: (ms: number) => number,
  view: EraBandsView,
): (TemplateResult | typeof nothing)[] {
  const { rtl, axisLength, crossSize, titleWidth } = view;
  const { rows, order } = eraRows(eras);
  return order.map((i, k) => {
    const era = eras[i];
    const y = ERA_ROW * rows[i];
    const [e0, e1] = [scale(era.start.ms), scale(era.end.endMs)].sort((a, b) => a - b);
    const a = Math.max(e0, -1);
    const b = Math.min(e1, axisLength + 1);
    if (b <= a) return nothing;
    // A name may run on past its band up to the next era in its row (or the axis' end): a war of four years in a
    // row of its own over a life's eras was a band with no name at 768 px. Where the next era follows at once, a
    // band too narrow for its name shows as much as keeps five letters ("Edward…" for Edward VI's six years at
    // 1280 px), and the whole name on hover. A name ends 2 px short of that: the next begins 4 px into its own.
    const next = order[k + 1];
    const until = next !== undefined && rows[next] === rows[i] ? scale(eras[next].start.ms) : rtl ? 0 : axisLength;
    const cut = fitLabel(era.title, (rtl ? b - Math.max(until, 0) : Math.min(until, axisLength) - a) - 6, titleWidth);
    const title = cut === era.title || cut.length > 5 ? cut : '';
    return svg`<g class="era ${i % 2 ? 'odd' : 'even'}" aria-hidden="true"><title>${era.title}</title><rect x=${a} y=${y} width=${b - a} height=${crossSize - y}></rect>${
      title
        ? svg`<text x=${rtl ? b - 4 : a + 4} text-anchor=${rtl ? 'end' : 'start'} y=${y + 14}>${title}</text>`
        : nothing
    }</g>`;
  });
}
