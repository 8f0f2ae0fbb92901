import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addStyles } from '../views/add-styles.js';
import { idleEach } from '../scheduling/idle-each.js';

/** Idle loading is never called off: a chunk loaded for an element gone serves the next. */
const NEVER = new AbortController().signal;

/** The list view's chunk. */
export type ListModule = typeof import('../views/list.js');

/** What the list view's dock reads of the element. */
export interface ListHost extends ReactiveControllerHost {
  listView: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Where the list view docks into the element: its chunk (view and styles) is loaded when the list is shown or
 * printed, and before that in the page's first idle time after the first picture, so that a print, whose
 * `beforeprint` gives no time to load anything, finds it there.
 */
export class ListDock implements ReactiveController {
  module?: ListModule;
  private loading?: Promise<void>;
  private scheduled = false;

  /**
   * `printing` says whether the list is wanted for print; `wait` makes `updateComplete` wait for the chunk;
   * `shown` whether the element shows its first data (or their failure).
   */
  constructor(
    private readonly host: ListHost,
    private readonly printing: () => boolean,
    private readonly wait: (work: Promise<unknown>) => void,
    private readonly shown: () => boolean,
  ) {
    host.addController(this);
  }

  // Once the first data are drawn (the idle time after that frame), not while they load: the page is idle then
  // (a src, the built-in data's chunk), and the chunk's styles, adopted in the middle of the first render,
  // restyled the whole element. Never called off: an element moved in the page still loads it.
  hostUpdated(): void {
    if (this.scheduled || !this.shown()) return;
    this.scheduled = true;
    idleEach(1, () => void this.load(), NEVER);
  }

  hostUpdate(): void {
    if (!this.module && this.wanted()) this.wait(this.load());
  }

  private wanted(): boolean {
    return this.host.listView || this.printing();
  }

  private load(): Promise<void> {
    return (this.loading ??= import('../views/list.js').then(
      (module) => {
        addStyles(this.host.renderRoot, module.listStyles);
        this.module = module;
        // Loaded ahead, it changes nothing drawn: an update then, between the steps of a zoom, would read as the
        // view at rest (the svg let go of the room it keeps while the view moves).
        if (this.wanted()) this.host.requestUpdate();
      },
      // Without the chunk there is no list view; the chart still shows every event. A later ask tries again.
      () => (this.loading = undefined),
    ));
  }
}
