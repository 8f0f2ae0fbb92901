// The list view: the same events as a plain, readable HTML list (also what is printed beside the chart), after
// the story's steps and the eras, which the chart shows only as tinted bands.
import { css, html, nothing, type TemplateResult } from 'lit';
import { directive } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { AsyncDirective } from './crowded-marks.js';
import { idleEach } from '../scheduling/idle-each.js';
import { formatRange } from '../data/format-date.js';
import { placeText } from '../data/format-place.js';
import { eventTime } from '../data/format-venue-time.js';
import type { Era, StoryStep, TimelineEvent } from '../types.js';

/** What the list shows. */
export interface ListView {
  events: readonly TimelineEvent[];
  /** The data's own story, when it tells one: its steps in order, before the events. */
  story: readonly StoryStep[];
  /** The eras, named with their dates. */
  eras: readonly Era[];
  /** The event of a step that names one, for its title when the step has none. */
  byId(id: string): TimelineEvent | undefined;
  storyHeading: string;
  erasHeading: string;
  selectedId: string | null;
  locale: string;
  /** The element's `time-zone`, resolved: the clock of exact times whose venue names none. */
  timeZone: string;
  /** "about 11:20 AM": a time a source gives only roughly. */
  about(time: string): string;
  /** Outline level of each event's heading. */
  level: number;
  /** Every item at once (printing), not the first ones and the rest in idle time. */
  whole: boolean;
  /** The details panel, drawn under the selected item (the element's narrow layout), else false or nothing. */
  details: unknown;
  onSelect(event: TimelineEvent): void;
}

/** Items drawn with the list; the rest follow a block at a time in the page's idle time. */
const FIRST_ITEMS = 500;
const BLOCK = 500;

/**
 * A long list drawn in steps: its first items at once, the rest appended a block at a time when the page is idle
 * (50,000 events took 1.3 s of script and 2.4 s of style and layout before the list appeared). Blocks drawn stay
 * as they are while more are appended.
 */
class ProgressiveItems extends AsyncDirective {
  private events?: readonly TimelineEvent[];
  private item?: (event: TimelineEvent) => TemplateResult;
  private shown = 0;
  private idle?: AbortController;

  render(events: readonly TimelineEvent[], item: (event: TimelineEvent) => TemplateResult, whole: boolean) {
    if (events !== this.events) this.shown = 0;
    this.events = events;
    this.item = item;
    this.shown = whole ? events.length : Math.max(this.shown, Math.min(events.length, FIRST_ITEMS));
    this.more();
    return this.blocks();
  }

  private blocks(): unknown[] {
    const { events = [], item, shown } = this;
    const blocks: unknown[] = [];
    for (let from = 0; from < shown; from += BLOCK) {
      const to = Math.min(shown, from + BLOCK);
      blocks.push(guard([events, item, from, to], () => events.slice(from, to).map((event) => item!(event))));
    }
    return blocks;
  }

  private more(): void {
    if (this.idle || !this.isConnected || this.shown >= (this.events?.length ?? 0)) return;
    const idle = (this.idle = new AbortController());
    idleEach(
      1,
      () => {
        this.idle = undefined;
        this.shown = Math.min(this.events!.length, this.shown + BLOCK);
        this.setValue(this.blocks());
        this.more();
      },
      idle.signal,
    );
  }

  protected override disconnected(): void {
    this.idle?.abort();
    this.idle = undefined;
  }

  protected override reconnected(): void {
    this.more();
  }
}

const progressiveItems = directive(ProgressiveItems);

