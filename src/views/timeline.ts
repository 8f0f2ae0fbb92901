// The element's whole picture: the frame around header, toolbar, chart (or list), story, legend and
// details, and the live region. Each part is drawn by its own view; this one only places them.
import { html, nothing, type TemplateResult } from 'lit';
import { renderHeader, renderNotice, type HeaderView, type NoticeView } from './header.js';
import { renderControls, type ControlsView } from './controls.js';

type Part = TemplateResult | typeof nothing;

/** What the frame holds. */
export interface TimelineView {
  layout: 'horizontal' | 'vertical';
  /** Until the first data arrive, the frame keeps the room they will take. */
  reserving: boolean;
  busy: boolean;
  /** The region's name: the data's title, else "Timeline". */
  label: string;
  header: HeaderView;
  notice: NoticeView;
  controls: ControlsView;
  /** Whether the details panel sits beside the chart (wide) or below it, and whether it is open. */
  detailsBeside: boolean;
  withDetails: boolean;
  /** The chart or the list, the story panel and the legend, in one column. */
  column: Part[];
  details: Part;
  /** The wheel hint, while it shows. */
  hint?: string;
  /** What the live region says. */
  announcement: string;
  onKeyDown(e: KeyboardEvent): void;
}

export function renderTimeline(view: TimelineView): TemplateResult {
  // Until the first data arrive, only the room and the notice: the rest would be drawn empty, laid out, then
  // drawn again with the events (the built-in story's chunk arrives while that first frame is being made). The
  // frame and its live regions stay, so what they say next is announced.
  const shown = !view.reserving;
  return html`
    <div class="width-probe" aria-hidden="true"><div class="details-probe"></div></div>
    <div
      class="frame ${view.layout} ${view.reserving ? 'reserving' : ''}"
      role="region"
      aria-label=${view.label}
      aria-busy=${view.busy ? 'true' : 'false'}
      @keydown=${view.onKeyDown}
    >
      ${shown ? renderHeader(view.header) : nothing}
      <div class="toolbar">
        <div part="notice" role="status" aria-live="polite">${renderNotice(view.notice)}</div>
        ${shown ? renderControls(view.controls) : nothing}
      </div>
      ${
        shown
          ? html`<div
              class="viewport ${view.detailsBeside ? 'beside' : 'below'} ${view.withDetails ? 'with-details' : ''}"
            >
              <div class="chart-column">${view.column}</div>
              ${view.details} ${view.hint ? html`<div class="hint" aria-hidden="true">${view.hint}</div>` : nothing}
            </div>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${view.announcement}</div>
    </div>
  `;
}
