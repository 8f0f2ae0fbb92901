// The horizontal layout: time runs across, one lane a kind (or group) stacked down, each with as many rows
// of labelled marks as its events in view need (a thin titled row when it has none); eras behind, their
// names in a strip at the top, the axis below.
import { svg, nothing, type TemplateResult } from 'lit';
import type { TimeScale } from '../layout/time-scale.js';
import type { FrameLayout, PlacedEvent } from '../layout/frame.js';
import { isStrong } from '../model/kinds.js';
import { renderAxis, type AxisText } from './axis.js';
import { chartBox } from './chart-box.js';
import { renderEras } from './eras.js';
import { renderMarkList } from './mark-list.js';
import { markShape, type MarkContext, type MarkLabel } from './marks.js';
import type { FrameScale } from '../layout/lane-index.js';
import type { Era, TimelineEvent } from '../types.js';
import type { LaneCues } from '../controllers/viewport-controller.js';

/** A span drawn between two events with a label (e.g. the days between two meetings). */
export interface SpanLine {
  from: TimelineEvent;
  to: TimelineEvent;
  label: string;
}

/** What the horizontal chart draws. */
export interface HorizontalChartView {
  width: number;
  height: number;
  /** The svg's own height, at least `height` (see `chartBox`). */
  canvasHeight?: number;
  rtl: boolean;
  /** The time scale of the view, onto x. */
  x: TimeScale;
  frame: FrameScale;
  layout: FrameLayout;
  /** The span in view, ms. */
  visible: readonly [number, number];
  /** Each lane's title row, its name with its "2 earlier" and "3 later", from the zoom's chunk (they glide the view). */
  cues?: LaneCues;
  /** Where the lanes start (below the eras' names), px. */
  top: number;
  eras: readonly Era[];
  hasEvents: boolean;
  spans: readonly SpanLine[];
  marks: MarkContext;
  /** The crowded-lane chunk's drawing of count marks and badges, once loaded. */
  crowded?: typeof import('../crowded.js');
  laneTitle(key: string): string;
  /** An event's title cut to `room` px. */
  fitLabel(event: TimelineEvent, room: number): string;
  /** Width in px of a text as drawn, bold or not. */
  labelWidth(text: string, bold: boolean): number;
  /** How the axis reads. */
  axis: AxisText;
}

export function renderHorizontalChart(view: HorizontalChartView): TemplateResult {
  const { width, height, x, layout, marks: ctx, top } = view;
  const bottom = top + layout.height;
  // One tab stop (roving tabindex): the focused event when drawn, else the earliest one drawn.
  const tabStop = (layout.events.find((p) => p.event.id === ctx.focusedId) ?? layout.events[0])?.event.id;
  // Clipped by the box and the svg's viewport (chartBox): a clip-path on the group of marks would make the browser
  // paint all of them again whenever one moved (2–4 ms a zoom step at 10,000 events).
  return chartBox(
    width,
    height,
    view.canvasHeight,
    svg`<g>
        ${layout.lanes.map(
          (lane) => svg`<g part="lane" class="lane ${lane.rows ? '' : 'empty'}" data-lane=${lane.lane.key}
            transform="translate(0,${lane.top})">
          <rect class="lane-band" width=${width} height=${lane.height - 2}></rect>
          <line class="lane-rule" x2=${width} y1=${lane.height - 1} y2=${lane.height - 1}></line>
        </g>`,
        )}
        ${renderEras(view.eras, x, {
          rtl: view.rtl,
          axisLength: width,
          crossSize: bottom,
          titleWidth: (text) => view.labelWidth(text, false),
        })}
        ${layout.lanes.map(
          (lane) =>
            view.cues?.renderLaneTitle(view, lane) ??
            svg`<text class="lane-label" aria-hidden="true" x=${view.rtl ? width - 8 : 8} text-anchor=${view.rtl ? 'end' : 'start'}
            y=${lane.top + 13}>${view.laneTitle(lane.lane.key)}</text>`,
        )}
        ${renderSpans(view)} ${renderCrowded(view)}
        ${renderMarkList(
          ctx,
          layout.events.map((p) => markShape(ctx, p.event, p.y, x, p.event.id === tabStop, labelOf(view, p), hitOf(p))),
          ctx.progressive,
        )}
      </g>
      ${
        view.hasEvents
          ? svg`<g part="axis" transform="translate(0,${bottom})" aria-hidden="true">
            ${renderAxis(x, 'bottom', Math.max(2, Math.floor(width / 110)), view.axis, view.rtl)}
          </g>`
          : nothing
      }`,
  );
}

/** The count marks and "+N" badges of crowded lanes. */
function renderCrowded(view: HorizontalChartView): TemplateResult | typeof nothing {
  const { layout, crowded, marks: ctx, x } = view;
  if (!crowded || (!layout.counts.length && !layout.badges.length)) return nothing;
  // Keyed by lane and first event: while the view moves, a count mark that stays is the same nodes, moved.
  return svg`<g class="events">
    <g ${crowded.countList(
      layout.counts.map(({ lane, group, y, label }) =>
        crowded.countShape(
          ctx,
          lane.events,
          lane.index,
          group,
          x,
          view.frame,
          y,
          `${lane.key} ${group.first}`,
          label && { ...label, text: view.fitLabel(lane.events[group.first], label.room) },
        ),
      ),
    )}></g>
    ${layout.badges.map((badge) => crowded.renderBadge(ctx, badge))}
  </g>`;
}

/** A placed event's label, relative to its mark. */
function labelOf(view: HorizontalChartView, placed: PlacedEvent): MarkLabel | undefined {
  const { label, event } = placed;
  if (!label) return undefined;
  const text = view.fitLabel(event, label.room);
  const bold = isStrong(event.kind);
  return {
    dx: label.x - placed.x,
    dy: label.y - placed.y,
    anchor: label.anchor,
    text,
    leader: label.y !== placed.y,
    bold,
    // Measured (and kept) already to fit it: the width a label on its own bar cuts out of it.
    width: event.end && label.y === placed.y ? view.labelWidth(text, bold) : undefined,
  };
}

/** The hit area across the mark, its bar and a label in its own row, relative to the mark. */
function hitOf(placed: PlacedEvent): [number, number] {
  return [placed.box[0] - placed.x, placed.box[1] - placed.x];
}

/**
 * Spans: a dashed bracket above the rows of the first event's lane, from one event's mark to the other's,
 * its label in the middle.
 */
function renderSpans(view: HorizontalChartView): (TemplateResult | typeof nothing)[] {
  const { layout, x } = view;
  return view.spans.map((span) => {
    const lane = layout.lanes.find((l) => l.lane.events.includes(span.from));
    if (lane?.spanY === undefined) return nothing;
    const y = lane.spanY;
    const [x0, x1] = [x(span.from.start.ms), x(span.to.start.ms)].sort((a, b) => a - b);
    const drop = lane.top + lane.height - y;
    return svg`<g class="span" aria-hidden="true">
      <path d="M${x0},${y + 8}V${y}H${x1}V${y + 8}"></path>
      ${x1 - x0 > 40 ? svg`<text x=${(x0 + x1) / 2} y=${y} dy="0.35em" text-anchor="middle">${span.label}</text>` : nothing}
      <line class="span-end" x1=${x0} x2=${x0} y1=${y + 8} y2=${y + Math.min(drop, 22)}></line>
      <line class="span-end" x1=${x1} x2=${x1} y1=${y + 8} y2=${y + Math.min(drop, 22)}></line>
    </g>`;
  });
}
