// The time axis, drawn by Lit in the chart's own render: what d3-axis draws (a domain line, and a tick line
// and label per tick), without a second, imperative DOM pass after every frame or d3-axis in the bundle.
import { svg, type TemplateResult } from 'lit';
import { utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time';
import type { TimeScale } from '../layout/time-scale.js';

/** Where the labels go: below a horizontal axis, or to the left or right of a vertical one. */
export type AxisSide = 'bottom' | 'left' | 'right';

/** About `count` ticks of `scale`, each labelled by `label`. */
export function renderAxis(
  scale: TimeScale,
  side: AxisSide,
  count: number,
  label: (date: Date) => string,
): TemplateResult {
  const [r0, r1] = scale.range();
  const k = side === 'left' ? -1 : 1;
  return svg`<path class="domain" stroke="currentColor" fill="none" d=${side === 'bottom' ? `M${r0},0H${r1}` : `M0,${r0}V${r1}`}></path>
    ${scale.ticks(count).map((tick) => {
      const at = scale(tick);
      return side === 'bottom'
        ? svg`<g class="tick" transform="translate(${at},0)"><line stroke="currentColor" y2="6"></line><text fill="currentColor" y="9" dy="0.71em" text-anchor="middle">${label(tick)}</text></g>`
        : svg`<g class="tick" transform="translate(0,${at})"><line stroke="currentColor" x2=${6 * k}></line><text fill="currentColor" x=${9 * k} dy="0.32em" text-anchor=${k < 0 ? 'end' : 'start'}>${label(tick)}</text></g>`;
    })}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** d3's multi-scale tick format, spelled by Intl in the reader's locale (UTC, like the scale). */
export function tickLabel(date: Date, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    utcMinute(date) < date || utcHour(date) < date
      ? { hour: 'numeric', minute: '2-digit' }
      : utcDay(date) < date
        ? { hour: 'numeric' }
        : utcMonth(date) < date
          ? { month: 'short', day: 'numeric' }
          : utcYear(date) < date
            ? { month: 'short' }
            : { year: 'numeric' };
  const key = locale + JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return format.format(date);
}
