// The story's caption and its controls, under the chart: where the reader is ("Step 4 of 12"), the step's
// heading and caption, Previous and Next, Explore (leave the story) and, with autoplay, Pause or Play.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { TimelineStrings } from '../i18n/strings.js';
import type { StoryController } from './story-controller.js';

export function renderStoryPanel(
  story: StoryController,
  t: TimelineStrings,
  numbers: Intl.NumberFormat,
  autoplay: boolean,
): TemplateResult | typeof nothing {
  const steps = story.steps;
  const step = steps[story.index];
  if (!step) return nothing;
  const where = t.step(numbers.format(story.index + 1), numbers.format(steps.length));
  return html`<section part="story" class="story" aria-label=${t.tellStory}>
    <p class="where">${where}</p>
    <h3 class="step-title"><bdi>${step.title}</bdi></h3>
    ${step.caption ? html`<p class="caption" dir="auto">${step.caption}</p>` : nothing}
    <div class="story-controls">
      <button
        type="button"
        class="story-previous"
        aria-disabled=${!story.index}
        @click=${() => story.index && story.previous()}
      >
        <span class="arrow" aria-hidden="true">←</span> ${t.previous}
      </button>
      <button
        type="button"
        class="story-next"
        aria-disabled=${story.index >= steps.length - 1}
        @click=${() => story.index < steps.length - 1 && story.next()}
      >
        ${t.next} <span class="arrow" aria-hidden="true">→</span>
      </button>
      ${
        autoplay
          ? html`<button
              type="button"
              class="story-pause"
              aria-pressed=${story.paused ? 'true' : 'false'}
              @click=${() => story.togglePause()}
            >
              ${story.paused ? t.play : t.pause}
            </button>`
          : nothing
      }
      <button type="button" class="story-explore" @click=${() => story.leave()}>${t.explore}</button>
    </div>
  </section>`;
}

/** The panel's styles, adopted into the element's shadow root when the chunk loads. */
export const storyStyles = css`
  /* Previous and Next point outward, right to left too: arrows are not mirrored by the text's direction. */
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    scale: -1 1;
  }
  /* The caption and its Previous and Next stay at the window's foot while the chart runs on under them (a chart
     taller than the window: a long step on a phone, held either way), and sit in their place under the chart once
     its end is in view. Half the window at most, scrolling within, Previous and Next kept at its foot. */
  .story {
    position: sticky;
    inset-block-end: 0;
    z-index: 2;
    max-block-size: 50vh;
    overflow-y: auto;
    margin: 0;
    padding: 0.75rem 1rem 1rem;
    overflow-wrap: anywhere;
    border-block-start: 3px solid var(--_focus);
    background: var(--_surface);
  }
  .story .where {
    margin: 0;
    color: var(--_muted);
    font-size: 0.85rem;
    font-weight: 600;
  }
  .story .step-title {
    margin: 0.125rem 0 0.25rem;
    font-size: 1.05rem;
    line-height: 1.3;
  }
  .story .caption {
    margin: 0 0 0.5rem;
    max-width: 70ch;
  }
  .story-controls {
    position: sticky;
    inset-block-end: -1rem;
    padding-block-end: 1rem;
    margin-block-end: -1rem;
    background: var(--_surface);
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .story-explore {
    margin-inline-start: auto;
  }
  /* Printed in its place, whole (its steps are in the printed list too). */
  @media print {
    .story,
    .story-controls {
      position: static;
      max-block-size: none;
      overflow: visible;
    }
  }
`;
