// The forms of ISO 8601 that JSON data nearly always holds, read a character at a time: `2023-11-15`,
// `2023-11-15T11:00`, `…:00`, `…:00.000`, each time with or without `Z` (what `Date#toISOString` and most
// exporters write). parseDate's pattern takes these too; this path exists because 50,000 dates through the
// pattern spent most of their time making its eleven capture strings. It answers only what it is sure of
// (a valid date in one of these forms) and leaves everything else, every error included, to the pattern,
// so its results are the pattern's and its messages are never its own.
import type { TimePoint } from '../types.js';
import { isCalendarDate } from './calendar.js';

/** The number written by the two digits at `at`, or -1 when either is not a digit. */
function two(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * `value` as parseDate reads it when it is a valid date in one of the forms above with a year from 0100 to
 * 9999; undefined for any other string (parseDate's pattern then decides).
 */
export function parseCommonIso(value: string): TimePoint | undefined {
  const length = value.length;
  const zulu = value.charCodeAt(length - 1) === 90; // Z
  const body = zulu ? length - 1 : length;
  // 10 date, 16 minutes, 19 seconds, 23 milliseconds; Z only after a time.
  if (body !== 10 && body !== 16 && body !== 19 && body !== 23) return undefined;
  if (zulu && body === 10) return undefined;
  const century = two(value, 0);
  const yy = two(value, 2);
  const month = two(value, 5);
  const day = two(value, 8);
  // Years 0–99 are left to the pattern: Date.UTC maps them to 19xx, which parseDate undoes.
  if (century < 1 || yy < 0 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return undefined; // -
  const year = century * 100 + yy;
  if (!isCalendarDate(year, month - 1, day)) return undefined;
  const dayMs = Date.UTC(year, month - 1, day);
  if (body === 10) return { ms: dayMs, endMs: dayMs + 86_400_000, precision: 'day' };

  // T, hh:mm; 24:00 (the end of the day) and anything odd go to the pattern.
  if (value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58) return undefined;
  const hours = two(value, 11);
  const minutes = two(value, 14);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  let ms = dayMs + hours * 3_600_000 + minutes * 60_000;
  let unit = 60_000;
  let precision: TimePoint['precision'] = 'minute';
  if (body >= 19) {
    const seconds = two(value, 17);
    if (value.charCodeAt(16) !== 58 || seconds < 0 || seconds > 59) return undefined;
    ms += seconds * 1000;
    unit = 1000;
    precision = 'second';
    if (body === 23) {
      const tenths = two(value, 20);
      const third = value.charCodeAt(22) - 48;
      if (value.charCodeAt(19) !== 46 || tenths < 0 || third < 0 || third > 9) return undefined; // .
      ms += tenths * 10 + third;
      unit = 1;
      precision = 'millisecond';
    }
  }
  const point: TimePoint = { ms, endMs: ms + unit, precision };
  if (zulu) point.offsetMinutes = 0;
  return point;
}
