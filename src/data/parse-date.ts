import type { DatePrecision, TimePoint } from '../types.js';
import { isCalendarDate } from './calendar.js';
import { DATE_LIMIT_MS } from './deep-time.js';
import { parseCommonIso } from './parse-common-iso.js';
import { parseExtendedDate, parseYearObject, yearPoint } from './parse-edtf.js';

// year (4 digits, optionally signed, or 6 digits signed), month, day, hh:mm, :ss, .fff, offset
const ISO =
  /^([+-]\d{6}|[+-]?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|([+-])(\d{2})(?::?(\d{2}))?)?)?)?)?$/;

const UNIT_MS: Partial<Record<DatePrecision, number>> = {
  day: 86_400_000,
  minute: 60_000,
  second: 1000,
  millisecond: 1,
};

/** Milliseconds of a UTC calendar date; setUTCFullYear keeps years 0–99 literal (Date.UTC maps them to 19xx). */
function utc(year: number, month0: number, day: number): number {
  if (year < 0 || year > 99) return Date.UTC(year, month0, day);
  const date = new Date(0);
  date.setUTCFullYear(year, month0, day);
  return date.getTime();
}

/** Whether a value is a real Date, even one from another realm. */
function isDate(value: unknown): value is Date {
  if (typeof value !== 'object' || value === null) return false;
  try {
    Date.prototype.getTime.call(value);
    return true;
  } catch {
    return false;
  }
}

/** A short, safe description of any value for error messages: `"2023-02-30"`, `number 5`, `a Date 2023-…`, `null`, `an object`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${typeof value} ${String(value)}`;
  }
  if (isDate(value)) {
    const ms = Date.prototype.getTime.call(value);
    // "a Date …", like "an invalid Date": a message may begin with the value and still begin lowercase.
    return Number.isNaN(ms) ? 'an invalid Date' : `a Date ${new Date(ms).toISOString()}`;
  }
  if (typeof value !== 'object') return `a ${typeof value}`;
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    // a revoked Proxy throws even here
  }
  return 'an object';
}

/**
 * Parses an ISO 8601 date string, an EDTF level 1 date (`1964~`, `196X`, `-13800000000`; see parse-edtf.ts),
 * a `{year}` object or a Date into a TimePoint; returns an error message (without path) instead of throwing.
 * Intervals (`1964/1965`) are two dates: `parseInterval` reads them.
 */
export function parseDate(value: unknown): TimePoint | string {
  if (isDate(value)) {
    const ms = Date.prototype.getTime.call(value);
    if (Number.isNaN(ms)) return 'expected a valid Date, got an invalid Date';
    // Its millisecond must end inside Date's range too, as an ISO string's span must (the last Date does not).
    if (ms + 1 > DATE_LIMIT_MS)
      return `expected a Date before the end of the range of dates, got ${describeValue(value)}`;
    return { ms, endMs: ms + 1, precision: 'millisecond', instant: true };
  }
  if (typeof value !== 'string') {
    return (
      parseYearObject(value, describeValue(value), parseDate) ??
      `expected an ISO 8601 date string or a Date, got ${describeValue(value)}`
    );
  }
  return parseCommonIso(value) ?? parseDateString(value);
}

/**
 * A string through the ISO pattern (then the EDTF forms): parseDate without the quick path for common
 * forms, which must agree with it (the tests compare the two).
 */
export function parseDateString(value: string): TimePoint | string {
  // Only an error message quotes the value: most dates are valid, and thousands are parsed at a time.
  const m = ISO.exec(value);
  if (!m) {
    const quoted = describeValue(value);
    return (
      parseExtendedDate(value, quoted, parseDate) ??
      `${quoted} is not an ISO 8601 date such as 2023-11-15 or 2023-11-15T11:00-08:00`
    );
  }
  // Indexed, not destructured: destructuring walks the array's iterator, slow before the code is optimised.
  const y = m[1];
  const mo = m[2] as string | undefined;
  const d = m[3] as string | undefined;
  const h = m[4] as string | undefined;
  const mi = m[5] as string | undefined;
  const s = m[6] as string | undefined;
  const frac = m[7] as string | undefined;
  const zone = m[8] as string | undefined;
  const sign = m[9] as string | undefined;
  const oh = m[10] as string | undefined;
  const om = m[11] as string | undefined;
  // ISO 8601 has no negative zero, and ECMAScript refuses -000000 by name.
  if (y === '-000000' || y === '-0000')
    return `${describeValue(value)} has year -0, which ISO 8601 forbids (write 0000)`;
  const year = Number(y);
  const month0 = mo === undefined ? 0 : Number(mo) - 1;
  const day = d === undefined ? 1 : Number(d);
  const dayMs = utc(year, month0, day);
  if (Number.isNaN(dayMs)) {
    // A year alone past the calendar (+999999) is deep time; a month or day there has no calendar to be in.
    return mo === undefined
      ? yearPoint(year, describeValue(value))
      : `${describeValue(value)} is outside the range of dates`;
  }
  // Date would roll Feb 30 over to Mar 2, and month 13 to the next January.
  if (!isCalendarDate(year, month0, day)) return `${describeValue(value)} is not a calendar date`;

  let precision: DatePrecision;
  let ms = dayMs;
  let endMs: number;
  let offsetMinutes: number | undefined;
  if (h === undefined || mi === undefined) {
    precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
    endMs = d !== undefined ? dayMs + 86_400_000 : mo !== undefined ? utc(year, month0 + 1, 1) : utc(year + 1, 0, 1);
  } else {
    const hours = Number(h);
    const minutes = Number(mi);
    const seconds = s === undefined ? 0 : Number(s);
    const millis = frac === undefined ? 0 : Number(frac.slice(0, 3).padEnd(3, '0'));
    // 24:00 is ISO's end of the day; anything past it is not a time.
    const endOfDay = hours === 24 && minutes === 0 && seconds === 0 && millis === 0;
    if ((hours > 23 && !endOfDay) || minutes > 59 || seconds > 59)
      return `${describeValue(value)} is not a time of day`;
    precision = frac !== undefined ? 'millisecond' : s !== undefined ? 'second' : 'minute';
    ms = dayMs + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + millis;
    if (zone !== undefined) {
      const offHours = oh === undefined ? 0 : Number(oh);
      const offMinutes = om === undefined ? 0 : Number(om);
      if (offHours > 23 || offMinutes > 59) return `${describeValue(value)} has an impossible UTC offset`;
      offsetMinutes = (sign === '-' ? -1 : 1) * (offHours * 60 + offMinutes);
      ms -= offsetMinutes * 60_000;
    }
    endMs = ms + (UNIT_MS[precision] ?? 1);
  }
  if (!(Math.abs(ms) <= DATE_LIMIT_MS && Math.abs(endMs) <= DATE_LIMIT_MS))
    return precision === 'year'
      ? yearPoint(year, describeValue(value))
      : `${describeValue(value)} is outside the range of dates`;
  const point: TimePoint = { ms, endMs, precision };
  // -00:00 keeps offset 0 (0 rather than -0, so equality checks stay simple).
  if (offsetMinutes !== undefined) point.offsetMinutes = offsetMinutes || 0;
  return point;
}
