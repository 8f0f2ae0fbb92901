// The vertical layout, for narrow containers: time runs down a page that grows with it, the axis on the
// leading side, every event in one column of marks with its label wrapped across the full width, and long
// empty stretches compressed to a break in the axis. Past a few hundred events in view it turns to count
// marks over an even scale. A chunk, loaded when an element first turns vertical: wide pages never pay for it.
import { svg, nothing, type TemplateResult } from 'lit';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { scaleTime } from '../layout/time-scale.js';
import { tickKind, timeAt } from '../layout/time-ticks.js';
import {
  BUCKET_PX,
  frameMarks,
  groupExtent,
  indexOfEvent,
  type FrameScale,
  type LaneIndex,
  type MarkGroup,
} from '../layout/level-of-detail.js';
import { fitLabel } from '../layout/label-lines.js';
import { SMALL_TICK_SIZE, tickLines } from '../layout/tick-lines.js';
import { stackLabels } from '../layout/stack-labels.js';
import { LINE, ROW_MIN, type AxisBreak, type EraBand, type VerticalFrame } from '../layout/vertical-frame.js';
import { MIN_BAR } from '../layout/frame.js';
import { isStrong } from '../model/kinds.js';
import type { AxisText } from './axis.js';
import { chartBox } from './chart-box.js';
import { renderMarkList } from './mark-list.js';
import { markShape, type MarkContext, type MarkShape } from './marks.js';
import {
  badgeWidth,
  countEnd,
  countList,
  countShape,
  countSpan,
  countThickness,
  focusAtRest,
  markOf,
  renderBadge,
  type CountShape,
} from './crowded-marks.js';
import type { TimelineEvent } from '../types.js';
import type { LaneCues } from '../controllers/viewport-controller.js';

export { layoutVertical } from '../layout/vertical-frame.js';
export { wrapLabel } from '../layout/wrap-label.js';

/** Width of the axis column, px. */
export const AXIS_WIDTH = 64;
const DAY = 86_400_000;
/** Two ticks a month apart: what they leave out of a time is its year alone (see `AxisText.context`). */
const MONTHS = [new Date(0), new Date(31 * DAY)];
/** Where labels start, px from the mark's centre. */
const LABEL_DX = 14;
/** The mark column's centre, px from the axis: room between them for three rails (see clearOfRows). */
const MARK_DX = 22;

/** Width in px that labels have, beside the axis and the mark column. */
export function labelRoom(width: number): number {
  return Math.max(60, width - AXIS_WIDTH - MARK_DX - LABEL_DX - 8);
}

/** What the vertical chart draws. */
export interface VerticalChartView {
  width: number;
  rtl: boolean;
  layout: VerticalFrame;
  /** The svg's own height, at least the chart's (see `chartBox`). */
  canvasHeight?: number;
  visible: readonly [number, number];
  /** The level-of-detail scale (count marks, when crowded). */
  frame: FrameScale;
  /** Px the visible span takes at an even density (when crowded). */
  nominalLength: number;
  events: readonly TimelineEvent[];
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
  /** The cues for what lies beyond the view, from the zoom's chunk (they glide the view), once loaded. */
  cues?: LaneCues;
}

/** How far in from the axis a band starts for each row of eras it overlaps, px: the eras it lies over show beside it. */
const ERA_INSET = 6;

