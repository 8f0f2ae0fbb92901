// The vertical layout, for narrow containers: time runs down, the axis on the leading side, every lane's
// marks in one column (shape and colour tell the kind), and one column of labels that never overlap;
// labels with no room are counted in a "+N" badge beside the label above them. A chunk, loaded when an
// element first turns vertical: wide pages never pay for it.
import { html, svg, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TimeScale } from '../layout/time-scale.js';
import {
  BUCKET_PX,
  frameMarks,
  indexOfEvent,
  type FrameScale,
  type LaneIndex,
  type MarkGroup,
} from '../layout/level-of-detail.js';
import { fitLabel, stackLabels } from '../layout/label-lines.js';
import { isStrong } from '../model/kinds.js';
import { renderAxis, type AxisText } from './axis.js';
import { renderEras } from './eras.js';
import { renderMark, type MarkContext } from './marks.js';
import { badgeWidth, renderBadge, renderCount } from './crowded-marks.js';
import type { Era, TimelineEvent } from '../types.js';

/** Width of the axis column, px. */
export const AXIS_WIDTH = 64;
const LINE = 18; // label line height

/** What the vertical chart draws. */
export interface VerticalChartView {
  width: number;
  length: number;
  rtl: boolean;
  /** The time scale of the view, onto y. */
  y: TimeScale;
  visible: readonly [number, number];
  frame: FrameScale;
  events: readonly TimelineEvent[];
  eras: readonly Era[];
  index: LaneIndex;
  /** An event always drawn (the focused, else selected, else earliest visible), so a tab stop remains. */
  keep?: TimelineEvent;
  /** Draw `keep` even outside the view (it has focus). */
  keepOutside: boolean;
  marks: MarkContext;
  /** Width in px of a label as drawn. */
  labelWidth(text: string, bold: boolean): number;
  /** How the axis reads. */
  axis: AxisText;
}

export function renderVerticalChart(view: VerticalChartView): TemplateResult {
  const { width, length, rtl, y, events, marks: ctx } = view;
  const [d0, d1] = view.visible;
  const markX = rtl ? width - AXIS_WIDTH - 20 : AXIS_WIDTH + 20;
  const labelX = rtl ? markX - 20 : markX + 20;
  const room = (rtl ? labelX : width - labelX) - 8;
  const keep = view.keep ? indexOfEvent(events, view.index, view.keep) : -1;
  const marks = frameMarks(view.index, d0, d1, view.frame, BUCKET_PX, keep, view.keepOutside);
  const singles = marks
    .filter((m): m is number => typeof m === 'number')
    .sort((a, b) => a - b)
    .map((i) => events[i]);
  const lines = stackLabels(
    singles.map((event) => ({ item: event, at: y(event.start.ms) })),
    LINE,
  );
  const tabStop = (singles.find((e) => e.id === ctx.focusedId) ?? singles[0])?.id;
  const left = rtl ? 0 : AXIS_WIDTH;
  const band = Math.max(0, width - AXIS_WIDTH);
  return html`<svg part="chart" width=${width} height=${length} viewBox="0 0 ${width} ${length}">
    <defs>
      <clipPath id="plot"><rect width=${width} height=${length}></rect></clipPath>
    </defs>
    <g clip-path="url(#plot)">
      <g part="lane" class="lane" data-lane="all">
        <rect class="lane-band" x=${left} width=${band} height=${length}></rect>
      </g>
      ${renderEras(view.eras, y, { vertical: true, rtl, axisLength: length, crossStart: left, crossSize: band })}
      <g class="events">
        ${marks
          .filter((m): m is MarkGroup => typeof m !== 'number')
          .map((m) => renderCount(ctx, events, view.index, m, y, view.frame, markX))}
        ${lines.map(({ item: event, at, hidden }) => {
          const count = hidden.length ? ctx.numbers.format(hidden.length) : '';
          const badge = count ? badgeWidth(count) : 0;
          const strong = isStrong(event.kind);
          const text = fitLabel(event.title, room - (badge ? badge + 6 : 0), (s) => view.labelWidth(s, strong));
          const to = Math.max(...hidden.map((e) => e.end?.endMs ?? e.start.endMs));
          return svg`<text part="label" class=${strong ? 'strong' : ''} aria-hidden="true" x=${labelX} y=${at + 4}
              text-anchor=${rtl ? 'end' : 'start'}>${text}</text>
            ${count ? renderBadge(ctx, rtl ? 8 : width - 8 - badge, at - 7, hidden.length, event.start.ms, to) : nothing}`;
        })}
      </g>
      <g role="list" aria-label=${ctx.strings.events}>
        ${repeat(
          singles,
          (event) => event.id,
          (event) => renderMark(ctx, event, markX, y, event.id === tabStop),
        )}
      </g>
    </g>
    ${
      events.length
        ? svg`<g part="axis" transform="translate(${rtl ? width - AXIS_WIDTH : AXIS_WIDTH},0)" aria-hidden="true">
            ${renderAxis(y, rtl ? 'right' : 'left', Math.max(2, Math.floor(length / 70)), view.axis, view.rtl)}
          </g>`
        : nothing
    }
  </svg>`;
}
