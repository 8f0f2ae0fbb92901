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
  const { rows, order, until: bandUntil } = eraRows(eras);
  // Across the axis from its leading edge (right to left mirrors it).
  const at = (ms: number) => (rtl ? axisLength - scale(ms) : scale(ms));
  // Where the last band, and the last name, drawn in the row end: a name never lies over another era's band.
  let bandEnd = 0;
  let nameEnd = 0;
  return order.map((i, k) => {
    const era = eras[i];
    const y = ERA_ROW * rows[i];
    if (k && rows[order[k - 1]] !== rows[i]) bandEnd = nameEnd = 0;
    const next = order[k + 1];
    const a = Math.max(at(era.start.ms), -1);
    const b = Math.min(at(bandUntil[i]), axisLength + 1);
    if (b <= a) return nothing;
    // A band too narrow for its name lends it the strip up to the next era in its row (or the axis' end): a war of
    // four years in a row of its own over a life's eras was a band with no name at 768 px. Short of room there, the
    // name ends at its band's end, back over the strip since the era before ("COVID-19 recession" at the axis' end);
    // else it is cut, if what is left holds a third of it at least ("Edward…" between Henry VIII and Mary I at
    // 1280 px), or left out ("From t…" for the built-in story's first era, cut off by the view's edge, told the
    // reader nothing); the whole name on hover. A name starts 4 px into its band and ends 2 px short of what follows.
    const until =
      next !== undefined && rows[next] === rows[i] ? Math.min(at(eras[next].start.ms), axisLength) : axisLength;
    const width = titleWidth(era.title);
    let start = a + 4;
    let title = era.title;
    if (start + width > until - 2) {
      if (b - 2 - width >= Math.max(bandEnd, nameEnd + 4) + 4) start = b - 2 - width;
      else {
        const cut = fitLabel(era.title, until - a - 6, titleWidth);
        title = cut.length * 3 > era.title.length ? cut : '';
      }
    }
    bandEnd = b;
    if (title) nameEnd = start + titleWidth(title);
    return svg`<g class="era ${i % 2 ? 'odd' : 'even'}" aria-hidden="true"><title>${era.title}</title><rect x=${rtl ? axisLength - b : a} y=${y} width=${b - a} height=${crossSize - y}></rect>${
      title
        ? svg`<text x=${rtl ? axisLength - start : start} text-anchor=${rtl ? 'end' : 'start'} y=${y + 14}>${title}</text>`
        : nothing
    }</g>`;
  });
}