export function renderVerticalChart(view: VerticalChartView): TemplateResult {
  const { width, rtl, layout } = view;
  const height = layout.height;
  const markX = rtl ? width - AXIS_WIDTH - MARK_DX : AXIS_WIDTH + MARK_DX;
  const left = rtl ? 0 : AXIS_WIDTH;
  const band = Math.max(0, width - AXIS_WIDTH);
  const d1 = view.visible[1];
  // The axis: ticks of the view through the layout's own scale, none inside a break, none crowding another. The
  // chart may begin above the view, at a bar running into it: the ticks begin there too.
  const scale = scaleTime([layout.from, d1], [layout.y(layout.from), layout.y(d1)]);
  const crowded = layout.crowded ? renderCrowded(view, markX) : undefined;
  return chartBox(
    width,
    height,
    view.canvasHeight,
    svg`<g>
        <g part="lane" class="lane" data-lane="all">
          <rect class="lane-band" x=${left} width=${band} height=${height}></rect>
        </g>
        ${[...layout.eras].sort((a, b) => a.row - b.row).map((era) => renderEra(view, era, left, band))}
        ${layout.eras.map((era, i) => renderEraName(view, era, left, band, crowded?.names[i], crowded?.label))}
        ${crowded ? crowded.drawn : renderRows(view, markX)} ${view.cues?.renderEndCues(view, view.index, height)}
      </g>
      ${
        view.events.length
          ? svg`<g part="axis" transform="translate(${rtl ? width - AXIS_WIDTH : AXIS_WIDTH},0)" aria-hidden="true">
            ${renderVerticalAxis(view, scale)}
          </g>`
          : nothing
      }`,
  );
}

/**
 * An era's band across the chart, drawn in the order of the eras' rows (see `eraRows`): a band that overlaps earlier
 * eras starts an inset further from the axis for each row, so theirs show beside it down its length.
 */
function renderEra(view: VerticalChartView, { era, index, row, y0, y1 }: EraBand, left: number, band: number) {
  const top = Math.max(y0, -1);
  const bottom = Math.min(y1, view.layout.height + 1);
  if (bottom <= top) return nothing;
  const inset = ERA_INSET * row;
  return svg`<g class="era ${index % 2 ? 'odd' : 'even'}" aria-hidden="true"><title>${era.title}</title>
    <rect x=${view.rtl ? left : left + inset} y=${top} width=${band - inset} height=${bottom - top}></rect></g>`;
}

/**
 * An era's name, over every band: on the row that heads it (see `layoutVertical`), or in a crowded chart on the
 * label line `line`, in the labels' column (`label`).
 */
function renderEraName(
  view: VerticalChartView,
  { era, heading }: EraBand,
  left: number,
  band: number,
  line: number | undefined,
  label: LabelColumn | undefined,
) {
  const { rtl } = view;
  const name = (x: number, y: number, room: number) =>
    svg`<g class="era-label" aria-hidden="true"><title>${era.title}</title><text class="era-name" x=${x} y=${y}
      fill="currentColor" font-size="11" font-weight="600"
      text-anchor=${rtl ? 'end' : 'start'}>${fitLabel(era.title, room, (s) => view.labelWidth(s, true))}</text></g>`;
  return heading !== undefined
    ? // From the marks' left edge, clear of the rails a span runs down (which crossed its first letters).
      name(rtl ? left + band - MARK_DX + 8 : left + MARK_DX - 8, heading + 17, band - MARK_DX)
    : line !== undefined && label
      ? name(label.x, line + 4, label.room)
      : nothing;
}

/** Where a crowded chart's labels start and the room they have, px. */
interface LabelColumn {
  x: number;
  room: number;
}

/**
 * The crowded chart's labels' column: beside the count marks' column at `markX`, clear of its widest mark
 * (`half` px either side of the column's centre).
 */
function crowdedLabel({ rtl, width }: VerticalChartView, markX: number, half: number): LabelColumn {
  const gap = Math.max(20, half + 6);
  const x = rtl ? markX - gap : markX + gap;
  return { x, room: (rtl ? x : width - x) - 8 };
}

/** Clearance between a bar's end and the next row's mark, px. */
const BAR_CLEAR = 12;
/** How far down from its mark's centre a vague date's faded span reaches at least, px. */
const VAGUE_PAST = 20;
/**
 * Rails beside the mark column for bars that reach past the next row, and where each lies, px from a mark. Three: a
 * plan's phase, task and sub-task run at once, and with two the third was cut short, as if it ended at the next row.
 */
const RAILS = 3;
const RAIL_AT = 12;
const RAIL_WIDTH = 2.5;
const RAIL_STEP = 3.5;

