import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The element, as the hash controller reads it. */
export interface HashHost extends ReactiveControllerHost {
  /** Whether the selection lives in the URL hash. */
  history: boolean;
  selected: string | null;
}

/**
 * With `history`, the selected event's id lives in the URL hash (`#filoli-2023`), so a view can be shared
 * and reloaded: a page opened at a hash selects that event, and a later selection replaces the hash.
 */
export class HashController implements ReactiveController {
  private written?: string | null;
  private started = false;

  /** `open(id)` selects the event with this id, if the data has it, and centres the view on it. */
  constructor(
    private readonly host: HashHost,
    private readonly open: (id: string) => void,
  ) {
    host.addController(this);
  }

  private readonly onHashChange = (): void => this.read();

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Selects the event the hash names (after a load, and when the hash changes). */
  read(): void {
    if (!this.host.history) return;
    const id = idFromHash(location.hash);
    if (id && id !== this.host.selected) this.open(id);
  }

  hostUpdated(): void {
    const selected = this.host.selected;
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

/** The event id a URL hash names, or '' when it names none or is not valid percent-encoding. */
export function idFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}
