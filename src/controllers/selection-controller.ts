import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatRange } from '../data/format-date.js';
import type { TimelineModel } from '../model/model.js';
import type { RichContent } from '../views/details-panel.js';
import { addStyles } from '../views/add-styles.js';
import type { TimelineEvent } from '../types.js';
import { emit } from './emit.js';

/** `detail` of `mt-select`. */
export interface SelectDetail {
  event: TimelineEvent;
}

/** The details panel's module: a chunk, loaded on the first selection. */
export type DetailsModule = typeof import('../views/details-panel.js');

/** The element, as the selection controller sees it: its `selected` property, which it alone writes. */
export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selected: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the selection controller asks of the element's other parts. */
export interface SelectionConfig {
  model(): TimelineModel;
  locale(): string;
  /** The event the keyboard focus is on, where a walk starts when nothing is selected. */
  focusedId(): string | undefined;
  /** Brings an event into view. */
  reveal(event: TimelineEvent): void;
  /** Says a text in the live region. */
  announce(text: string): void;
  /** Makes `updateComplete` wait for the details chunk. */
  wait(work: Promise<unknown>): void;
}

/**
 * Which event is selected, and its details: the panel's chunk (loaded on the first selection, its styles
 * adopted into the shadow root) and the event's sanitised rich content. Only a reader's choice fires `mt-select`.
 */
export class SelectionController implements ReactiveController {
  /** The details panel, once its chunk has loaded. */
  details?: DetailsModule;
  /** The selected event's rich text and media, made safe by the sanitiser chunk. */
  rich?: RichContent;
  private seen?: string | null;
  /** A selection whose caller says more than its headline (a story step), so it is not announced. */
  private quiet?: string;
  /** The reader's choice, whose panel is brought into view once drawn (see `showPanel`). */
  private chosen?: string;

  constructor(
    private readonly host: SelectionHost,
    private readonly config: SelectionConfig,
  ) {
    host.addController(this);
  }

  /** The selected event, if the model has it. */
  get event(): TimelineEvent | undefined {
    const id = this.host.selected;
    return id ? this.config.model().byId(id) : undefined;
  }

  /**
   * Selects by id from code (or clears with null), and brings the event into view unless told not to; `quiet`
   * when the caller announces it itself. Fires nothing.
   */
  select(id: string | null, reveal = true, quiet = false): void {
    const event = id === null ? undefined : this.config.model().byId(id);
    this.host.selected = event ? event.id : null;
    this.quiet = quiet && event ? event.id : undefined;
    if (event && reveal) this.config.reveal(event);
  }

  /** The reader chose an event: selects it and fires `mt-select`. */
  choose(event: TimelineEvent): void {
    this.host.selected = this.chosen = event.id;
    emit<SelectDetail>(this.host, 'mt-select', { event });
  }

  /** Clears the selection; returns the id that was selected. */
  clear(): string | null {
    const id = this.host.selected;
    this.host.selected = null;
    return id;
  }

  /** Moves the selection to the next (1) or previous (-1) event in time; `byUser` fires `mt-select`. */
  step(direction: 1 | -1, byUser: boolean): void {
    const events = this.config.model().events;
    if (!events.length) return;
    const current = this.host.selected ?? this.config.focusedId();
    // Ids are strings: with none selected or focused, the walk starts at the first event (-1 + 1, or 0 at least).
    const index = events.findIndex((e) => e.id === current);
    const next = events[Math.min(events.length - 1, Math.max(0, index + direction))];
    this.config.reveal(next);
    if (byUser) this.choose(next);
    else this.host.selected = next.id;
  }

  /** After a new load: a selection the new data does not have is cleared. */
  keepValid(): void {
    if (this.host.selected !== null && !this.event) this.host.selected = null;
  }

  hostUpdated(): void {
    if (this.chosen !== this.host.selected || this.details?.showPanel(this.host.renderRoot)) this.chosen = undefined;
  }

  hostUpdate(): void {
    const id = this.host.selected;
    if (id === this.seen) return;
    this.seen = id;
    const event = this.event;
    if (!event) return;
    // The headline and date of the selection, not the whole body.
    if (this.quiet !== id)
      this.config.announce(`${event.title}, ${formatRange(event.start, event.end, this.config.locale())}`);
    this.config.wait(this.loadDetails(event));
  }

  /** Loads the details panel (a chunk) and, for an event with HTML or media, its sanitised content. */
  private async loadDetails(event: TimelineEvent): Promise<void> {
    try {
      if (!this.details) {
        const details = await import('../views/details-panel.js');
        addStyles(this.host.renderRoot, details.detailsStyles);
        this.details = details;
        this.host.requestUpdate();
      }
      const rich = await this.details.loadRich(event);
      if (rich && this.host.selected === event.id) {
        this.rich = rich;
        this.host.requestUpdate();
      }
    } catch {
      // Without the chunk there is no panel; without the sanitiser it shows the plain summary, never raw HTML.
    }
  }
}
