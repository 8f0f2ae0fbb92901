// The time axis, drawn by Lit in the chart's own render: what d3-axis draws (a domain line, and a tick line
// and label per tick), without a second, imperative DOM pass after every frame or d3-axis in the bundle;
// and, in a row under the ticks, the context they leave out (the year under month ticks, the month and year
// under day ticks), so every view says when it is.
import { svg, nothing, type TemplateResult } from 'lit';
import { utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time';
import type { TimeScale } from '../layout/time-scale.js';
import { isCalendarSpan, tickKind, yearTickValue, type TickKind } from '../layout/time-ticks.js';
import { MS_PER_YEAR, yearOf } from '../data/deep-time.js';
import { formatAnnum, formatYear, formatYearsFromNow } from '../data/format-year.js';
import { placeTickLabels } from '../layout/tick-labels.js';
import { dateTimeFormat } from '../i18n/formatters.js';

/** Where the labels go: below a horizontal axis, or to the left or right of a vertical one. */
export type AxisSide = 'bottom' | 'left' | 'right';

/** How the ticks read, and the context they need. */
export interface AxisText {
  /** A tick's label; `kind` says whether the ticks are calendar times, years or distances from now, `step` ms apart. */
  tick(date: Date, kind: TickKind, step: number): string;
  /** What the ticks leave out of the time `start` (the axis's start, or a tick's: e.g. its year); '' for nothing. */
  context(ticks: readonly Date[], start: Date, span: number): string;
  /** Width in px of a context label as drawn (or wider). */
  width(text: string): number;
  /** Width in px of a tick label as drawn: close, as tick labels give way to one another by it. */
  tickWidth(text: string): number;
  /** How far ahead of UTC the wall clock the ticks are round times of is, ms (see `time-zone`); `tick` reads it too. */
  offset?: (ms: number) => number;
}

/** About `count` ticks of `scale`, each labelled, and under them the context where it changes (bottom axis only). */
export function renderAxis(
  scale: TimeScale,
  side: AxisSide,
  count: number,
  text: AxisText,
  rtl = false,
): TemplateResult {
  const [r0, r1] = scale.range();
  const k = side === 'left' ? -1 : 1;
  const ticks = scale.ticks(count, text.offset);
  const [d0, d1] = scale.domain().map(Number);
  const start = new Date(Math.min(d0, d1));
  const step = ticks.length > 1 ? Math.abs(+ticks[1] - +ticks[0]) : Math.abs(d1 - d0);
  const kind = tickKind(d0, d1, step);
  const lead = Math.min(r0, r1);
  const trail = Math.max(r0, r1);
  // Under the ticks, a row of what they leave out (the year under month ticks, the date under hours): at the axis's
  // leading end, and again from each tick where it changes (midnight under hours, "Nov 6, 2024"), unless the tick
  // says it ("2023" under month ticks). One the next would run into gives way to it, which names what follows.
  // Below the ticks, not among them: on their row it took the place of the first ("9 AM" under "Jun 12, 2025").
  const contexts: { at?: number; from: number; text: string }[] = [];
  let said = '';
  for (const tick of side === 'bottom' ? [start, ...ticks] : []) {
    const context = text.context(ticks, tick, Math.abs(d1 - d0));
    if (context !== said) {
      const at = tick === start ? undefined : scale(tick);
      // From its tick (or the leading end), in reading order; kept inside the axis at the trailing end.
      const from = Math.min(
        at === undefined ? 0 : rtl ? trail - at : at - lead,
        trail - lead - text.width(context) - 8,
      );
      // A tick that says its period itself still ends the one before it: "2019" under a 2020 tick 29 px in read
      // as if 2020 came first.
      if (from < (contexts.at(-1)?.from ?? -Infinity) + text.width(contexts.at(-1)?.text ?? '') + 16) contexts.pop();
      if (context !== text.tick(tick, kind, step)) contexts.push({ at, from, text: context });
    }
    said = context;
  }
  const positions = ticks.map((tick) => scale(tick));
  const labels = ticks.map((tick) => text.tick(tick, kind, step));
  const domain = svg`<path class="domain" stroke="currentColor" fill="none" d=${side === 'bottom' ? `M${r0},0H${r1}` : `M0,${r0}V${r1}`}></path>`;
  if (side !== 'bottom')
    return svg`${domain}${positions.map(
      (at, i) =>
        svg`<g class="tick" transform="translate(0,${at})"><line stroke="currentColor" x2=${6 * k}></line><text fill="currentColor" x=${9 * k} dy="0.32em" text-anchor=${k < 0 ? 'end' : 'start'}>${labels[i]}</text></g>`,
    )}`;
  // Each label whole, clear of the others (see placeTickLabels) and of the axis's ends by 2 px: a glyph's ink
  // can reach past its advance (a pixel in Firefox), and a label flush with the edge reads as cut.
  const places = placeTickLabels(
    positions,
    labels.map((label) => text.tickWidth(label)),
    lead + 2,
    trail - 2,
  );
  return svg`${domain}
    ${places.map(
      (place, i) =>
        svg`<g class="tick" transform="translate(${positions[i]},0)"><line stroke="currentColor" y2="6"></line>${
          place
            ? svg`<text fill="currentColor" x=${place.dx} y="9" dy="0.71em" text-anchor=${place.anchor}>${labels[i]}</text>`
            : nothing
        }</g>`,
    )}
    ${contexts.map(
      ({ at, from, text }) =>
        svg`${at === undefined ? nothing : svg`<line stroke="currentColor" x1=${at} x2=${at} y1="21" y2="33"></line>`}<text class="context" fill="currentColor" x=${rtl ? trail - from - 4 : lead + from + 4} y="24" dy="0.71em"
            text-anchor=${rtl ? 'end' : 'start'}>${text}</text>`,
    )}`;
}

/** Whether a UTC year needs its era said: before 1000, so 44 is not read as 1944 and -500 as 500. */
function early(date: Date): boolean {
  return date.getUTCFullYear() < 1000;
}

/**
 * d3's multi-scale tick format, spelled by Intl in the reader's locale (UTC, like the scale); early years with
 * their era. Year ticks (`kind`) read as years ("10,000 BC"), or as distances from now ("14B years ago") to as
 * many digits as their `step` (ms) needs.
 */
export function tickLabel(date: Date, locale: string, kind: TickKind = 'calendar', step = Infinity): string {
  if (kind === 'distance' || kind === 'annum') {
    const years = yearTickValue(+date);
    // As many digits as tell the ticks apart: 4.78B, 4.8B, 5B.
    const digits = years ? Math.ceil(Math.log10(Math.abs(years) / (step / MS_PER_YEAR)) + 0.01) + 1 : 1;
    return kind === 'annum' ? formatAnnum(years, locale, digits) : formatYearsFromNow(years, locale, 'short', digits);
  }
  if (kind === 'years') return formatYear(yearOf(+date), locale, 'short');
  const options: Intl.DateTimeFormatOptions =
    utcMinute(date) < date || utcHour(date) < date
      ? { hour: 'numeric', minute: '2-digit' }
      : utcDay(date) < date
        ? { hour: 'numeric' }
        : utcMonth(date) < date
          ? // The first of a year's week ticks (Jan 7) says the year: none falls on the 1st to say it.
            {
              month: 'short',
              day: 'numeric',
              year: date.getUTCMonth() || date.getUTCDate() > step / 864e5 ? undefined : 'numeric',
            }
          : utcYear(date) < date
            ? { month: 'short' }
            : { year: 'numeric', ...(early(date) ? { era: 'short' } : {}) };
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' })?.format(date) ?? date.toISOString();
}

/**
 * What ticks leave out of the time `start`: nothing under year ticks; its year under month ticks; its month
 * and year under day ticks; its date under hour ticks, and with a `zone`, that the hours are that zone's ("UTC",
 * "EST"), in which the date is told too. With fewer than two ticks, the view's `span` (ms) says how fine they are.
 */
export function axisContext(
  ticks: readonly Date[],
  start: Date,
  locale: string,
  span = Infinity,
  zone?: string,
): string {
  // Year ticks say all there is; and a time beyond the calendar has no month to name.
  if (!isCalendarSpan(+start, +start)) return '';
  const first = start;
  const step = ticks.length > 1 ? Math.abs(+ticks[1] - +ticks[0]) : ticks.length ? alignment(ticks[0]) : span / 2;
  const day = 86_400_000;
  const era = early(first) ? { era: 'short' as const } : {};
  const options: Intl.DateTimeFormatOptions | undefined =
    step >= 360 * day
      ? undefined
      : step >= 28 * day
        ? { year: 'numeric', ...era }
        : step >= day
          ? { year: 'numeric', month: 'long', ...era }
          : { year: 'numeric', month: 'short', day: 'numeric', timeZoneName: zone ? 'short' : undefined, ...era };
  const timeZone = zone === 'local' ? undefined : (zone ?? 'UTC');
  return options ? (dateTimeFormat(locale, { ...options, timeZone })?.format(first) ?? '') : '';
}

/** How finely a lone tick is aligned, in ms: a year, a month, a day, or less. */
function alignment(tick: Date): number {
  const day = 86_400_000;
  return utcYear(tick) >= tick ? 366 * day : utcMonth(tick) >= tick ? 31 * day : utcDay(tick) >= tick ? day : 0;
}
