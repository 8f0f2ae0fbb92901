import { parseDate } from './parse-date.js';
import type { DateInput } from '../types.js';

/** A time given to the API (a Date, an ISO 8601 string or ms) as ms; NaN when it names no time. */
export function toMs(value: DateInput | number): number {
  if (typeof value === 'number') return value;
  const point = parseDate(value);
  return typeof point === 'string' ? NaN : point.ms;
}
