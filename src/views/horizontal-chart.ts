// The horizontal layout: time runs across, one lane a kind (or group) stacked down, each with its row of
// marks, up to three rows of labels and, where labels have no room, "+N" badges; eras behind, the axis below.
import { html, svg, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TimeScale } from '../layout/time-scale.js';
import { BUCKET_PX, frameMarks, indexOfEvent, type FrameScale, type MarkGroup } from '../layout/level-of-detail.js';
import { placeLabels } from '../layout/labels.js';
import { ERA_STRIP, MARK_Y, ROW, lanesHeight, type LaneLayout } from '../layout/lane-layout.js';
import { isStrong } from '../model/kinds.js';
import { renderAxis } from './axis.js';
import { renderEras } from './eras.js';
import { badgeWidth, renderBadge, renderCount, renderMark, type MarkContext } from './marks.js';
import type { Era, TimelineEvent } from '../types.js';

/** A span drawn between two events with a label (the days between the last two in-person meetings). */
export interface SpanLine {
  from: TimelineEvent;
  to: TimelineEvent;
  label: string;
  /** Key of the lane the line runs along. */
  lane: string;
}

/** What the horizontal chart draws. */
export interface HorizontalChartView {
  width: number;
  height: number;
  rtl: boolean;
  /** The time scale of the view, onto x. */
  x: TimeScale;
  visible: readonly [number, number];
  frame: FrameScale;
  lanes: readonly LaneLayout[];
  eras: readonly Era[];
  hasEvents: boolean;
  /** An event always drawn (the focused, else selected, else earliest visible), so a tab stop remains. */
  keep?: TimelineEvent;
  /** Draw `keep` even outside the view (it has focus). */
  keepOutside: boolean;
  span?: SpanLine;
  marks: MarkContext;
  laneTitle(key: string): string;
  /** Width in px of a label as drawn. */
  labelWidth(text: string, bold: boolean): number;
  tickLabel(date: Date): string;
}

export function renderHorizontalChart(view: HorizontalChartView): TemplateResult {
  const { width, height, x, lanes, marks: ctx } = view;
  const bands = lanesHeight(lanes);
  // Era titles get a strip of their own above the axis, so they never cover event labels.
  const eraStrip = view.eras.length ? ERA_STRIP : 0;
  const drawnLanes = lanes.map((lane) => renderLane(view, lane));
  // Every drawn event in one list, in time order, for screen readers and the tab order.
  const drawn = drawnLanes
    .flatMap(({ singles }, l) => singles.map((event) => ({ event, top: lanes[l].top, position: ctx.position(event) })))
    .sort((a, b) => a.position - b.position);
  // One tab stop (roving tabindex): the focused event when drawn, else the earliest one drawn.
  const tabStop = (drawn.find((d) => d.event.id === ctx.focusedId) ?? drawn[0])?.event.id;
  return html`<svg part="chart" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
    <defs>
      <clipPath id="plot"><rect width=${width} height=${height}></rect></clipPath>
    </defs>
    <g clip-path="url(#plot)">
      ${lanes.map(
        (lane) => svg`<g part="lane" class="lane" data-lane=${lane.lane.key} transform="translate(0,${lane.top})">
          <rect class="lane-band" width=${width} height=${lane.height - 2}></rect>
          <line class="lane-rule" x2=${width} y1=${lane.height - 1} y2=${lane.height - 1}></line>
        </g>`,
      )}
      ${renderEras(view.eras, x, {
        vertical: false,
        rtl: view.rtl,
        axisLength: width,
        crossStart: 0,
        crossSize: bands + eraStrip,
        titleAt: bands + eraStrip - 5,
        titleWidth: (title) => view.labelWidth(title, false),
      })}
      ${lanes.map(
        (lane) =>
          svg`<text class="lane-label" aria-hidden="true" x=${view.rtl ? width - 8 : 8} text-anchor=${view.rtl ? 'end' : 'start'}
            y=${lane.top + 13}>${view.laneTitle(lane.lane.key)}</text>`,
      )}
      ${renderSpan(view)} ${drawnLanes.map((lane) => lane.decoration)}
      <g role="list" aria-label=${ctx.strings.events}>
        ${repeat(
          drawn,
          (d) => d.event.id,
          ({ event, top }) => renderMark(ctx, event, top + MARK_Y, x, event.id === tabStop),
        )}
      </g>
    </g>
    ${
      view.hasEvents
        ? svg`<g part="axis" transform="translate(0,${bands + eraStrip})" aria-hidden="true">
            ${renderAxis(x, 'bottom', Math.max(2, Math.floor(width / 110)), view.tickLabel)}
          </g>`
        : nothing
    }
  </svg>`;
}

