// The legend: each kind of event in the data, its mark and its name, so shapes and colours are explained
// on every width (the vertical layout has no lane names).
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { KindStyle } from '../model/kinds.js';
import type { TimelineStrings } from '../i18n/strings.js';

/** The kinds in the data and their names; no legend for a single kind. */
export function renderLegend(
  kinds: ReadonlyMap<string, KindStyle>,
  t: TimelineStrings,
): TemplateResult | typeof nothing {
  if (kinds.size < 2) return nothing;
  return html`<ul part="legend" class="legend" aria-label=${t.legend}>
    ${[...kinds.values()].map(
      ({ kind, style, path }) =>
        html`<li>
          <svg class="k-${style}" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
            ${svg`<path class="mark" d=${path}></path>`}
          </svg>
          ${kindName(kind, t)}
        </li>`,
    )}
  </ul>`;
}

/** A kind's name: the interface's word for a built-in kind, else the kind as the data spells it. */
export function kindName(kind: string, t: TimelineStrings): string {
  // Own keys only: a kind named `constructor` is named as written.
  return Object.hasOwn(t.lanes, kind) ? t.lanes[kind] : kind === 'event' || !kind ? t.other : kind;
}
