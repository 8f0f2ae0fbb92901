import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element, as the hash controller reads it. */
export interface HashHost extends ReactiveControllerHost {
  /** Whether the selection lives in the URL hash. */
  history: boolean;
  /** Where the event a hash names is drawn (its mark says its id), to be brought into the window. */
  readonly renderRoot: HTMLElement | DocumentFragment;
  selected: string | null;
  /** The story's step while story mode is on (from 0), else null. */
  readonly storyStep: number | null;
}

/** How the hash controller opens what a hash names. */
export interface HashOpeners {
  /** Selects the event with this id and centres the view on it; false when the data has no such event. */
  open(id: string): boolean;
  /** Tells the story from this step (from 0). */
  openStep(index: number): void;
}

/**
 * With `history`, where the reader is lives in the URL hash, so a view can be shared and reloaded: the
 * selected event's id (`#filoli-2023`), or in story mode the step (`#step-4`). A page opened at a hash
 * goes there, and a later move replaces the hash.
 */
export class HashController implements ReactiveController {
  private written?: string | null;
  private started = false;

  /**
   * `from`: where the element was when `history` came on, if that was before this controller (its chunk) was
   * there; a move since then is written at the next update.
   */
  constructor(
    private readonly host: HashHost,
    private readonly openers: HashOpeners,
    from?: Pick<HashHost, 'selected' | 'storyStep'>,
  ) {
    host.addController(this);
    if (from) {
      this.started = true;
      this.written = placeOf(from);
    }
  }

  private readonly onHashChange = (): void => this.read();

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Goes where the hash names (after a load, and when the hash changes): a story's step, or an event. */
  read(): void {
    if (!this.host.history) return;
    const id = idFromHash(location.hash);
    if (!id || id === this.place()) return;
    // An event's own id wins over a story step's name.
    const step = /^step-(\d+)$/.exec(id);
    if (this.openers.open(id)) this.bringIntoView(`[part~="event"][data-id="${CSS.escape(id)}"]`, 'center');
    else if (step) {
      this.openers.openStep(Number(step[1]) - 1);
      this.bringIntoView('[part="story"]', 'nearest');
    }
  }

  /**
   * What the hash names, once drawn, brought into the window at once, as a link to an anchor is: the page stayed
   * where it was, the timeline perhaps far below it. An event's mark is centred (down a phone, above the details'
   * sheet, its scroll margin); a story's step shows its panel, the chart above it.
   */
  private bringIntoView(selector: string, block: ScrollLogicalPosition): void {
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector(selector)?.scrollIntoView({ block, behavior: 'instant' }),
    );
  }

  /** Where the reader is, as the hash says it. */
  private place(): string | null {
    return placeOf(this.host);
  }

  hostUpdated(): void {
    const selected = this.place();
    // The selection the element starts with is not written: only later changes are.
    if (!this.started) {
      this.started = true;
      this.written = selected;
      return;
    }
    if (selected === this.written) return;
    this.written = selected;
    if (!this.host.history) return;
    const hash = selected ? `#${encodeURIComponent(selected)}` : '';
    if (location.hash !== hash) history.replaceState(history.state, '', hash || location.pathname + location.search);
  }
}

/** A place as the hash says it: the story's step while story mode is on, else the selected event's id. */
function placeOf({ selected, storyStep }: Pick<HashHost, 'selected' | 'storyStep'>): string | null {
  return storyStep === null ? selected : `step-${storyStep + 1}`;
}

/** The event id a URL hash names, or '' when it names none or is not valid percent-encoding. */
export function idFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}