/**
 * Rows pack tighter than time (a row is at least 28 px), so a bar drawn down the mark column can reach the
 * next row's mark, or run through a dozen (a dynasty's 290 years) and read as theirs. A bar that ends by the
 * next row stops short of its mark; one that runs past it runs in a thin rail beside the column instead, from
 * its mark down to its end (with every rail taken, a dashed line to the next row says it runs on). The faded span of a vague date
 * (`196X`) and the dashed stub of an open end stop short of the rows above and below.
 */
function clearOfRows(shapes: MarkShape[], rows: VerticalFrame['rows'], rtl: boolean): MarkShape[] {
  const free: number[] = [];
  shapes.forEach((shape, i) => {
    const { bar, extent, open } = shape;
    // The focused event kept outside the view comes last, out of order: it has no neighbours.
    const [above, below] = [rows[i - 1]?.y, rows[i + 1]?.y];
    const next = below !== undefined && below > shape.y ? below : Infinity;
    const prev = above !== undefined && above < shape.y ? above : -Infinity;
    // The room a mark's parts have, px from its centre.
    const [lo, hi] = [prev + BAR_CLEAR - shape.y, next - BAR_CLEAR - shape.y];
    if (extent) {
      // At least VAGUE_PAST px past the mark where the rows leave room: "about 1922" at 8 px a year was a sliver of
      // its dashes under the mark, read as a smudge, not as a date that could be later.
      const [top, bottom] = [Math.max(extent.y, lo), Math.min(Math.max(extent.y + extent.h, VAGUE_PAST), hi)];
      shape.extent = bottom - top > 6 ? { ...extent, y: top, h: bottom - top } : undefined;
    }
    if (open)
      shape.open = { ...open, y1: Math.min(Math.max(open.y1, lo), hi), y2: Math.min(Math.max(open.y2, lo), hi) };
    if (!bar || bar.y + bar.h <= hi) return;
    // Ending by the next row (a visit the day before the next event), a stub says it has a length, where it has room
    // to read as one (MIN_BAR).
    const end = shape.y + bar.y + bar.h;
    const past = end >= next + BAR_CLEAR;
    let rail = past ? free.findIndex((y) => y <= shape.y) : -1;
    if (past && rail < 0 && free.length < RAILS) rail = free.push(0) - 1;
    if (rail >= 0) {
      free[rail] = end + RAIL_STEP;
      const at = RAIL_AT + rail * RAIL_STEP;
      shape.bar = { ...bar, x: rtl ? at - RAIL_WIDTH / 2 : -at - RAIL_WIDTH / 2, w: RAIL_WIDTH };
      // An arm from the rail's top to the mark (under it), so the rail reads as this event's, not a neighbour's.
      shape.barRest = { x: rtl ? 0 : -at - RAIL_WIDTH / 2, y: bar.y, w: at + RAIL_WIDTH / 2, h: RAIL_WIDTH };
    } else if (past) {
      // Every rail taken: a bar cut at the next row read as ending there ("Mobile app", April to August, ended in
      // May). It is drawn as an open end's dashed line to the next row instead: it runs on past what is drawn.
      shape.bar = undefined;
      if (hi - bar.y > 6) shape.open = { x1: 0, y1: bar.y, x2: 0, y2: hi };
    } else {
      shape.bar = hi - bar.y > MIN_BAR ? { ...bar, h: hi - bar.y } : undefined;
    }
  });
  return shapes;
}