/**
 * A lane's count marks, labels and "+N" badges (decoration, hidden from assistive technology), and its
 * event marks, which the chart gathers into one list in time order.
 */
function renderLane(
  view: HorizontalChartView,
  layout: LaneLayout,
): { decoration: TemplateResult; singles: TimelineEvent[] } {
  const { width, x, rtl, marks: ctx } = view;
  const { events, index } = layout.lane;
  const [d0, d1] = view.visible;
  const keep = view.keep ? indexOfEvent(events, index, view.keep) : -1;
  const marks = frameMarks(index, d0, d1, view.frame, BUCKET_PX, keep, view.keepOutside);
  const singles = marks.filter((m): m is number => typeof m === 'number').map((i) => events[i]);
  // Labels are placed in reading order: a label starts just after its mark (to its left when right to
  // left), or ends at it when it would run off the far edge. `logical` mirrors x for right to left.
  const logical = (px: number) => (rtl ? width - px : px);
  const screenLeft = (start: number, w: number) => (rtl ? width - start - w : start);
  const items = singles.map((event) => {
    const at = logical(x(event.start.ms));
    const w = view.labelWidth(event.title, isStrong(event.kind));
    const start = at + 11 + w > width - 4 ? Math.max(at - 11 - w, width - 4 - w) : at + 11;
    return { x: Math.max(4, start), width: w };
  });
  const order = items.map((_, i) => i).sort((a, b) => items[a].x - items[b].x);
  const placed = placeLabels(
    order.map((i) => items[i]),
    { rows: layout.rows, gap: 10, badgeWidth: (n) => badgeWidth(ctx.numbers.format(n)) },
  );
  const rowOf = new Int16Array(items.length);
  order.forEach((item, i) => (rowOf[item] = placed.row[i]));
  const labelTop = MARK_Y + 14 + 12;
  const decoration = svg`<g class="events" transform="translate(0,${layout.top})">
    ${marks
      .filter((m): m is MarkGroup => typeof m !== 'number')
      .map((m) => renderCount(ctx, events, index, m, x, view.frame, MARK_Y))}
    ${singles.flatMap((event, i) =>
      rowOf[i] < 0
        ? []
        : [
            svg`<text part="label" class=${isStrong(event.kind) ? 'strong' : ''} aria-hidden="true"
            x=${screenLeft(items[i].x, items[i].width)} y=${labelTop + rowOf[i] * ROW}>${event.title}</text>`,
          ],
    )}
    ${placed.clusters.map((cluster) => {
      const ends = [singles[order[cluster.first]], singles[order[cluster.last]]];
      const from = Math.min(...ends.map((e) => e.start.ms));
      const to = Math.max(...ends.map((e) => e.end?.endMs ?? e.start.endMs));
      const y = labelTop + layout.rows * ROW - 12;
      return renderBadge(ctx, screenLeft(cluster.x, cluster.width), y, cluster.count, from, to);
    })}
  </g>`;
  return { decoration, singles };
}

/** The dashed line between two events of a lane, with its label above the middle. */
function renderSpan(view: HorizontalChartView): TemplateResult | typeof nothing {
  const { span, x } = view;
  const lane = span && view.lanes.find((l) => l.lane.key === span.lane);
  if (!span || !lane) return nothing;
  const [x0, x1] = [x(span.from.start.ms), x(span.to.start.ms)].sort((a, b) => a - b);
  const y = lane.top + MARK_Y;
  return svg`<g class="span" aria-hidden="true">
    <line x1=${x0 + 12} x2=${x1 - 12} y1=${y} y2=${y}></line>
    <text x=${(x0 + x1) / 2} y=${y - 6} text-anchor="middle">${span.label}</text>
  </g>`;
}
