// The details panel of the selected event, loaded as a chunk on the first selection: a page whose readers
// never open one doesn't pay for it. The element passes in what the panel shows and the actions it offers.
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatRange } from '../data/format-date.js';
import { eventTime } from '../data/format-venue-time.js';
import { placeText } from '../data/format-place.js';
import { reducedMotion } from '../controllers/reduced-motion.js';
import { kindName } from './legend.js';
import { sheetFollow } from './sheet-follow.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { TimelineEvent } from '../types.js';

/** An event's HTML and media, made safe by the sanitiser. */
export interface RichContent {
  id: string;
  html?: DocumentFragment | string;
  image?: string;
  link?: string;
}

/** What the panel shows, and the element's actions behind its buttons. */
export interface DetailsContext {
  event: TimelineEvent;
  strings: TimelineStrings;
  locale: string;
  /** The element's `time-zone`: the clock an exact time is told on when its venue names no zone. */
  timeZone: string;
  rich?: RichContent;
  hasPrevious: boolean;
  hasNext: boolean;
  onClose: () => void;
  /** Walks to the event before or after; without it (in story mode, whose panel walks the story) no buttons. */
  onStep?: (direction: 1 | -1) => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

const IMAGE = /\.(?:png|jpe?g|gif|webp|avif|svg)(?:[?#]|$)/i;

/** Sanitises the event's HTML and media URLs (the sanitiser is a chunk of its own); undefined when it has neither. */
export async function loadRich(event: TimelineEvent): Promise<RichContent | undefined> {
  if (!event.html && !event.media) return undefined;
  const { sanitizeHTML, safeURL } = await import('../formats/sanitize.js');
  const media = event.media;
  const url = safeURL(media?.url);
  return {
    id: event.id,
    html: event.html ? sanitizeHTML(event.html) : undefined,
    image: url && IMAGE.test(url) ? url : safeURL(media?.thumbnail),
    link: url && !IMAGE.test(url) ? url : safeURL(media?.link),
  };
}

export function renderDetails(ctx: DetailsContext): TemplateResult {
  const { event, strings: t, locale, rich, onStep } = ctx;
  const venueTime = eventTime(event, locale, ctx.timeZone, t);
  const place = event.place ? placeText(event.place) : '';
  // The lane the chart draws it in, said above the title: its group, else its kind's name (a shape alone does
  // not say "Phone"), so the panel read on its own, below the chart at phone width, says what the lane said.
  const lane = event.group ?? (event.kind === 'event' ? '' : kindName(event.kind, t));
  // In a slot as tall as the row: beside a tall chart the panel, as tall as its content, sticks in the window
  // within it, and at the chart's end only goes up once the chart's end reaches its bottom.
  return html`<div class="details-slot">
    <aside part="details" aria-labelledby="details-title" @keydown=${ctx.onKeyDown} ${sheetFollow()}>
      <button type="button" class="close" aria-label=${t.close} title=${t.close} @click=${ctx.onClose}>×</button>
      ${lane ? html`<p class="lane"><bdi>${lane}</bdi></p>` : nothing}
      <h3 id="details-title" tabindex="-1"><bdi>${event.title}</bdi></h3>
      <dl>
        <dt>${t.date}</dt>
        <dd class="date">${event.displayDate ?? formatRange(event.start, event.end, locale)}</dd>
        ${
          venueTime
            ? html`<dt>${t.localTime}</dt>
                <dd class="local-time">${venueTime}</dd>`
            : nothing
        }
        ${
          place
            ? html`<dt>${t.place}</dt>
                <dd class="place" dir="auto">${place}</dd>`
            : nothing
        }
        ${
          event.participants.length
            ? html`<dt>${t.participants}</dt>
                <dd class="participants" dir="auto">${event.participants.join(', ')}</dd>`
            : nothing
        }
      </dl>
      ${renderMedia(event, rich)}
      ${
        rich?.html
          ? html`<div class="summary rich" dir="auto">
              ${typeof rich.html === 'string' ? rich.html : rich.html.cloneNode(true)}
            </div>`
          : event.summary
            ? html`<p class="summary" dir="auto">${event.summary}</p>`
            : nothing
      }
      ${
        event.outcomes.length
          ? html`<h4>${t.outcomes}</h4>
              <ul class="outcomes">
                ${event.outcomes.map((o) => html`<li dir="auto">${o}</li>`)}
              </ul>`
          : nothing
      }
      ${
        event.sources.length
          ? html`<h4>${t.sources}</h4>
              <ul class="sources">
                ${event.sources.map(
                  (s) =>
                    html`<li dir="auto">
                      <a href=${s.href} target="_blank" rel="noopener noreferrer">${s.label ?? s.href}</a>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        onStep
          ? html`<div class="walk">
              <button
                type="button"
                class="previous"
                aria-disabled=${!ctx.hasPrevious}
                @click=${() => ctx.hasPrevious && onStep(-1)}
              >
                <span class="arrow" aria-hidden="true">←</span> ${t.previous}
              </button>
              <button type="button" class="next" aria-disabled=${!ctx.hasNext} @click=${() => ctx.hasNext && onStep(1)}>
                ${t.next} <span class="arrow" aria-hidden="true">→</span>
              </button>
            </div>`
          : nothing
      }
    </aside>
  </div>`;
}

/** An image (with its alt text, caption and credit) or a link; nothing from data loads until the panel opens. */
function renderMedia(event: TimelineEvent, rich: RichContent | undefined): TemplateResult | typeof nothing {
  const media = event.media;
  if (!rich || !media || (!rich.image && !rich.link)) return nothing;
  const caption = [media.caption, media.credit].filter(Boolean).join(' — ');
  return html`<figure part="media" class="media">
    ${rich.image ? html`<img src=${rich.image} alt=${media.alt ?? media.caption ?? ''} loading="lazy" />` : nothing}
    ${
      rich.link
        ? html`<a href=${rich.link} target="_blank" rel="noopener noreferrer">${media.caption || rich.link}</a>`
        : nothing
    }
    ${caption && rich.image ? html`<figcaption>${caption}</figcaption>` : nothing}
  </figure>`;
}

/**
 * Brings the panel into view when it opened out of sight, below a chart taller than the window: a click that
 * seems to do nothing tells no story. Down a phone, or under the chart in a short window, the panel is a sheet at the
 * window's foot, already in view: the chosen mark is brought into the window above it instead (its scroll margin is
 * the sheet's height). Whether the panel is drawn yet.
 */
export function showPanel(root: ParentNode): boolean {
  const panel = root.querySelector('[part="details"]');
  if (!panel) return false;
  // A panel that scrolls within (a sheet, or beside the chart) opens each new choice at its top, not scrolled to
  // where the last one was read to (its Next button).
  panel.scrollTop = 0;
  const behavior = reducedMotion() ? 'auto' : 'smooth';
  const { top, bottom } = panel.getBoundingClientRect();
  const mark = root.querySelector<SVGElement | HTMLElement>('[data-id][aria-pressed="true"]');
  const at = mark?.getBoundingClientRect();
  const style = getComputedStyle(panel);
  // A sheet's one condition (see the styles); without :has(), never set.
  if (style.getPropertyValue('--_sheet')) {
    // Centred in the room above the sheet, where it was out of the window, under the sheet or at its edge: the
    // sheet as tall as it may grow, as an event's HTML or image arrives after this.
    const room = Math.min(top, innerHeight - parseFloat(style.maxHeight));
    if (at && (at.top < 0 || at.bottom > room - 24)) mark!.scrollIntoView({ block: 'center', behavior });
  } else if (top > innerHeight - 48) {
    // Below the window: as far up as shows the whole panel, or less where that keeps the chosen mark in the window
    // (24 px from its top) and still shows the panel's first 120 px; the whole way left the mark far above it.
    const by = Math.min(bottom - innerHeight, top, (at?.top ?? 0) - 24);
    if (mark && at && by > 0 && by >= top - innerHeight + 120) {
      mark.style.scrollMarginTop = `${at.top - by}px`;
      mark.scrollIntoView({ block: 'start', behavior });
      // Once the scroll has run: the node may draw another event's mark later.
      setTimeout(() => (mark.style.scrollMarginTop = ''), 1000);
    } else panel.scrollIntoView({ block: 'nearest', behavior });
  } else if (bottom < 48) panel.scrollIntoView({ block: 'nearest', behavior });
  return true;
}

/** The panel's styles, adopted into the element's shadow root when the chunk loads. */
export const detailsStyles = css`
  /* Previous and Next point outward, right to left too: arrows are not mirrored by the text's direction. */
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    scale: -1 1;
  }
  [part='details'] {
    position: relative;
    overflow: auto;
    padding: 0.75rem 1rem 1rem;
    background: var(--_bg);
    /* A URL (a media link's text, a source) or a long word breaks rather than running past a phone's edge. */
    overflow-wrap: anywhere;
  }
  /* Beside the chart: a slot as tall as the chart (the panel's size does not count), and in it the panel, as tall
     as its content but no taller than the slot or the window, scrolling within; it stays in the window while the
     page scrolls past a tall chart, and goes up with the chart's end only once that reaches the panel's bottom
     (a panel as tall as the window went up with its top, and a short one's content left the window first). */
  .beside .details-slot {
    contain: size;
    height: 100%;
    border-inline-start: 1px solid var(--_lane);
  }
  .beside [part='details'] {
    position: sticky;
    top: 0;
    max-height: min(100%, 100vh);
  }
  @media print {
    .details-slot {
      display: none;
    }
  }
  .below [part='details'] {
    border-block-start: 1px solid var(--_lane);
  }
  /* A sheet at the window's foot, down a phone, and under a horizontal chart in a window too short to show a mark
     and the panel under the chart at once (a phone held sideways: a tap on Bali scrolled its mark 730 px above the
     window). Sticky in the chart's box, it sits at the window's foot while the chart runs on below the window, and in
     its place under the chart once the chart's end is reached. It covers no more than half the window, and the chosen
     mark, or one walked to, is brought into the window above it (its scroll margin is the sheet's height): the page
     glided down to the panel under the chart, leaving the mark hundreds of pixels above the window. Not in story
     mode, whose panel under the chart it would cover, nor under a list's item, where it opens inline.
     The two rules that set --_sheet are its only condition: where it is not set (and in a browser without :has()),
     each value below that reads it is invalid, so its property has its initial value (no inset: a sticky box that
     never sticks; no maximum height, shadow or scroll margin). */
  .vertical .below:not(:has(.story)):has(> .details-slot) {
    --_sheet: 50vh;
  }
  @media (max-height: 30rem) {
    .below:not(:has(.story)):has(> .details-slot) {
      --_sheet: 50vh;
    }
  }
  .below > .details-slot {
    position: sticky;
    bottom: calc(0 * var(--_sheet));
    z-index: 1;
  }
  .below > .details-slot > [part='details'] {
    max-height: var(--_sheet);
    box-shadow: 0 calc(0 * var(--_sheet) - 0.25rem) 0.75rem rgb(0 0 0 / 0.2);
  }
  .below .chart-column [data-id] {
    scroll-margin-block-end: calc(var(--_sheet) + 1rem);
  }
  /* Where the browser ties animation to scrolling: as the chart's top comes down the window (the page scrolled back up
     past it), the sheet grows shorter, its foot and its Previous and Next still at the window's, and taller again as
     the chart goes up. Covering the chart from its top, it hid all the chart in view with the chart's top low in the
     window, and a tap on "+" seemed to do nothing. */
  @supports (animation-timeline: view()) {
    .below:has(> .details-slot) {
      timeline-scope: --mt-chart;
    }
    .below > .chart-column {
      view-timeline: --mt-chart block;
    }
    .below > .details-slot > [part='details'] {
      /* Longhands: the build's CSS minifier folds a timeline into the \`animation\` shorthand, which Chromium refuses. */
      animation-name: mt-sheet;
      /* Shorter sooner: the chart low in the window keeps more of it in view. */
      animation-timing-function: ease-in;
      animation-fill-mode: both;
      animation-timeline: --mt-chart;
      /* From the chart's top at the window's foot to its top at the window's (or all of a short chart in it): the
         sheet covers less than half the chart in view, and holds its buttons and a line or two at least. */
      animation-range: entry;
    }
    /* A sheet only: without --_sheet the values are invalid, and the panel keeps no maximum height. */
    @keyframes mt-sheet {
      from {
        max-height: calc(4.5rem + 0 * var(--_sheet));
      }
      to {
        max-height: var(--_sheet);
      }
    }
  }
  [part='details'] .lane {
    margin: 0 0 0.125rem;
    margin-inline-end: 2.5rem;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  [part='details'] h3 {
    margin: 0 0 0.25rem;
    margin-inline-end: 2.5rem;
    font-size: 1.1rem;
    line-height: 1.3;
  }
  [part='details'] .close {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
  }
  [part='details'] dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0.5rem 0;
  }
  [part='details'] dt {
    color: var(--_muted);
  }
  [part='details'] dd {
    margin: 0;
  }
  [part='details'] ul {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  [part='details'] h4 {
    margin: 0.75rem 0 0;
    font-size: 0.9rem;
  }
  [part='details'] a {
    color: var(--_focus);
  }
  .media {
    margin: 0.5rem 0;
  }
  .media img {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .media figcaption {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  /* Previous and Next stay at the foot of a panel whose content scrolls (a sheet, or beside the chart), over its
     padding too, where a list's bullet would show past them. */
  .walk {
    position: sticky;
    bottom: -1rem;
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0.25rem -1rem -1rem;
    padding: 0.5rem 1rem 1rem;
    background: var(--_bg);
  }
`;