/** Every event in view on a row of its own, its label wrapped beside its mark. */
function renderRows(view: VerticalChartView, markX: number): TemplateResult {
  const { layout, marks: ctx, rtl, width } = view;
  const tabStop = (layout.rows.find((r) => r.event.id === ctx.focusedId) ?? layout.rows[0])?.event.id;
  const room = labelRoom(width);
  const shapes = layout.rows.map((row) => {
    const at = (ms: number) => (ms === row.event.start.ms ? row.y : layout.y(ms));
    // The whole title is a tooltip only where the lines cut it (a word wider than a line is cut too).
    const text = row.lines.some((line) => line.trimEnd().endsWith('…')) ? row.lines.join('') : row.event.title;
    const dx = rtl ? -LABEL_DX : LABEL_DX;
    const area = {
      x: rtl ? -(room + LABEL_DX) : -12,
      y: -12,
      w: room + LABEL_DX + 12,
      h: Math.max(24, row.height - 4),
    };
    return markShape(
      ctx,
      row.event,
      markX,
      at,
      row.event.id === tabStop,
      {
        dx,
        dy: 0,
        anchor: rtl ? 'end' : 'start',
        text,
        // At an end anchor the space between lines starts the next: ending a line, it pushed the line off its mark.
        lines: rtl
          ? row.lines.map((line, i, all) => (all[i - 1]?.endsWith(' ') ? ' ' : '') + line.trimEnd())
          : row.lines,
        leader: false,
        bold: isStrong(row.event.kind),
      },
      undefined,
      area,
    );
  });
  return renderMarkList(ctx, clearOfRows(shapes, layout.rows, rtl), ctx.progressive);
}

/**
 * A label line of the crowded chart: an event drawn alone, or the first of a count mark's (`count` events, to
 * `to` ms), which names it beside the mark.
 */
interface Named {
  event: TimelineEvent;
  count: number;
  to: number;
  /** A count mark's shape: a click on its name does what one on the mark does. */
  shape?: CountShape;
}

/**
 * Too many events in view to list: count marks down an even scale, and the labels that fit one a line. A count
 * mark names its first event beside it, with a "+N" badge for the rest, so the column of counts reads as a
 * story to skim, not numbers alone.
 */
function renderCrowded(
  view: VerticalChartView,
  markX: number,
): { drawn: TemplateResult; names: (number | undefined)[]; label: LabelColumn } {
  const { width, rtl, events, marks: ctx, layout } = view;
  const [d0, d1] = view.visible;
  const y = (ms: number) => layout.y(ms);
  const scale = scaleOf(view);
  const keep = view.keep ? indexOfEvent(events, view.index, view.keep) : -1;
  const marks = frameMarks(view.index, d0, d1, view.frame, BUCKET_PX, keep, view.keepOutside);
  const singles = marks
    .filter((m): m is number => typeof m === 'number')
    .sort((a, b) => a - b)
    .map((i) => events[i]);
  const groups = marks.filter((m): m is MarkGroup => typeof m !== 'number');
  // Keyed by first event: while the view moves, a count mark that stays is the same nodes, moved.
  const shapes = groups.map((m) => countShape(ctx, events, view.index, m, scale, view.frame, markX, m.first));
  const label = crowdedLabel(view, markX, Math.max(0, ...groups.map((g) => countThickness(ctx, g.count) / 2)));
  const { x: labelX, room } = label;
  const named = [
    ...singles.map((event) => ({
      item: { event, count: 1, to: event.end?.endMs ?? event.start.endMs },
      at: y(event.start.ms),
    })),
    ...groups.map((group, k) => {
      const [e0, e1] = countSpan(groupExtent(group, view.index.starts, view.frame, BUCKET_PX), scale, view.frame);
      return {
        item: { event: events[group.first], count: group.count, to: countEnd(events, group), shape: shapes[k] },
        at: (e0 + e1) / 2,
      };
    }),
  ].sort((a, b) => a.at - b.at);
  // No rows to head: an era's name takes a label line at the top of its band (of what of it is in view), if there is
  // room there. The first label shows wherever it is: a name it would touch goes a line below it.
  const first = named.length ? named[0].at : NaN;
  const names = layout.eras.map(({ y0, y1 }) => {
    const [top, bottom] = [Math.max(y0, 0), Math.min(y1, layout.height)];
    if (bottom - top < 2 * LINE) return undefined;
    return Math.abs(first - (top + LINE)) < LINE + 2 ? first + LINE + 2 : top + LINE;
  });
  const lines = stackLabels<Named>(
    named,
    LINE + 2,
    names.filter((at) => at !== undefined),
  );
  const tabStop = (singles.find((e) => e.id === ctx.focusedId) ?? singles[0])?.id;
  const drawn = svg`<g class="events">
      <g ${countList(shapes)}></g>
      ${lines.map(({ item: { event, count, to, shape }, at, hidden }) => {
        // The rest of a count mark's events, and the labels that had no room on this line, are counted in a badge.
        const rest = hidden.reduce((sum, h) => sum + h.count, count - 1);
        const more = rest ? ctx.numbers.format(rest) : '';
        const badge = more ? badgeWidth(more) : 0;
        const strong = isStrong(event.kind);
        const text = fitLabel(event.title, room - (badge ? badge + 6 : 0), (s) => view.labelWidth(s, strong));
        const until = Math.max(to, ...hidden.map((h) => h.to));
        // A click on a name does what one on its mark does: a single event is selected, a count mark zooms in.
        const click = shape
          ? (e: Event) => {
              focusAtRest(e.currentTarget as Element, markOf(shape.first));
              shape.expand();
            }
          : () => ctx.onSelect(event);
        return svg`<text part="label" class="${count > 1 ? 'count-name' : 'event-name'} ${strong ? 'strong' : ''}"
            aria-hidden="true" x=${labelX} y=${at + 4} text-anchor=${rtl ? 'end' : 'start'} @click=${click}>${text}</text>
          ${
            more
              ? renderBadge(ctx, {
                  x: rtl ? 8 : width - 8 - badge,
                  y: at - 7,
                  count: rest,
                  from: event.start.ms,
                  to: until,
                  first: event,
                })
              : nothing
          }`;
      })}
    </g>
    ${renderMarkList(
      ctx,
      singles.map((event) => markShape(ctx, event, markX, y, event.id === tabStop)),
      ctx.progressive,
    )}`;
  return { drawn, names, label };
}

