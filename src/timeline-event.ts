import { LitElement, html, css, type PropertyDeclarations, type TemplateResult } from 'lit';

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

  // Lit's static declaration rather than decorators (see MeetingTimeline.properties).
  static override properties: PropertyDeclarations = {
    start: { reflect: true },
    end: { reflect: true },
    kind: { reflect: true },
    place: { reflect: true },
    group: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
  };

  /** When it began: an ISO 8601 date or date-time (`2022-11-14`, `2023-11-15T11:20-08:00`). */
  start?: string;

  /** When it ended, if it lasted (ISO 8601). */
  end?: string;

  /** Its kind: `in-person`, `video`, `phone`, `visit`, `incident` or any other word. */
  kind?: string;

  /** Where it happened, as a name. */
  place?: string;

  /** Its lane, when lanes follow groups. */
  group?: string;

  /** The venue's IANA time zone, e.g. `America/Los_Angeles`. */
  timeZone?: string;

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'timeline-event': TimelineEventElement;
  }
}
