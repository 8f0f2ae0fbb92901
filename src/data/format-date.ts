import type { DatePrecision, TimePoint } from '../types.js';
import { dateTimeFormat } from '../i18n/formatters.js';

const DATE_OPTIONS: Record<'year' | 'month' | 'day', Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'short', day: 'numeric' },
};

function attempt<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/** Where and how a point is read: offsets shift to the venue's wall clock in UTC; Dates stay in the reader's zone. */
function venue(point: TimePoint): { ms: number; timeZone: string | undefined } {
  return point.instant
    ? { ms: point.ms, timeZone: undefined }
    : { ms: point.ms + (point.offsetMinutes ?? 0) * 60_000, timeZone: 'UTC' };
}

function level(precision: DatePrecision): 'year' | 'month' | 'day' {
  return precision === 'year' || precision === 'month' ? precision : 'day';
}

function hasClock(point: TimePoint): boolean {
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

/** `UTC−8`, `UTC+5:30`, with a real minus sign. */
function offsetName(minutes: number): string {
  if (!minutes) return 'UTC';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? '\u2212' : '+'}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** Minutes east of UTC of an IANA zone at an instant, or undefined for an unknown zone. */
function zoneOffset(ms: number, timeZone: string): number | undefined {
  const part = dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    ?.formatToParts(ms)
    .find((p) => p.type === 'timeZoneName');
  if (!part) return undefined;
  const m = /([+\u2212-])(\d\d):?(\d\d)?/.exec(part.value);
  return m ? (m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

/** The date as a reader would say it, as finely as it was given: `2023`, `November 2023`, `Nov 14, 2022`. */
export function formatDate(point: TimePoint, locale: string): string {
  const { ms, timeZone } = venue(point);
  return dateTimeFormat(locale, dateOptions(point.precision, timeZone, ms))?.format(ms) ?? new Date(ms).toISOString();
}

/** The venue's local clock time (`11:20 AM PST`, `11:20 AM UTC−8`); undefined for dates without a time. */
export function formatVenueTime(point: TimePoint, locale: string, timeZone?: string): string | undefined {
  if (!hasClock(point)) return undefined;
  // Dates are always to the millisecond; only a written time that gave seconds shows them.
  const clock: Intl.DateTimeFormatOptions =
    !point.instant && (point.precision === 'second' || point.precision === 'millisecond')
      ? { hour: 'numeric', minute: '2-digit', second: '2-digit' }
      : { hour: 'numeric', minute: '2-digit' };
  if (timeZone) {
    const { offsetMinutes } = point;
    let instant = point.ms;
    if (!point.instant && offsetMinutes === undefined) {
      // A floating wall-clock time: find the instant it names in that zone (two passes settle DST).
      const guess = zoneOffset(instant, timeZone);
      const offset = guess === undefined ? undefined : zoneOffset(instant - guess * 60_000, timeZone);
      instant = offset === undefined ? NaN : instant - offset * 60_000;
    }
    // A written offset wins over a zone name that contradicts it.
    if (!Number.isNaN(instant) && (offsetMinutes === undefined || zoneOffset(instant, timeZone) === offsetMinutes)) {
      const text = dateTimeFormat(locale, { ...clock, timeZone, timeZoneName: 'short' })?.format(instant);
      if (text) return text;
    }
  }
  if (point.instant) return dateTimeFormat(locale, { ...clock, timeZoneName: 'short' })?.format(point.ms);
  const text = dateTimeFormat(locale, { ...clock, timeZone: 'UTC' })?.format(venue(point).ms);
  return text === undefined || point.offsetMinutes === undefined ? text : `${text} ${offsetName(point.offsetMinutes)}`;
}

/** A date range as a reader would say it (`May 10 – 11, 2023`), or just the start when there is no end. */
export function formatRange(start: TimePoint, end: TimePoint | undefined, locale: string): string {
  if (!end) return formatDate(start, locale);
  const a = venue(start);
  const b = venue(end);
  const fallback = `${formatDate(start, locale)} – ${formatDate(end, locale)}`;
  if (a.timeZone !== b.timeZone) return fallback;
  const levels = [level(start.precision), level(end.precision)];
  const finer = levels.includes('day') ? 'day' : levels.includes('month') ? 'month' : 'year';
  const format = dateTimeFormat(locale, dateOptions(finer, a.timeZone, a.ms, b.ms));
  // formatRange is missing in old engines and threw on end < start before ES2023.
  return (format && attempt(() => format.formatRange(a.ms, b.ms))) ?? fallback;
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
