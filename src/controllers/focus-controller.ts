import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineModel } from '../model/model.js';
import { focusMove, nearestInLane } from '../layout/focus-walk.js';
import type { TimelineEvent } from '../types.js';
import { reducedMotion } from './reduced-motion.js';

/** What the focus controller asks of the element's other parts. */
export interface FocusConfig {
  model(): TimelineModel;
  /** The layout: which way time runs. */
  size: { readonly rtl: boolean; readonly vertical: boolean };
  /** Brings events into view, and zooms as the reader asks. */
  viewport: { reveal(event: TimelineEvent): void; zoomBy(factor: number, aroundMs?: number): void; fitByUser(): void };
  /** Enter chooses the focused event; Escape clears the selection (returning the id that was selected). */
  selection: { choose(event: TimelineEvent): void; clear(): string | null };
}

/**
 * The keyboard focus among the marks: a roving tab stop over the model's events, not over DOM nodes (marks
 * come and go with the level of detail, so the focused event is always kept drawn). Arrow keys walk in
 * time and across lanes, Home and End jump to the ends, Enter selects, + − 0 zoom, Escape closes the details.
 */
export class FocusController implements ReactiveController {
  /** Id of the event the focus is on, or was last on. */
  focusedId?: string;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly config: FocusConfig,
  ) {
    host.addController(this);
  }

  /** Whether DOM focus was on a mark when the update began. */
  private onMark = false;

  hostUpdate(): void {
    // A chart's mark, not a list's title (which says its event's id too, but is not moved by the view).
    this.onMark = !!this.root.activeElement?.part.contains('event');
  }

  /**
   * Marks move as the view changes (a kept mark is moved in the list, which blurs it): keep DOM focus on
   * the focused event's mark, not on its old element or nowhere.
   */
  hostUpdated(): void {
    const active = this.root.activeElement as HTMLElement | null;
    if (this.focusedId && (active?.part.contains('event') || this.onMark) && active?.dataset.id !== this.focusedId)
      this.focusMark(this.focusedId);
  }

  /** A mark got DOM focus (a click, or Tab onto the tab stop). */
  focused(event: TimelineEvent): void {
    if (this.focusedId === event.id) return;
    this.focusedId = event.id;
    this.host.requestUpdate();
  }

  /** Focuses the mark of an event once the element has rendered it. */
  focusAfterUpdate(id: string): void {
    this.focusedId = id;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusMark(id));
  }

  readonly onKeyDown = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0] as Element | undefined;
    const { config } = this;
    if (e.key === 'Escape') {
      const id = config.selection.clear();
      if (!id) return;
      e.preventDefault();
      this.focusAfterUpdate(id);
      return;
    }
    if (!target?.closest?.('svg')) return;
    const model = config.model();
    const events = model.events;
    const focused = this.focusedId ? model.byId(this.focusedId) : undefined;
    const index = focused ? model.positionOf(focused) : -1;
    switch (e.key) {
      case 'Enter':
      case ' ':
        if (focused && target.closest('[part~="event"]')) {
          e.preventDefault();
          config.selection.choose(focused);
        }
        return;
      case '+':
      case '=':
      case '-':
        e.preventDefault();
        config.viewport.zoomBy(e.key === '-' ? 0.5 : 2, focused?.start.ms);
        return;
      case '0':
        e.preventDefault();
        config.viewport.fitByUser();
        return;
    }
    let move: number | undefined;
    if (!config.size.vertical && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      // Up and Down cross lanes in the horizontal layout, to the event nearest in time.
      const near = focused && nearestInLane(model.lanes, focused, e.key === 'ArrowUp' ? -1 : 1);
      move = near ? events.indexOf(near) : index;
    } else move = focusMove(e.key, index, events.length, config.size.rtl);
    if (move === undefined) return;
    e.preventDefault();
    const event = events[Math.max(0, Math.min(events.length - 1, move))];
    if (!event) return;
    config.viewport.reveal(event);
    this.focusAfterUpdate(event.id);
  };

  private get root(): ShadowRoot {
    return this.host.renderRoot as ShadowRoot;
  }

  /**
   * The event's mark on the chart, or its item's title in the list view (each says its event's id), focused and in
   * the window. A mark that has the focus already (Escape pressed on it) is not scrolled to by focus(): on a phone the
   * reader was left at the closed panel's place, below a chart taller than the window, far from the mark. Smooth, as
   * the panel's own scroll is: Chromium let that one, still running, win over a scroll at once.
   */
  private focusMark(id: string): void {
    const mark = this.root.querySelector<HTMLElement | SVGGElement>(`[data-id="${CSS.escape(id)}"]`);
    if (mark === this.root.activeElement)
      mark?.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    else mark?.focus();
  }
}