export function renderList(view: ListView): TemplateResult {
  const { events, selectedId, locale, level, onSelect, story, eras, byId } = view;
  // Beside its date, an event's local time (a conference's sessions all said "Jun 12, 2025" and nothing more).
  const time = (event: TimelineEvent) => {
    const said = eventTime(event, locale, view.timeZone, view);
    return said ? [' · ', said] : nothing;
  };
  // The chart's lanes say an event's group; a list has none. Unless its place just said it: a conference's rooms as
  // groups read "Main hall, Berlin, Germany · Main hall".
  const group = ({ group, place }: TimelineEvent) =>
    group && !(place && [place.name, place.city, place.country].includes(group))
      ? [' · ', html`<bdi>${group}</bdi>`]
      : nothing;
  const title = (step: StoryStep) =>
    step.title ?? (step.event === undefined ? undefined : byId(step.event)?.title) ?? '';
  /** A titled list of named items before the events: the story's steps, the eras. */
  const section = (kind: string, heading: string, items: [string, string][]) =>
    items.length
      ? html`<section class="${kind}-list">
          <div role="heading" aria-level=${level} class="list-title">${heading}</div>
          <ol>
            ${items.map(
              ([name, text]) =>
                html`<li dir="auto">
                  <strong><bdi>${name}</bdi></strong
                  >: ${text}
                </li>`,
            )}
          </ol>
        </section>`
      : nothing;
  return html`${section(
      'story',
      view.storyHeading,
      story.map((step) => [title(step), step.caption]),
    )}${section(
      'era',
      view.erasHeading,
      eras.map((era) => [era.title, formatRange(era.start, era.end, locale)]),
    )}
    <ol part="list" class="list-view">
      ${progressiveItems(
        events,
        (event) =>
          html`<li>
            <div role="heading" aria-level=${level} class="list-title">
              <button
                type="button"
                class="link"
                data-id=${event.id}
                aria-pressed=${event.id === selectedId ? 'true' : 'false'}
                @click=${() => onSelect(event)}
              >
                <bdi>${event.title}</bdi>
              </button>
            </div>
            <p class="list-meta">
              ${formatRange(event.start, event.end, locale)}${time(event)}${
                // The separator is a string: the build's template minifier trims a template's leading space.
                event.place ? [' · ', html`<bdi>${placeText(event.place)}</bdi>`] : nothing
              }${group(event)}
            </p>
            ${event.summary ? html`<p dir="auto">${event.summary}</p>` : nothing}
            ${(event.id === selectedId && view.details) || nothing}
          </li>`,
        view.whole,
      )}
    </ol>`;
}

/** The list view's styles, adopted when its chunk loads. */
export const listStyles = css`
  /* Printed: the chart as it stands and the list of every event; nothing to press. Here, with the printed list: the
     chunk is loaded in the first idle time after the first data are drawn. */
  @media print {
    [part='controls'],
    [part='details'] {
      display: none;
    }
    .viewport {
      overflow: visible;
    }
    svg {
      break-inside: avoid;
    }
    [part~='event'] .ring {
      display: none;
    }
  }
  /* The list has nothing to zoom: its zoom controls go while it shows (the toggle, at the row's end, stays put). */
  :host([list-view]) :is(.zoom-in, .zoom-out, .fit) {
    display: none;
  }
  /* Its toggle, pressed (here: it is pressed only once this chunk has drawn the list). */
  :host([list-view]) .list-toggle {
    background: var(--_text);
    color: var(--_bg);
  }
  /* The details panel, opened under its item (narrow): framed, as a part of the list that opened. */
  .list-view [part='details'] {
    margin: 0.5rem 0 1rem;
    border: 1px solid var(--_lane);
    border-radius: 4px;
  }
  /* There it does not say again what its item just said: the title (still the panel's name to a screen reader), the
     date, local time and place, and the summary as plain text (a rich description stays). The title's rule is the
     element's .visually-hidden, copied here: named beside it in the core's styles it cost 15 of the core's last bytes. */
  .list-view [part='details'] h3 {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .list-view
    [part='details']
    :is(p.summary, dd:is(.date, .local-time, .place), dt:has(+ :is(.date, .local-time, .place))) {
    display: none;
  }
  /* Inset as the header is; a long title or word wraps within the element. */
  .list-view,
  .story-list,
  .era-list {
    margin: 0;
    padding: 0.25rem 1rem 0;
    overflow-wrap: anywhere;
  }
  .list-view {
    padding-block-end: 1rem;
    padding-inline-start: 2.25rem;
  }
  .story-list ol,
  .era-list ol {
    padding-inline-start: 1.25rem;
  }
  .list-view li {
    margin: 0.5rem 0;
  }
  /* On screen, items out of the window are not laid out (50,000 events took 6 s of layout and paint); printed,
     every one is. */
  @media screen {
    .list-view li {
      content-visibility: auto;
      contain-intrinsic-size: auto 3rem;
    }
  }
  .list-view p {
    margin: 0.125rem 0;
  }
  .list-meta {
    color: var(--_muted);
  }
  .list-title {
    font-weight: 700;
  }
  button.link {
    white-space: normal;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    color: var(--_text);
  }
`;
