import type { DatePrecision, TimePoint } from '../types.js';
import { attempt, dateTimeFormat } from '../i18n/formatters.js';
import { DATE_LIMIT_MS, yearOf } from './deep-time.js';
import { formatYear } from './format-year.js';

/** Words that say how sure a date is, for a screen reader: "about 1964", "perhaps 1964". */
export interface DateWords {
  about(text: string): string;
  perhaps(text: string): string;
}

// Inside these, Intl spells a date as it is; outside (10,000 BC, deep time) and for decades and centuries,
// formatYear does: it groups long counts and says distances from now.
const PLAIN_FROM = Date.UTC(-9998, 0, 1);
const PLAIN_UNTIL = Date.UTC(10_000, 0, 1);

/** Ranges each formatter said, by their calendar days; a formatter's started again past `RANGES_KEPT`. */
const ranges = new WeakMap<Intl.DateTimeFormat, Map<string, string>>();
const RANGES_KEPT = 2000;

const DATE_OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
};

/** Where and how a point is read: offsets shift to the venue's wall clock in UTC; Dates stay in the reader's zone. */
export function venue(point: TimePoint): { ms: number; timeZone: string | undefined } {
  return point.instant
    ? { ms: point.ms, timeZone: undefined }
    : { ms: point.ms + (point.offsetMinutes ?? 0) * 60_000, timeZone: 'UTC' };
}

export function level(precision: DatePrecision): 'year' | 'month' | 'day' {
  return precision === 'year' || precision === 'month'
    ? precision
    : precision === 'decade' || precision === 'century'
      ? 'year'
      : 'day';
}

/** Whether a point was given with a time of day (an hour or finer). */
export function hasClock(point: TimePoint): boolean {
  return level(point.precision) === 'day' && point.precision !== 'day';
}

/** Date options for a precision; years before 1000 get an era so 44 is not read as 1944 and -44 shows as 45 BC. */
function dateOptions(
  precision: DatePrecision,
  timeZone: string | undefined,
  ...ms: number[]
): Intl.DateTimeFormatOptions {
  const early = ms.some((t) => (timeZone ? new Date(t).getUTCFullYear() : new Date(t).getFullYear()) < 1000);
  return { ...DATE_OPTIONS[level(precision)], ...(early ? { era: 'short' } : {}), timeZone };
}

/** A year-or-coarser point far from the present, or a decade or century: "10,000 BC", "1960s", "4.6 billion years ago". */
function formatYears(point: TimePoint, locale: string): string {
  const year = formatYear(yearOf(point.ms), locale);
  return point.precision === 'decade' || point.precision === 'century' ? `${year}s` : year;
}

/** `text` marked as the point's qualifiers say: "c. 1964", "1964?", "c. 1964?"; or, with `words`, "about 1964". */
function qualify(text: string, point: TimePoint, words?: DateWords): string {
  if (words) {
    const about = point.approximate ? words.about(text) : text;
    return point.uncertain ? words.perhaps(about) : about;
  }
  return `${point.approximate ? 'c.\u00a0' : ''}${text}${point.uncertain ? '?' : ''}`;
}

/**
 * The date as a reader would say it, as finely as it was given: `2023`, `November 2023`, `Nov 14, 2022`,
 * `1960s`, `10,000 BC`, `13.8 billion years ago`; an EDTF qualifier shows as `c. 1964` or `1964?`, or is
 * said in `words` ("about 1964") for an accessible name.
 */
export function formatDate(point: TimePoint, locale: string, words?: DateWords): string {
  const { ms, timeZone } = venue(point);
  let text: string;
  // One test for the common case: a date of these ten thousand years, given to a year or finer.
  if (ms >= PLAIN_FROM && ms < PLAIN_UNTIL && point.precision !== 'decade' && point.precision !== 'century') {
    text =
      dateTimeFormat(locale, dateOptions(point.precision, timeZone, ms))?.format(ms) ??
      (Number.isFinite(ms) ? new Date(ms).toISOString() : '');
  } else if (level(point.precision) === 'year' || !(Math.abs(ms) <= DATE_LIMIT_MS)) text = formatYears(point, locale);
  else text = dateTimeFormat(locale, dateOptions(point.precision, timeZone, ms))?.format(ms) ?? '';
  return point.uncertain || point.approximate ? qualify(text, point, words) : text;
}

/** A date range as a reader would say it (`May 10 – 11, 2023`), or just the start when there is no end. */
export function formatRange(start: TimePoint, end: TimePoint | undefined, locale: string, words?: DateWords): string {
  if (!end) return formatDate(start, locale, words);
  const a = venue(start);
  const b = venue(end);
  const fallback = () => `${formatDate(start, locale, words)} – ${formatDate(end, locale, words)}`;
  // Intl can join only plain calendar dates: qualified, coarse or far ones are said one by one.
  if (a.timeZone !== b.timeZone || special(start) || special(end)) return fallback();
  const levels = [level(start.precision), level(end.precision)];
  const finer = levels.includes('day') ? 'day' : levels.includes('month') ? 'month' : 'year';
  const format = dateTimeFormat(locale, dateOptions(finer, a.timeZone, a.ms, b.ms));
  if (!format) return fallback();
  // Intl's formatRange costs about 50 µs a call in Chromium (format: 2), and every event with an end has a
  // range in its accessible name. A range whose shown fields are all equal is said as its one date (ECMA-402),
  // and the options show no time, so a same-day range is the day's format(); any other depends only on its two
  // calendar days, so the formatter's answer is kept.
  const from = dayNumber(start);
  const to = dayNumber(end);
  if (finer === 'day' && from === to) return format.format(a.ms);
  let said = ranges.get(format);
  if (!said) ranges.set(format, (said = new Map<string, string>()));
  const key = `${from} ${to}`;
  let range = said.get(key);
  if (range === undefined) {
    // formatRange is missing in old engines and threw on end < start before ES2023.
    range = attempt(() => format.formatRange(a.ms, b.ms)) ?? fallback();
    if (said.size >= RANGES_KEPT) said.clear();
    said.set(key, range);
  }
  return range;
}

/** Whether formatDate spells the point itself rather than through Intl's date format. */
function special(point: TimePoint): boolean {
  return (
    !!(point.uncertain || point.approximate) ||
    point.precision === 'decade' ||
    point.precision === 'century' ||
    !(point.ms >= PLAIN_FROM && point.ms < PLAIN_UNTIL)
  );
}

/** The calendar day a point falls on at its venue (or in the reader's zone for a Date), as days since 1970-01-01. */
function dayNumber(point: TimePoint): number {
  const ms = point.instant ? point.ms - new Date(point.ms).getTimezoneOffset() * 60_000 : venue(point).ms;
  return Math.floor(ms / 86_400_000);
}

/** Whole calendar days from `a` to `b`, each date read as written at its venue. */
export function daysBetween(a: TimePoint, b: TimePoint): number {
  return dayNumber(b) - dayNumber(a);
}