/** The crowded layout's even scale, as a time scale onto y. */
function scaleOf(view: VerticalChartView) {
  const [d0, d1] = view.visible;
  return scaleTime([d0, d1], [view.layout.y(d0), view.layout.y(d1)]);
}

/**
 * Ticks of their own for the stretches of the axis that rows draw out past the view's ticks: a view from 2500 BC to
 * 2000 has ticks 500 years apart, and its rows from 1642 to 1989 (fifteen events, 400 px) stood beside "2000"
 * alone; a launch week's twelve events in a product's year (300 px) stood between "Sep" and "Oct", no day said. A
 * stretch between two of the view's ticks (or a break, or the chart's ends) 120 px long or more, and more than twice
 * what its time takes at the view's density, gets as many ticks as its length holds; the stretches between those
 * in turn (the week's days between its Sundays).
 */
function pieceTicks(view: VerticalChartView, even: readonly Date[], offset?: (ms: number) => number): Date[] {
  const { layout, visible } = view;
  const density = view.nominalLength / Math.max(visible[1] - visible[0], 1);
  const extra: Date[] = [];
  const at = (t: number): [number, number] => [t, layout.y(t)];
  const split = (stops: [t: number, y: number][], depth: number) => {
    for (let i = 1; i < stops.length; i++) {
      const [[t0, y0], [t1, y1]] = [stops[i - 1], stops[i]];
      if (y1 - y0 < 120 || y1 - y0 <= 2 * (t1 - t0) * density) continue;
      const ticks = scaleTime([t0, t1], [y0, y1])
        .ticks(Math.floor((y1 - y0) / 60), offset)
        .filter((tick) => +tick > t0 && +tick < t1);
      extra.push(...ticks);
      if (ticks.length && depth < 3) split([[t0, y0], ...ticks.map((tick) => at(+tick)), [t1, y1]], depth + 1);
    }
  };
  split(
    [
      at(visible[0]),
      ...even.map((tick) => at(+tick)),
      ...layout.breaks.flatMap((b): [number, number][] => [
        [b.from, b.y0],
        [b.to, b.y1],
      ]),
      at(visible[1]),
    ].sort((p, q) => p[0] - q[0] || p[1] - q[1]),
    0,
  );
  return extra;
}

