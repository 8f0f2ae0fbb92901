// The date forms beyond ISO 8601 that the timeline reads, from EDTF (Extended Date/Time Format, ISO 8601-2)
// level 1 and deep time: qualified dates (`1964?` uncertain, `1964~` approximate, `1964%` both), unspecified
// digits (`196X` a decade, `19XX` a century, `1964-XX`, `1964-06-XX`), years of any size (`-13800000000`,
// EDTF's `Y-13800000000`, `{"year": -13.8e9}`), and intervals (`1964-06/1964-08`, open `1964/..`, `../1964`).
// parseDate only comes here once its ISO pattern has failed, so the common path pays nothing for it.
import type { TimePoint } from '../types.js';
import { MAX_YEAR, yearStartMs } from './deep-time.js';
import { bag, own } from './read-json.js';

/** A date or interval: where it starts, where it ends (if it names an end), and which end is open (`..`). */
export interface DateSpan {
  start: TimePoint;
  end?: TimePoint;
  /** `..` (or nothing) at that end: the interval runs on, or began, at a time not given. */
  open?: 'start' | 'end';
}

type Parse = (value: unknown) => TimePoint | string;

// 196X, 19XX; 1964-XX, 1964-06-XX.
const UNSPECIFIED = /^(\d{2})(\d|X)X$|^(\d{4})-XX$|^(\d{4}-\d{2})-XX$/;
// Any number of digits, signed or not; EDTF writes years past four digits with a leading Y.
const LONG_YEAR = /^(Y?)([+-]?)(\d+)$/;

/** An error about a part of the value, said of the whole: its leading quote replaced by `quoted`. */
function requote(message: string, quoted: string): string {
  return message.replace(/^"(?:[^"\\]|\\.)*"/, quoted);
}

/** The whole year `year` (astronomical numbering), or an error; any size up to {@link MAX_YEAR} either way. */
export function yearPoint(year: number, quoted: string): TimePoint | string {
  if (!Number.isInteger(year)) return `${quoted} has no whole year`;
  if (Math.abs(year) > MAX_YEAR) return `${quoted} is beyond what this timeline can show (±1,000 billion years)`;
  return { ms: yearStartMs(year), endMs: yearStartMs(year + 1), precision: 'year' };
}

/** A span of `years` whole years from `first`, with its precision. */
function yearsPoint(first: number, years: number, precision: TimePoint['precision']): TimePoint {
  return { ms: yearStartMs(first), endMs: yearStartMs(first + years), precision };
}

/**
 * A single date in one of the forms above, or undefined when `value` is in none of them (the caller says
 * what was expected). `quoted` is the value as messages quote it; `parse` reads a plain ISO date.
 */
export function parseExtendedDate(value: string, quoted: string, parse: Parse): TimePoint | string | undefined {
  const last = value.charCodeAt(value.length - 1);
  // ? ~ %
  if (last === 63 || last === 126 || last === 37) {
    const point = parse(value.slice(0, -1));
    if (typeof point === 'string') return requote(point, quoted);
    if (point.uncertain || point.approximate) return `${quoted} has more than one qualifier (write % for both)`;
    if (last !== 126) point.uncertain = true;
    if (last !== 63) point.approximate = true;
    return point;
  }
  const unspecified = UNSPECIFIED.exec(value);
  if (unspecified) {
    const [, head, decade, year, month] = unspecified;
    if (head !== undefined) {
      return decade === 'X'
        ? yearsPoint(Number(head) * 100, 100, 'century')
        : yearsPoint(Number(head + decade) * 10, 10, 'decade');
    }
    const point = parse(year ?? month);
    return typeof point === 'string' ? requote(point, quoted) : point;
  }
  const long = LONG_YEAR.exec(value);
  if (long) {
    const [, y, sign, digits] = long;
    // A year past four digits needs a sign or a Y: 20231115 is ISO's basic form of a date, not a year.
    if (!y && !sign) return undefined;
    if (sign === '-' && /^0+$/.test(digits)) return `${quoted} has year -0, which ISO 8601 forbids (write 0000)`;
    return yearPoint(Number(sign + digits), quoted);
  }
  return undefined;
}

/**
 * An interval `a/b`: each end a date in any form parseDate takes, or `..` (or nothing) for an open end.
 * Undefined when `value` holds no slash; an error when an end is bad or both are open.
 */
export function parseInterval(value: string, quoted: string, parse: Parse): DateSpan | string | undefined {
  const slash = value.indexOf('/');
  if (slash < 0) return undefined;
  const from = value.slice(0, slash);
  const to = value.slice(slash + 1);
  if (to.includes('/')) return `${quoted} has more than one slash: an interval is start/end`;
  const openFrom = from === '..' || from === '';
  const openTo = to === '..' || to === '';
  if (openFrom && openTo) return `${quoted} is open at both ends`;
  const start = openFrom ? undefined : parse(from);
  const end = openTo ? undefined : parse(to);
  if (typeof start === 'string') return `${quoted} starts with ${start}`;
  if (typeof end === 'string') return `${quoted} ends with ${end}`;
  if (!start) return { start: end!, open: 'start' };
  if (!end) return { start, open: 'end' };
  return { start, end };
}

/** `{"year": -13.8e9}`, optionally with `month` and `day` inside the range of `Date`; undefined for other values. */
export function parseYearObject(value: unknown, describe: string, parse: Parse): TimePoint | string | undefined {
  let parts: ReturnType<typeof bag>;
  try {
    parts = bag(value);
    if (!parts || !Object.prototype.hasOwnProperty.call(parts, 'year')) return undefined;
  } catch {
    return undefined; // a revoked Proxy: the caller says what was expected
  }
  const raw = own(parts, 'year');
  const year = typeof raw === 'number' || (typeof raw === 'string' && /^[+-]?\d+$/.test(raw)) ? Number(raw) : NaN;
  const month = own(parts, 'month');
  const day = own(parts, 'day');
  if (month === undefined && day === undefined) return yearPoint(year, describe);
  if (!Number.isInteger(year) || Math.abs(year) > 271_820) return `${describe} has a month or day beyond the calendar`;
  const pad = (n: unknown, width: number) => String(n).padStart(width, '0');
  const iso = `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}${month === undefined ? '' : `-${pad(month, 2)}`}${
    day === undefined ? '' : `-${pad(day, 2)}`
  }`;
  const point = parse(iso);
  return typeof point === 'string' ? `${describe} is not a calendar date` : point;
}
