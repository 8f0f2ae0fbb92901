import type { ReactiveControllerHost } from 'lit';
import { emit } from './emit.js';
import { timeAt } from '../layout/time-ticks.js';

/** `detail` of `mt-rangechange`: the visible span. */
export interface RangeChangeDetail {
  from: Date;
  to: Date;
}

/** What the reader's intent reads of the viewport. */
export interface IntentView {
  /** The visible span, ms. */
  visibleMs(): [number, number];
  /** Whether the element's own glide is under way (the view is not at rest yet). */
  gliding(): boolean;
  /** The reader changed the view (after `mt-rangechange`). */
  onRangeChange(from: Date, to: Date): void;
}

/**
 * The reader's part in a change of view: a drag, a pinch, a modifier wheel, a sideways wheel, or a glide they
 * asked for with a button. It keeps the span shown when the change began; when the view comes to rest, a
 * change is reported once as `mt-rangechange`. A change made from code begins nothing, so reports nothing.
 */
export class ReaderIntent {
  /** A drag, pinch or wheel zoom is under way. */
  gesturing = false;
  /** A sideways wheel is panning; it rests 150 ms after its last turn. */
  private wheeling = false;
  private wheelRest?: ReturnType<typeof setTimeout>;
  /** The visible span when the reader began; cleared when the view rests. */
  private began?: [number, number];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly view: IntentView,
  ) {}

  /** The reader began a change (a second call while one is under way keeps the first span). */
  begin(): void {
    this.began ??= this.view.visibleMs();
  }

  /** A gesture began: the reader's own gesture takes over. */
  gesture(): void {
    this.gesturing = true;
    this.begin();
  }

  /** A sideways wheel turned: the change rests once the wheel has been still for 150 ms. */
  wheel(): void {
    this.begin();
    this.wheeling = true;
    clearTimeout(this.wheelRest);
    this.wheelRest = setTimeout(() => {
      this.wheeling = false;
      this.settle();
    }, 150);
  }

  /** Forgets a change under way (the view was set at once, with nothing left to end). */
  forget(): void {
    this.began = undefined;
  }

  /** The view came to rest: the layout settles, and a change the reader made is a range change. */
  settle(): void {
    if (this.view.gliding() || this.wheeling) return;
    this.gesturing = false;
    this.host.requestUpdate();
    if (!this.began) return;
    const [a0, b0] = this.began;
    this.began = undefined;
    const [a, b] = this.view.visibleMs();
    // A click is a gesture too, and a zoom past the bounds moves nothing: only a change is a range change.
    if (a === a0 && b === b0) return;
    const detail: RangeChangeDetail = { from: timeAt(a), to: timeAt(b) };
    emit(this.host, 'mt-rangechange', detail);
    this.view.onRangeChange(detail.from, detail.to);
  }

  stop(): void {
    clearTimeout(this.wheelRest);
  }
}
