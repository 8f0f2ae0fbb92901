import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineModel } from '../model/model.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { TimelineEvent } from '../types.js';
import { emit } from '../controllers/emit.js';
import { reducedMotion } from '../controllers/reduced-motion.js';
import { stepWindow, storySteps, type Step } from './steps.js';

/** `detail` of `mt-step`: the step the reader moved to. */
export interface StepDetail {
  /** Its place in the story, from 0. */
  index: number;
  /** The event it shows, if it shows one. */
  event?: TimelineEvent;
  caption: string;
}

/** The element, as story mode reads it. */
export interface StoryHost extends ReactiveControllerHost, HTMLElement {
  /** Whether story mode is on. */
  story: boolean;
  /** Seconds a step stays before the next, when the page asks for autoplay. */
  autoplay?: number;
}

/** What story mode asks of the element's other parts. */
export interface StoryConfig {
  model(): TimelineModel;
  /** Shows a stretch of time (ms), gliding there unless the reader asked for reduced motion. */
  show(from: number, to: number): void;
  /** Selects an event without a reader's `mt-select`, or clears the selection. */
  select(id: string | null): void;
  /** Says a text in the live region. */
  announce(text: string): void;
  strings(): TimelineStrings;
  numbers(): Intl.NumberFormat;
}

/**
 * Story mode: the data's story told step by step on the same time axis. Each step moves the view to its
 * event (selected, so its details show) or its stretch of time, and is announced. Next and Previous, the
 * arrow keys, Escape to leave; leaving and telling again resumes where the reader was. With `autoplay`, steps
 * advance on their own, pausing while the pointer or focus is on the element, while the tab is hidden, and
 * whenever the reader presses Pause (WCAG 2.2.2).
 */
export class StoryController implements ReactiveController {
  /** The step shown, from 0; where telling resumes when story mode is off. */
  index = 0;
  /** Whether the reader paused autoplay. */
  paused = false;
  private hovering = false;
  private focused = false;
  private timer?: ReturnType<typeof setTimeout>;
  private told?: { model: TimelineModel; steps: Step[] };
  private active = false;
  /** The latest reveal asked for: an earlier one still waiting gives way. */
  private revealing = 0;

  constructor(
    private readonly host: StoryHost,
    private readonly config: StoryConfig,
  ) {
    host.addController(this);
  }

  /** The steps of the story the element now shows. */
  get steps(): Step[] {
    const model = this.config.model();
    if (this.told?.model !== model) {
      this.told = { model, steps: storySteps(model) };
      this.index = Math.min(this.index, Math.max(0, this.told.steps.length - 1));
    }
    return this.told.steps;
  }

  /** Whether autoplay is holding still: paused by the reader, or while they point, type or look away. */
  get holding(): boolean {
    return this.paused || this.hovering || this.focused || document.hidden;
  }

  /** Moves to step `index`; `byUser` fires `mt-step`. */
  go(index: number, byUser = false): void {
    const steps = this.steps;
    if (!steps.length) return;
    this.index = Math.max(0, Math.min(steps.length - 1, index));
    const step = steps[this.index];
    const extent = this.config.model().extent;
    if (extent) this.config.show(...stepWindow(step, extent));
    this.config.select(step.event?.id ?? null);
    const t = this.config.strings();
    const numbers = this.config.numbers();
    const where = t.step(numbers.format(this.index + 1), numbers.format(steps.length));
    this.config.announce(`${where}: ${step.title}. ${step.caption}`);
    if (byUser) emit<StepDetail>(this.host, 'mt-step', { index: this.index, event: step.event, caption: step.caption });
    this.host.requestUpdate();
    this.schedule();
    if (this.focused || this.hovering) void this.reveal();
  }

  next(byUser = true): void {
    this.go(this.index + 1, byUser);
  }

  previous(byUser = true): void {
    this.go(this.index - 1, byUser);
  }

  /** Leaves the story to explore; telling it again resumes at this step. */
  leave(): void {
    this.host.story = false;
  }

  /** Pauses autoplay, or resumes it. */
  togglePause(): void {
    this.paused = !this.paused;
    this.host.requestUpdate();
    this.schedule();
  }

