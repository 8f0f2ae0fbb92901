import { LitElement, html, css, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * One event written in HTML inside `<meeting-timeline>`: before the script loads (or if it never does)
 * the page shows it as readable HTML; once defined, the timeline draws it. Its first heading is the
 * title and its paragraphs the summary.
 *
 * @summary A declarative event for `<meeting-timeline>`.
 * @tag timeline-event
 *
 * @slot - The event's content: a heading (the title) and paragraphs (the summary).
 */
export class TimelineEventElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  /** When it began: an ISO 8601 date or date-time (`2022-11-14`, `2023-11-15T11:20-08:00`). */
  @property({ reflect: true }) start?: string;

  /** When it ended, if it lasted (ISO 8601). */
  @property({ reflect: true }) end?: string;

  /** Its kind: `in-person`, `video`, `phone`, `visit`, `incident` or any other word. */
  @property({ reflect: true }) kind?: string;

  /** Where it happened, as a name. */
  @property({ reflect: true }) place?: string;

  /** Its lane, when lanes follow groups. */
  @property({ reflect: true }) group?: string;

  /** The venue's IANA time zone, e.g. `America/Los_Angeles`. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone?: string;

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'timeline-event': TimelineEventElement;
  }
}
