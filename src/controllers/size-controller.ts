import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addStyles } from '../views/add-styles.js';

/** The chart's length in the vertical layout, unless --mt-vertical-height says otherwise. */
export const VERTICAL_LENGTH = 560;
/** Below this width `orientation="auto"` turns vertical, unless told otherwise. */
export const BREAKPOINT = 600;

/** Below this width the details panel sits under the chart; from it, beside the chart, which narrows. */
export const DETAILS_BESIDE = 880;

/** The element, as the size controller reads it: its `orientation` and `breakpoint` properties. */
export interface SizeHost extends ReactiveControllerHost, HTMLElement {
  orientation: 'auto' | 'horizontal' | 'vertical';
  breakpoint?: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The vertical layout's module: a chunk, loaded when an element first turns vertical. */
export type VerticalChartModule = typeof import('../views/vertical-chart.js');

/**
 * The element's width, its writing direction and the layout they choose: horizontal, or vertical (time
 * running down) below the breakpoint. Owns the ResizeObserver and the vertical layout's chunk.
 */
export class SizeController implements ReactiveController {
  width = 0;
  rtl = false;
  vertical = false;
  /** Length in px of the vertical layout's chart. */
  length = VERTICAL_LENGTH;
  /** How far a mark's radius grew over 14 px marks (`--mt-mark-size`, read with the width), px. */
  markGrow = 0;
  verticalChart?: VerticalChartModule;
  /** Width in px of the details panel beside the chart (`--mt-details-width`, measured). */
  detailsWidth = 352;
  private observer?: ResizeObserver;
  private observed?: Element;
  private chosenFor?: string;

  /**
   * `wait` makes `updateComplete` wait for the vertical layout's chunk; `detailsOpen` says whether the
   * details panel is shown.
   */
  constructor(
    private readonly host: SizeHost,
    private readonly wait: (work: Promise<unknown>) => void,
    private readonly detailsOpen: () => boolean,
  ) {
    host.addController(this);
  }

  /** Whether the details panel sits beside the chart (wide, horizontal), else under it. */
  get detailsBeside(): boolean {
    return !this.vertical && this.width >= DETAILS_BESIDE;
  }

  /** Width in px of the chart: the element's, less the details panel's when it is open beside the chart. */
  get chartWidth(): number {
    return this.detailsOpen() && this.detailsBeside ? Math.max(this.width - this.detailsWidth, 1) : this.width;
  }

  /** Length in px of the time axis: the chart's width, or in the vertical layout the chart's height. */
  get axisLength(): number {
    return this.vertical ? this.length : Math.max(this.chartWidth, 1);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const width = Math.round(entry.contentRect.width);
        const key = entry.target.classList.contains('details-probe') ? 'detailsWidth' : 'width';
        if (width === this[key] || (key === 'detailsWidth' && !width)) continue;
        this[key] = width;
        this.host.requestUpdate();
      }
      this.readDirection();
    });
    this.observed = undefined;
    this.observe();
    this.readDirection();
    // Measured now, while the shadow root is still empty (a cheap layout), so the first render draws the
    // chart at once; the ResizeObserver follows later changes.
    this.width = Math.round(this.host.getBoundingClientRect().width);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = this.observed = undefined;
  }

  hostUpdate(): void {
    const key = `${this.width}|${this.host.orientation}|${this.host.breakpoint}`;
    if (this.width > 0 && key !== this.chosenFor) {
      this.chosenFor = key;
      this.choose();
    }
  }

  hostUpdated(): void {
    this.observe();
  }

  /**
   * Watches the width through a zero-height strip, not the host: the host's height changes with the layout
   * it chooses for a width, and watching it would loop (and report a ResizeObserver loop error).
   */
  private observe(): void {
    // The strip (`.width-probe`) is in the shadow root once the element has rendered, and within it a strip as
    // wide as the details panel would be (`.details-probe`).
    const target = this.host.renderRoot?.querySelector?.('.width-probe') ?? this.host;
    if (!this.observer || target === this.observed) return;
    this.observer.disconnect();
    this.observer.observe(target);
    const details = target.querySelector('.details-probe');
    if (details) this.observer.observe(details);
    this.observed = target;
  }

  /** Right to left follows the inherited `dir` (read on connect and on resize, not every frame). */
  private readDirection(): void {
    // :dir() follows the inherited `dir` attribute without a style recalculation (getComputedStyle forces one).
    const rtl = this.host.matches(':dir(rtl)');
    if (rtl === this.rtl) return;
    this.rtl = rtl;
    this.host.requestUpdate();
  }

  /** Vertical below the breakpoint (attribute, else --mt-breakpoint, else 600 px) unless forced. */
  private choose(): void {
    const style = getComputedStyle(this.host);
    const px = (name: string) => parseFloat(style.getPropertyValue(name));
    const { orientation } = this.host;
    const breakpoint = this.host.breakpoint ?? (px('--mt-breakpoint') || BREAKPOINT);
    this.vertical = orientation === 'vertical' || (orientation !== 'horizontal' && this.width < breakpoint);
    this.length = Math.max(160, px('--mt-vertical-height') || VERTICAL_LENGTH);
    this.markGrow = ((px('--mt-mark-size') || 14) - 14) / 2;
    if (this.vertical && !this.verticalChart) this.wait(this.loadVertical());
  }

  private async loadVertical(): Promise<void> {
    try {
      // The count marks' views are a chunk of their own (the crowded lanes share them) that the vertical chart
      // imports: asked for together, they load side by side, not one after the other has been read.
      const [chart, marks] = await Promise.all([
        import('../views/vertical-chart.js'),
        import('../views/crowded-marks.js'),
      ]);
      addStyles(this.host.renderRoot, marks.crowdedStyles);
      this.verticalChart ??= chart;
      this.host.requestUpdate();
    } catch {
      // Without the chunk the chart stays empty; the list view still shows every event.
    }
  }
}
