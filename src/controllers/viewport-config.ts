// What the viewport reads of the element: the chart's size, its data's extent and the element's choices.

/** The chart's size and direction, as the size controller sees them. */
export interface ViewSize {
  /** Width of the chart, px. */
  readonly chartWidth: number;
  /** Length in px of the time axis. */
  readonly axisLength: number;
  readonly vertical: boolean;
  readonly rtl: boolean;
}

/** What the viewport asks of its element. */
export interface ViewportConfig {
  size: ViewSize;
  /** The chart's height in px. */
  height(): number;
  /** The span the events and eras cover, in ms; it changes (as an object) with every load. */
  extent(): readonly [number, number] | undefined;
  /** The span to open on: `view-start`/`view-end` or the data's own `view`, padded; else all. */
  initialView(): [number, number] | undefined;
  /** Where the zoom buttons zoom in towards: the focused or selected event, else the densest part of the view. */
  zoomCentre(visible: [number, number], factor: number): number | undefined;
  /** The reader zoomed or panned (after `mt-rangechange`): the visible span changed. */
  onRangeChange(from: Date, to: Date): void;
}