  hostConnected(): void {
    // The chunk can arrive after the reader's click or tap on "Tell the story", or their Enter on it.
    this.hovering = this.host.matches(':hover');
    this.focused = this.host.matches(':focus-within');
    this.host.addEventListener('keydown', this.onKeyDown, true);
    this.host.addEventListener('pointerenter', this.onHover);
    this.host.addEventListener('pointerleave', this.onHover);
    this.host.addEventListener('focusin', this.onFocus);
    this.host.addEventListener('focusout', this.onFocus);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown, true);
    this.host.removeEventListener('pointerenter', this.onHover);
    this.host.removeEventListener('pointerleave', this.onHover);
    this.host.removeEventListener('focusin', this.onFocus);
    this.host.removeEventListener('focusout', this.onFocus);
    document.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timer);
  }

  hostUpdate(): void {
    // Story mode turned on (the attribute, or "Tell the story"): tell from where the reader was.
    if (this.host.story !== this.active) {
      this.active = this.host.story;
      if (this.active) queueMicrotask(() => this.go(this.index));
      else clearTimeout(this.timer);
    }
  }

  /**
   * Brings the step's mark into the window above the caption, which stays at the window's foot while the chart runs
   * on under it (a phone held sideways: the caption was below the window's foot; a tall chart: its Next was
   * 1,000 px down the page), or, for a step with no mark, the chart's top. Only while the reader is at the element
   * (pointing or focused): autoplay and a page that turns the story on do not move the page.
   */
  private async reveal(): Promise<void> {
    const asked = ++this.revealing;
    await this.host.updateComplete;
    const root = this.host.shadowRoot;
    const panel = root?.querySelector('[part="story"]');
    const chart = root?.querySelector<HTMLElement>('.chart-column');
    if (!panel || !chart) return;
    // The view glides to the step and the chart's height follows the rows it shows (the whole story's rows, at
    // first): measured once the chart's column has kept its size for 350 ms, within 2 s. Observed, not read each
    // frame: a read in every frame of the glide would force its layout early.
    await new Promise<void>((resolve) => {
      let quiet: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        observer.disconnect();
        clearTimeout(quiet);
        clearTimeout(most);
        resolve();
      };
      const observer = new ResizeObserver(() => {
        clearTimeout(quiet);
        quiet = setTimeout(done, 350);
      });
      const most = setTimeout(done, 2000);
      observer.observe(chart);
    });
    if (asked !== this.revealing) return;
    const behavior = reducedMotion() ? 'auto' : 'smooth';
    // The room above the caption, in the window.
    const room = Math.min(panel.getBoundingClientRect().top, innerHeight);
    const mark = root!.querySelector<SVGElement>('[data-id][aria-pressed="true"] .mark');
    const at = (mark ?? chart).getBoundingClientRect();
    if (!mark) {
      if (at.top < 0 || at.top > room - 48) chart.scrollIntoView({ block: 'start', behavior });
    } else if (at.top < 0 || at.bottom > room) {
      // Centred in the room above the caption: its scroll margin is the caption's height, for this scroll.
      mark.style.scrollMarginBlockEnd = `${innerHeight - room}px`;
      mark.scrollIntoView({ block: 'center', behavior });
      setTimeout(() => (mark.style.scrollMarginBlockEnd = ''), 1000);
    }
  }

  /** Arrow keys step through the story; Escape leaves it. */
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (!this.host.story || e.altKey || e.ctrlKey || e.metaKey) return;
    const rtl = this.host.matches(':dir(rtl)');
    const forward = e.key === 'ArrowDown' || e.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const back = e.key === 'ArrowUp' || e.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
    if (!forward && !back && e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    if (e.key === 'Escape') this.leave();
    else if (forward) this.next();
    else this.previous();
  };

  private readonly onHover = (e: Event): void => {
    this.hovering = e.type === 'pointerenter';
    this.schedule();
  };

  private readonly onFocus = (e: FocusEvent): void => {
    this.focused = e.type === 'focusin' || this.host.contains(e.relatedTarget as Node | null);
    this.schedule();
  };

  private readonly onVisibility = (): void => this.schedule();

  /** Sets the next autoplay step going, unless autoplay is off, holding, or at the end. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const seconds = this.host.autoplay;
    if (!this.host.story || !seconds || this.holding || this.index >= this.steps.length - 1) return;
    this.timer = setTimeout(() => this.next(false), seconds * 1000);
  }
}
