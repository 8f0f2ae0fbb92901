// The list view: the same events as a plain, readable HTML list (also what is printed beside the chart).
import { html, nothing, type TemplateResult } from 'lit';
import { formatRange } from '../data/format-date.js';
import { placeText } from '../data/format-place.js';
import type { StoryStep, TimelineEvent } from '../types.js';

/** What the list shows. */
export interface ListView {
  events: readonly TimelineEvent[];
  /** The data's own story, when it tells one: its steps in order, before the events. */
  story: readonly StoryStep[];
  /** The event of a step that names one, for its title when the step has none. */
  byId(id: string): TimelineEvent | undefined;
  storyHeading: string;
  selectedId: string | null;
  locale: string;
  /** Outline level of each event's heading. */
  level: number;
  onSelect(event: TimelineEvent): void;
}

export function renderList(view: ListView): TemplateResult {
  const { events, selectedId, locale, level, onSelect, story, byId } = view;
  const title = (step: StoryStep) =>
    step.title ?? (step.event === undefined ? undefined : byId(step.event)?.title) ?? '';
  return html`${
      story.length
        ? html`<section class="story-list">
            <div role="heading" aria-level=${level} class="list-title">${view.storyHeading}</div>
            <ol>
              ${story.map(
                (step) =>
                  html`<li>
                    <strong><bdi>${title(step)}</bdi></strong
                    >: ${step.caption}
                  </li>`,
              )}
            </ol>
          </section>`
        : nothing
    }
    <ol part="list" class="list-view">
      ${events.map(
        (event) =>
          html`<li>
            <div role="heading" aria-level=${level} class="list-title">
              <button
                type="button"
                class="link"
                aria-pressed=${event.id === selectedId ? 'true' : 'false'}
                @click=${() => onSelect(event)}
              >
                <bdi>${event.title}</bdi>
              </button>
            </div>
            <p class="list-meta">
              ${formatRange(event.start, event.end, locale)}${event.place ? html` · <bdi>${placeText(event.place)}</bdi>` : nothing}
            </p>
            ${event.summary ? html`<p>${event.summary}</p>` : nothing}
          </li>`,
      )}
    </ol>`;
}
