// The chart in whichever layout the element is in: what both layouts share (the event kept drawn, the
// marks' context) worked out once, then the horizontal chart or the vertical one (a chunk).
import { nothing, type TemplateResult } from 'lit';
import { bisectLeft, type FrameScale } from '../layout/level-of-detail.js';
import type { LaneLayout } from '../layout/lane-layout.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { TimelineModel } from '../model/model.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { VerticalChartModule } from '../controllers/size-controller.js';
import { tickLabel } from './axis.js';
import { renderHorizontalChart, type SpanLine } from './horizontal-chart.js';
import type { MarkContext } from './marks.js';
import type { TimelineEvent } from '../types.js';

/** The locale as the chart spells it. */
export interface ChartText {
  readonly locale: string;
  readonly strings: TimelineStrings;
  readonly numbers: Intl.NumberFormat;
  /** Counts of a thousand and more, short: "1.2K". */
  readonly compact: Intl.NumberFormat;
  /** An event's accessible name. */
  name(event: TimelineEvent): string;
}

/** Everything the chart draws, and the element's actions behind it. */
export interface ChartState {
  model: TimelineModel;
  /** The horizontal layout's lanes. */
  lanes: readonly LaneLayout[];
  width: number;
  /** The chart's height (in the vertical layout, the length of the time axis). */
  height: number;
  vertical: boolean;
  rtl: boolean;
  /** The vertical layout's chunk, once loaded. */
  verticalChart?: VerticalChartModule;
  /** The time scale of the view. */
  scale: TimeScale;
  visible: readonly [number, number];
  frame: FrameScale;
  selectedId: string | null;
  focusedId?: string;
  /** The locale, its text and number formats, and the accessible names of events spelled in it. */
  text: ChartText;
  span?: SpanLine;
  /** Width in px of a label as drawn. */
  labelWidth(text: string, bold: boolean): number;
  onSelect(event: TimelineEvent): void;
  onFocus(event: TimelineEvent): void;
  expand(from: number, to: number, count: number): void;
}

export function renderChart(state: ChartState): TemplateResult | typeof nothing {
  const { model, visible, text } = state;
  const t = text.strings;
  if (!state.width) return nothing;
  // The event always drawn, so the timeline keeps a tab stop: the focused, else selected, else earliest visible one.
  const earliest = model.events[bisectLeft(model.startIndex.starts, visible[0])];
  const keepId =
    state.focusedId ?? state.selectedId ?? (earliest && earliest.start.ms <= visible[1] ? earliest.id : undefined);
  const marks: MarkContext = {
    vertical: state.vertical,
    strings: t,
    numbers: text.numbers,
    compact: text.compact,
    setSize: model.events.length,
    selectedId: state.selectedId,
    focusedId: state.focusedId,
    name: (event) => text.name(event),
    position: (event) => model.positionOf(event),
    onSelect: state.onSelect,
    onFocus: state.onFocus,
    expand: state.expand,
  };
  const common = {
    rtl: state.rtl,
    visible,
    frame: state.frame,
    eras: model.eras,
    keep: keepId ? model.byId(keepId) : undefined,
    keepOutside: keepId !== undefined && keepId === state.focusedId,
    marks,
    labelWidth: state.labelWidth,
    tickLabel: (date: Date) => tickLabel(date, text.locale),
  };
  if (state.vertical) {
    return state.verticalChart
      ? state.verticalChart.renderVerticalChart({
          ...common,
          width: state.width,
          length: state.height,
          y: state.scale,
          events: model.events,
          index: model.startIndex,
        })
      : nothing;
  }
  return renderHorizontalChart({
    ...common,
    width: state.width,
    height: state.height,
    x: state.scale,
    lanes: state.lanes,
    hasEvents: model.events.length > 0,
    span: state.span,
    // Own keys only: a lane named `constructor` is a lane like any other.
    laneTitle: (key) => (Object.hasOwn(t.lanes, key) ? t.lanes[key] : key || t.other),
  });
}
