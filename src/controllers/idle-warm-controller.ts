import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineModel } from '../model/model.js';
import type { TimelineEvent } from '../types.js';
import { bisectLeft } from '../layout/lane-index.js';
import { idleEach, outward } from '../scheduling/idle-each.js';

/** Events prepared ahead at most: those nearest the view, where a zoom or pan goes first. */
export const WARM_LIMIT = 5000;

/** What the warm-up asks of the element. */
export interface IdleWarmConfig {
  model(): TimelineModel;
  /** What the names prepared are kept in: a new one (a locale, a translation, the times loaded) is warmed again. */
  names(): object;
  /** The middle of the span shown, ms. */
  centre(): number;
  /** Prepares what drawing an event's mark needs and keeps it: its accessible name, its label's width. */
  warm(event: TimelineEvent): void;
}

/**
 * Once a model is drawn, prepares in the page's idle time what its marks will need when a zoom or pan brings
 * them in: a zoom's first step out of a crowded view drew hundreds of marks for the first time, naming each
 * (a date formatted in the locale) and measuring each label, 50–100 ms in one frame at 1,000 events.
 */
export class IdleWarmController implements ReactiveController {
  private model?: TimelineModel;
  private names?: object;
  private abort?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    private readonly config: IdleWarmConfig,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const model = this.config.model();
    const names = this.config.names();
    if (model === this.model && names === this.names) return;
    this.model = model;
    this.names = names;
    this.abort?.abort();
    const events = model.events;
    if (!events.length) return;
    const abort = (this.abort = new AbortController());
    const from = outward(bisectLeft(model.startIndex.starts, this.config.centre()), events.length);
    idleEach(Math.min(events.length, WARM_LIMIT), (k) => this.config.warm(events[from(k)]), abort.signal);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.model = this.names = undefined;
  }
}
