// The chart in whichever layout the element is in: what both layouts share (the event kept drawn, the
// marks' context) worked out once, then the horizontal chart or the vertical one (a chunk).
import { nothing, type TemplateResult } from 'lit';
import { bisectLeft, type FrameScale } from '../layout/lane-index.js';
import type { FrameLayout } from '../layout/frame.js';
import type { VerticalFrame } from '../layout/vertical-frame.js';
import type { CrowdedModule } from '../controllers/layout-controller.js';
import type { TimeScale } from '../layout/time-scale.js';
import type { TimelineModel } from '../model/model.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { VerticalChartModule } from '../controllers/size-controller.js';
import { axisContext, tickLabel, type AxisText } from './axis.js';
import { zoneOffset } from '../data/zone-offset.js';
import { timeAt } from '../layout/time-ticks.js';
import { kindName } from './legend.js';
import { renderHorizontalChart, type SpanLine } from './horizontal-chart.js';
import type { LaneCues } from '../controllers/viewport-controller.js';
import type { MarkContext } from './marks.js';
import type { ProgressiveDrawing } from './mark-list.js';
import type { TimelineEvent } from '../types.js';

/** The locale as the chart spells it. */
export interface ChartText {
  readonly locale: string;
  readonly strings: TimelineStrings;
  readonly numbers: Intl.NumberFormat;
  /** Counts of a thousand and more, short: "1.2K". */
  readonly compact: Intl.NumberFormat;
  /** An event's accessible name, its time told in `timeZone`. */
  name(event: TimelineEvent, timeZone: string): string;
}

/** Everything the chart draws, and the element's actions behind it. */
export interface ChartState {
  model: TimelineModel;
  /** The horizontal layout of this frame (lanes, rows, placed marks), and where its lanes start. */
  layout?: FrameLayout;
  top: number;
  /** The vertical layout of this frame, in the vertical layout. */
  verticalLayout?: VerticalFrame;
  /** Px the visible span takes at an even density in the vertical layout. */
  nominalLength: number;
  /** The crowded-lane chunk, once loaded. */
  crowded?: CrowdedModule;
  width: number;
  /** The chart's height (in the vertical layout, the length of the time axis). */
  height: number;
  /** The svg's own height, at least the chart's (see LayoutController.canvasHeight). */
  canvasHeight?: number;
  vertical: boolean;
  rtl: boolean;
  /** The vertical layout's chunk, once loaded. */
  verticalChart?: VerticalChartModule;
  /** The time scale of the view. */
  scale: TimeScale;
  visible: readonly [number, number];
  /** The zone the axis tells the hours of exact moments in: `UTC`, an IANA name or `local` (see `time-zone`). */
  timeZone: string;
  frame: FrameScale;
  selectedId: string | null;
  focusedId?: string;
  /** The locale, its text and number formats, and the accessible names of events spelled in it. */
  text: ChartText;
  spans: readonly SpanLine[];
  /** Width in px of a label as drawn. */
  labelWidth(text: string, bold: boolean): number;
  /** An event's title cut to `room` px. */
  fitLabel(event: TimelineEvent, room: number): string;
  onSelect(event: TimelineEvent): void;
  onFocus(event: TimelineEvent): void;
  expand(from: number, to: number, count: number): void;
  /** The reader asked to see `a` to `b` (ms). */
  reach(a: number, b: number): void;
  /** Each lane's count of events beyond the view (see HorizontalChartView), once loaded. */
  cues?: LaneCues;
  /** While the view moves, new marks are drawn over frames (see LayoutController.progressive). */
  progressive?: ProgressiveDrawing;
}

export function renderChart(state: ChartState): TemplateResult | typeof nothing {
  const { model, visible, text } = state;
  const t = text.strings;
  if (!state.width) return nothing;
  // The event always drawn, so the timeline keeps a tab stop: the focused, else selected, else earliest visible one.
  const earliest = model.events[bisectLeft(model.startIndex.starts, visible[0])];
  const keepId =
    state.focusedId ?? state.selectedId ?? (earliest && earliest.start.ms <= visible[1] ? earliest.id : undefined);
  // Exact moments are told in `time-zone` (UTC unless asked: Filoli's 11:20 AM PST at 7:20 PM), which the axis
  // names over hour ticks; its ticks are round times of that zone's clock, each at its own offset (summer time
  // included). Dates and wall-clock times sit at their own hour, in no zone.
  const zone = model.exact ? state.timeZone : undefined;
  const offset = zone ? (ms: number) => zoneOffset(ms, zone) : undefined;
  const axis: AxisText = {
    tick: (date, kind, step) => tickLabel(offset ? timeAt(+date + offset(+date)) : date, text.locale, kind, step),
    context: (ticks, start, span) => axisContext(ticks, start, text.locale, span, zone),
    offset,
    width: (label) => state.labelWidth(label, true),
    // Tick labels are 11 px and regular; widths are measured at the events' labels' 12 px.
    tickWidth: (label) => Math.ceil((state.labelWidth(label, false) * 11) / 12),
  };
  const marks: MarkContext = {
    vertical: state.vertical,
    strings: t,
    // Read when a count is drawn: a first render with none makes no number formatter.
    get numbers() {
      return text.numbers;
    },
    get compact() {
      return text.compact;
    },
    setSize: model.events.length,
    selectedId: state.selectedId,
    focusedId: state.focusedId,
    name: (event) => text.name(event, state.timeZone),
    kinds: model.kinds,
    position: (event) => model.positionOf(event),
    byId: (id) => model.byId(id),
    onSelect: state.onSelect,
    onFocus: state.onFocus,
    expand: state.expand,
    reach: state.reach,
    progressive: state.progressive,
  };
  const common = {
    rtl: state.rtl,
    visible,
    frame: state.frame,
    // The earliest is at hand: looking it up by id would build the id index (tens of ms at 50,000 events).
    keep: keepId === undefined ? undefined : keepId === earliest?.id ? earliest : model.byId(keepId),
    keepOutside: keepId !== undefined && keepId === state.focusedId,
    marks,
    labelWidth: state.labelWidth,
    axis,
    cues: state.cues,
  };
  if (state.vertical) {
    return state.verticalChart && state.verticalLayout
      ? state.verticalChart.renderVerticalChart({
          ...common,
          width: state.width,
          layout: state.verticalLayout,
          canvasHeight: state.canvasHeight,
          nominalLength: state.nominalLength,
          events: model.events,
          index: model.startIndex,
        })
      : nothing;
  }
  if (!state.layout) return nothing;
  return renderHorizontalChart({
    width: state.width,
    height: state.height,
    canvasHeight: state.canvasHeight,
    rtl: state.rtl,
    x: state.scale,
    frame: state.frame,
    layout: state.layout,
    crowded: state.crowded,
    top: state.top,
    visible,
    cues: state.cues,
    eras: model.eras,
    hasEvents: model.events.length > 0,
    spans: state.spans,
    marks,
    // Named as the legend names kinds ("Other" for events of no kind, which said "event"); a lone lane of them
    // has nothing to be told from, and no name.
    laneTitle: (key) => {
      const name = kindName(key, t);
      return model.lanes.length < 2 && name === t.other ? '' : name;
    },
    fitLabel: state.fitLabel,
    labelWidth: state.labelWidth,
    axis,
  });
}