/** The axis down the leading side: its line broken where time is compressed, its ticks clear of the breaks. */
function renderVerticalAxis(view: VerticalChartView, scale: ReturnType<typeof scaleTime>): TemplateResult {
  const { layout, rtl } = view;
  const side = rtl ? 1 : -1;
  const offset = view.axis.offset;
  const even = scale.ticks(Math.max(2, Math.floor(layout.height / 60)), offset);
  // The start of the year or month `ms` is in, on the axis's clock (see `time-zone`).
  const floor = (interval: typeof utcYear, ms: number) => {
    const o = offset?.(ms) ?? 0;
    return timeAt(+interval.floor(timeAt(ms + o)) - o);
  };
  const span = view.visible[1] - view.visible[0];
  const step = even.length > 1 ? Math.abs(+even[1] - +even[0]) : Infinity;
  const distance = tickKind(view.visible[0], view.visible[1], step);
  // The gutter beside a vertical axis is narrow: distances in geologists' units ("13.8 Ga").
  const kind = distance === 'distance' ? 'annum' : distance;
  // Under week or day ticks a year's first day is a tick of its own ("2024"), kept before any other beside it:
  // week ticks fall on Sundays, and a view from mid-December to January said "Dec 31", then January's rows under
  // no tick, as if in the year the top names.
  const years: Date[] = [];
  if (kind === 'calendar' && step < 28 * DAY)
    // Each next year's first day on the axis's clock (a day past a year on, floored), while in view.
    for (let year = floor(utcYear, view.visible[0]); ; years.push(year)) {
      year = floor(utcYear, +utcYear.offset(year, 1) + DAY);
      if (+year >= view.visible[1]) break;
    }
  const room = AXIS_WIDTH - 10;
  const own = pieceTicks(view, even, offset);
  const all = [...even, ...own, ...years.filter((y) => !even.some((t) => +t === +y))].sort((a, b) => +a - +b);
  // In geologists' units, each tick's distance from now in words, on the lines it takes in the gutter (see
  // `tickLines`): a newsroom's reader does not read "14 Ga".
  const words = new Map<number, string[] | undefined>(
    kind === 'annum'
      ? all.map((tick) => [+tick, tickLines(view.axis.tick(tick, 'distance', step), room, view.axis.tickWidth)])
      : [],
  );
  // A tick's label on one line. Ticks here never add the year to a week's first tick in January (see tickLabel): the
  // year has its own tick, and "Jan 7, 2024" is wider than the gutter. In geologists' units, the words where they fit
  // a line: the present is "now", as across the page, not a bare "0" under "4 Ga".
  const label = (tick: Date) => {
    const said = words.get(+tick);
    return said?.length === 1 ? said[0] : view.axis.tick(tick, kind, kind === 'calendar' ? 0 : step);
  };
  // The gutter is narrow: a context wider than it ("September 2023" over day ticks) is cut to its year when the
  // ticks name days or months ("Sep 17", "Oct") themselves; month ticks leave out only the year.
  const contextAt = (ms: number) => {
    const text = view.axis.context(even, new Date(ms), span);
    return step < DAY || view.axis.width(text) <= room ? text : view.axis.context(MONTHS, new Date(ms), span);
  };
  // A row takes its height however little time is left to the next: a tick beside a row whose time it is not
  // goes to that row's edge, between it and its neighbour ("Aug 24" stood beside a match of 23 August, the week
  // to the next match being a row's height).
  // Each tick's place, found once: the breaks' restatements and the ticks drawn read it (a search of the rows
  // for each tick and each break, every frame of a zoom).
  const places = all.map((tick) => {
    const at = layout.y(+tick);
    const row = layout.rows.find((r) => at > r.y - ROW_MIN / 2 && at < r.y + r.height - ROW_MIN / 2);
    return row && +tick !== row.event.start.ms
      ? row.y - ROW_MIN / 2 + (+tick > row.event.start.ms ? row.height : 0)
      : at;
  });
  // The year of `ms` as year ticks say it: for the stretch below a break, or above the first tick.
  const yearAt = (ms: number) => view.axis.tick(kind === 'calendar' ? floor(utcYear, ms) : timeAt(ms), kind, step);
  // A break hides its ticks, the one where the year changes among them: what the context label says at the top
  // is said again below a break that changed it ("2020" at the top, then "2021" beside the first row below the break),
  // and over day ticks the month.
  const restatedAt = (b: AxisBreak) => {
    // The chart runs on at the view's density after the last row before it breaks: the ticks drawn there (to
    // "Dec 3", after a last event on 15 November) have said their month and year already.
    const from = Math.max(b.from, ...all.filter((_, i) => places[i] < b.y0 - 6).map(Number));
    const after = contextAt(b.to);
    if (after !== contextAt(from)) return after;
    // Year ticks need no context, but a break hides some: the year it ends in is said beside the row below it.
    if (!after) return kind !== 'annum' && all.some((t) => +t > from && +t < b.to) ? yearAt(b.to) : '';
    // Month ticks are the months: a break over the start of one leaves the month of the row below it unsaid ("Jul",
    // a break, then an event of 15 August). Under day and week ticks the row's day says it (below).
    const month = floor(utcMonth, b.to);
    return step >= 28 * DAY && step < 360 * DAY && +month > from ? view.axis.tick(month, 'calendar', step) : '';
  };
  const restated = layout.breaks.map((b) => {
    // A break with no row below it (the view runs on past the last event) has no row to say the time of: said, it
    // ran out of the chart's bottom.
    if (!layout.rows.some((row) => row.y >= b.y1)) return [];
    // Said again below a break, a context wider than the gutter (a date over hour ticks) is broken at spaces from
    // its end until its first line fits ("Nov 7," "2024," "UTC"): drawn whole, it ran out of the element on the
    // leading side.
    const said = restatedAt(b);
    const out = said ? [said] : [];
    for (let at; out[0] && view.axis.width(out[0]) > room && (at = out[0].lastIndexOf(' ')) > 0;)
      out.splice(0, 1, out[0].slice(0, at), out[0].slice(at + 1));
    // Over hour and minute ticks the break hides the hour of the row below it too (five events at noon, between
    // two breaks, said their date and no time); over day and week ticks, its day ("Jan 9"): a fortnight's
    // milestones, a break between each two, stood beside no date at all.
    if (step < DAY) out.push(view.axis.tick(new Date(b.to), kind, step));
    else if (step < 28 * DAY && kind === 'calendar') out.push(label(floor(utcDay, b.to)));
    return out;
  });
  // A tick's label reaches `half` px above and below it: 6 a line.
  const inBreak = (y: number, half: number) =>
    layout.breaks.some(
      (b, i) => y > b.y0 - half && y < b.y1 + half + (restated[i].length ? 6 + 12 * restated[i].length : 0),
    );
  const rank = (tick: Date) => (years.includes(tick) ? 2 : own.includes(tick) ? 0 : 1);
  // The ticks drawn, each with its label's lines: those clear of the breaks and the chart's ends, and of each other.
  const place = (lines: (tick: Date) => string[]) => {
    const placed: { tick: Date; at: number; text: string[] }[] = [];
    let last = { at: -Infinity, text: [] as string[] };
    for (const [i, tick] of all.entries()) {
      const at = places[i];
      const text = lines(tick);
      const half = 6 * text.length;
      if (at < 10 + half || at > layout.height + 2 - half || inBreak(at, half)) continue;
      if (at - last.at < 10 + half + 6 * last.text.length) {
        // A year's first day takes the place of the tick before it, and a tick of the view that of a stretch's own
        // ("Oct" after a launch week, not its "Sep 29").
        if (rank(tick) <= rank(placed[placed.length - 1].tick)) continue;
        placed.pop();
      }
      placed.push({ tick, at, text });
      last = { at, text };
    }
    return placed;
  };
  const units = place((tick) => [label(tick)]);
  // The words on every tick, where every tick's fit two lines and, taller than units, lose no tick to a break or a
  // neighbour; else units, but for words that fit a line.
  const spelled =
    kind === 'annum' && [...words.values()].every(Boolean)
      ? place((tick) => words.get(+tick) ?? [label(tick)])
      : undefined;
  const ticks = spelled && spelled.length >= units.length ? spelled : units;
  // Above the first tick no row: the stretch the view starts with says nothing, so the context is the first tick's
  // time, and nothing where that tick says it itself ("2020", then a "2021" tick and a first event in February,
  // read as 2020's).
  const [first] = ticks;
  const bare = first && !layout.rows.some((row) => row.y < first.at);
  let context = contextAt(bare ? +first.tick : view.visible[0]);
  if (bare && context === label(first.tick)) context = '';
  // Year ticks need no context, but rows above the first of them stood beside no year ("Ada Lovelace", 1815, above
  // an "1820" tick): the first row's year is said at the top, as below a break. In deep time in words, across the
  // chart's top where wider than the gutter: zoomed in on the Big Bang, every tick fell in a break, and three rows
  // stood beside no time at all.
  const top = layout.rows[0];
  if (!context && !bare && top) {
    const year =
      kind === 'annum' ? view.axis.tick(timeAt(top.event.start.ms), 'distance', step) : yearAt(top.event.start.ms);
    if (!first || year !== first.text.join(' ')) context = year;
  }
  // The domain line, in pieces between the breaks.
  let from = 0;
  const pieces: [number, number][] = [];
  for (const b of layout.breaks) {
    pieces.push([from, b.y0]);
    from = b.y1;
  }
  pieces.push([from, layout.height]);
  return svg`${pieces.map(([a, b]) => svg`<path class="domain" stroke="currentColor" fill="none" d=${`M0,${a}V${b}`}></path>`)}
    ${layout.breaks.map(
      // On the outer side, as the ticks are: across the axis they crossed the rails of bars running on beside it.
      (b) => svg`<path class="axis-break" stroke="currentColor" stroke-width="1.5" fill="none"
        d=${`M${side * 9},${b.y0 + 4}l${-side * 4},4l${-side * 4},-4M${side * 9},${b.y1 - 8}l${-side * 4},4l${-side * 4},-4`}></path>
        <text class="break-dots" fill="currentColor" x="0" y=${(b.y0 + b.y1) / 2} dy="0.35em" text-anchor="middle">⋮</text>`,
    )}
    ${ticks.map(
      ({ at, text }) =>
        svg`<g class="tick" transform="translate(0,${at})"><line stroke="currentColor" x2=${6 * side}></line><text fill="currentColor" x=${9 * side} y=${6 - 6 * text.length} dy="0.32em" font-size=${text.length > 1 ? SMALL_TICK_SIZE : nothing} text-anchor=${side < 0 ? 'end' : 'start'}>${
          text.length > 1
            ? // Each line isolated, in its own direction: "9 مليار سنة" began with its digit in the svg's left to
              // right, which put the count at the words' wrong end.
              text.map((line, k) => svg`<tspan x=${9 * side} dy=${k ? 12 : nothing}>${FSI}${line}${PDI}</tspan>`)
            : text[0]
        }</text></g>`,
    )}
    ${[[context], ...restated].map((texts, i) => {
      // Still wider (a date over hour ticks): the top one runs from the element's edge across the chart's top.
      const out = !i && view.axis.width(context) > room;
      const x = side * (out ? AXIS_WIDTH - 4 : 6);
      return texts[0]
        ? svg`<text class="context" fill="currentColor" x=${x} y=${i ? layout.breaks[i - 1].y1 + 6 : 12}
            text-anchor=${side < 0 !== out ? 'end' : 'start'}>${texts.map(
              (line, k) => svg`<tspan x=${x} dy=${k ? 12 : 0}>${line}</tspan>`,
            )}</text>`
        : nothing;
    })}`;
}

/** First-strong isolate and its end: text between them takes the direction of its first strong letter. */
const [FSI, PDI] = ['\u2068', '\u2069'];
