// The vertical layout, for narrow containers: time runs down, the axis on the leading side, every lane's
// marks in one column (shape and colour tell the kind), and one column of labels that never overlap;
// labels with no room are counted in a "+N" badge beside the label above them. A chunk, loaded when an
// element first turns vertical: wide pages never pay for it.
import { html, svg, nothing, type TemplateResult } from 'lit';
import type { TimeScale } from '../layout/time-scale.js';
import {
  frameMarks,
  groupExtent,
  indexOfEvent,
  type FrameScale,
  type LaneIndex,
  type MarkGroup,
} from '../layout/level-of-detail.js';
import { fitLabel, stackLabels } from '../layout/label-lines.js';
import { renderAxis } from './axis.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { Era, TimelineEvent } from '../types.js';

/** Width of the axis column, px. */
export const AXIS_WIDTH = 64;
const LINE = 18; // label line height
const BUCKET_PX = 28; // events starting within this many px merge into a count mark, drawn down the bucket

/** What the element passes in: its view, its data, and the pieces of its own rendering the chart reuses. */
export interface VerticalView {
  width: number;
  length: number;
  rtl: boolean;
  /** The time scale of the view, onto y. */
  y: TimeScale;
  visible: [number, number];
  /** Start of the base scale's domain, ms: the origin of the level-of-detail buckets. */
  origin: number;
  events: readonly TimelineEvent[];
  eras: readonly Era[];
  index: LaneIndex;
  /** The event with id `keepId`. */
  keep?: TimelineEvent;
  /** Always drawn (the focused, else selected, else earliest visible event). */
  keepId?: string;
  focusId?: string;
  strings: TimelineStrings;
  numbers: Intl.NumberFormat;
  /** Counts of a thousand and more, short: "1.2K". */
  compact: Intl.NumberFormat;
  labelWidth: (text: string, bold: boolean) => number;
  tickLabel: (date: Date) => string;
  renderMark: (event: TimelineEvent, cross: number, y: TimeScale, tabStop: boolean) => TemplateResult;
  /** Zooms in on `count` events between `from` and `to`. */
  expand: (from: number, to: number, count: number) => void;
}

export function renderVerticalChart(view: VerticalView): TemplateResult {
  const { width, length, rtl, y, events, strings: t, numbers: format } = view;
  const [d0, d1] = view.visible;
  const markX = rtl ? width - AXIS_WIDTH - 20 : AXIS_WIDTH + 20;
  const labelX = rtl ? markX - 20 : markX + 20;
  const room = (rtl ? labelX : width - labelX) - 8;
  const keep = view.keep ? indexOfEvent(events, view.index, view.keep) : -1;
  const scale = { origin: view.origin, pxPerMs: length / (d1 - d0) };
  const marks = frameMarks(view.index, d0, d1, scale, BUCKET_PX, keep, view.keepId === view.focusId);
  const singles = marks
    .filter((m): m is number => typeof m === 'number')
    .sort((a, b) => a - b)
    .map((i) => events[i]);
  const lines = stackLabels(
    singles.map((event) => ({ item: event, at: y(event.start.ms) })),
    LINE,
  );
  const tabStop = (singles.find((e) => e.id === view.focusId) ?? singles[0])?.id;
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
      ${view.eras.map((era, i) => {
        const [a, b] = [y(era.start.ms), y(era.end.endMs)].sort((p, q) => p - q);
        const y0 = Math.max(a, -1);
        const y1 = Math.min(b, length + 1);
        return y1 <= y0
          ? nothing
          : svg`<g class="era ${i % 2 ? 'odd' : 'even'}" aria-hidden="true"><rect x=${left} y=${y0} width=${band} height=${y1 - y0}></rect></g>`;
      })}
      <g class="events">
        ${marks.filter((m): m is MarkGroup => typeof m !== 'number').map((m) => renderCount(view, m, markX, scale))}
        ${lines.map(({ item: event, at, hidden }) => {
          const count = hidden.length ? format.format(hidden.length) : '';
          const badge = count ? 16 + count.length * 7 : 0;
          const strong = event.kind === 'in-person';
          const text = fitLabel(event.title, room - (badge ? badge + 6 : 0), (s) => view.labelWidth(s, strong));
          const to = Math.max(...hidden.map((e) => e.end?.endMs ?? e.start.endMs));
          return svg`<text part="label" class=${strong ? 'strong' : ''} aria-hidden="true" x=${labelX} y=${at + 4}
              text-anchor=${rtl ? 'end' : 'start'}>${text}</text>
            ${
              count
                ? svg`<g part="cluster" class="cluster" role="button" tabindex="-1" aria-label=${t.more(count)}
                    transform="translate(${rtl ? 8 : width - 8 - badge},${at - 7})"
                    @click=${() => view.expand(event.start.ms, to, hidden.length + 1)}>
                    <rect class="hit" y="-4.5" width=${Math.max(24, badge)} height="24"></rect>
                    <rect width=${badge} height="15" rx="7"></rect>
                    <text x=${badge / 2} y="11" text-anchor="middle">+${count}</text>
                  </g>`
                : nothing
            }`;
        })}
      </g>
      <g role="list" aria-label=${t.events}>
        ${singles.map((event) => view.renderMark(event, markX, y, event.id === tabStop))}
      </g>
    </g>
    ${
      events.length
        ? svg`<g part="axis" transform="translate(${rtl ? width - AXIS_WIDTH : AXIS_WIDTH},0)" aria-hidden="true">
            ${renderAxis(y, rtl ? 'right' : 'left', Math.max(2, Math.floor(length / 70)), view.tickLabel)}
          </g>`
        : nothing
    }
  </svg>`;
}

/** A count mark: a pill down the mark column over the events it stands for. Clicking zooms in on them. */
function renderCount(view: VerticalView, group: MarkGroup, markX: number, scale: FrameScale): TemplateResult {
  const first = view.events[group.first];
  const last = view.events[group.last];
  const count = view.numbers.format(group.count);
  const label = group.count < 1000 ? count : view.compact.format(group.count);
  // The pill fills its buckets, so neighbouring count marks touch but never overlap.
  const [e0, e1] = groupExtent(group, view.index.starts, scale, BUCKET_PX).map((px) =>
    view.y(scale.origin + px / scale.pxPerMs),
  );
  const y0 = Math.min(e0, e1);
  const h = Math.abs(e1 - e0);
  const w = Math.max(24, 10 + label.length * 7);
  const to = Math.max(last.end?.endMs ?? last.start.endMs, first.end?.endMs ?? 0);
  return svg`<g part="count" class="count" role="button" tabindex="-1" aria-label=${view.strings.more(count)}
      transform="translate(${markX - w / 2},${y0})" @click=${() => view.expand(first.start.ms, to, group.count)}>
      <rect width=${w} height=${h} rx="12"></rect>
      <text x=${w / 2} y=${h / 2 + 4} text-anchor="middle">${label}</text>
    </g>`;
}
