// Ticks for any span of time. While the view is inside the range of `Date` and shorter than a few thousand
// years, d3-time picks round UTC times (years, months, days, hours …), as ever. Past that, ticks are round
// numbers of years (1, 2 or 5 × 10ⁿ), counted as a reader counts them: with no year 0, so the tick that
// reads "10,000 BC" stands at 10,000 BC (astronomical year -9999), not a year off.
import { utcTicks } from 'd3-time';
import { DATE_LIMIT_MS, MS_PER_YEAR, yearOf, yearStartMs } from '../data/deep-time.js';

/**
 * How ticks read: calendar times, years ("10,000 BC"), distances from now ("14B years ago"), or the same
 * distances in geologists' units where room is short ("14 Ga", the vertical axis).
 */
export type TickKind = 'calendar' | 'years' | 'distance' | 'annum';

/** The ms at which AD 1 begins (yearStartMs(1)). */
const AD_1 = -62_135_596_800_000;

/** Spans from this many years on get year ticks, even inside the calendar. */
export const YEAR_TICKS_FROM = 5000;

/** Ticks this many years apart and more read as distances from now. */
export const DISTANCE_TICKS_FROM = 10_000;

/** A time standing beyond the range of `Date`: `getTime()` and `valueOf()` give its ms; calendar methods see an invalid Date. */
export class DeepDate extends Date {
  readonly #ms: number;
  constructor(ms: number) {
    super(NaN);
    this.#ms = ms;
  }
  override getTime(): number {
    return this.#ms;
  }
  override valueOf(): number {
    return this.#ms;
  }
}

/** `ms` as a Date: a real one within Date's range (the common case, one branch), a {@link DeepDate} beyond. */
export function timeAt(ms: number): Date {
  return ms <= DATE_LIMIT_MS && ms >= -DATE_LIMIT_MS ? new Date(ms) : new DeepDate(ms);
}

/** Whether the span `[d0, d1]` (ms, either order) gets calendar ticks from d3-time. */
export function isCalendarSpan(d0: number, d1: number): boolean {
  return (
    Math.abs(d0) <= DATE_LIMIT_MS && Math.abs(d1) <= DATE_LIMIT_MS && Math.abs(d1 - d0) < YEAR_TICKS_FROM * MS_PER_YEAR
  );
}

/** 1, 2 or 5 × 10ⁿ years, the round step that gives about `count` ticks over `years`; never under a year. */
export function yearStep(years: number, count: number): number {
  const raw = years / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = error >= 7.07 ? 10 * power : error >= 3.16 ? 5 * power : error >= 1.41 ? 2 * power : power;
  return Math.max(1, step);
}

/** The ms of the year tick that reads `year` (a reader's count: -10000 is 10,000 BC; 0 stands at AD 1). */
export function yearTickMs(year: number): number {
  return yearStartMs(year <= 0 ? year + 1 : year);
}

/** The reader's year a year tick at `ms` reads, the inverse of {@link yearTickMs}: AD 1 reads 0, round as ticks are. */
export function yearTickValue(ms: number): number {
  const year = yearOf(ms);
  return year <= 1 ? year - 1 : year;
}

/** About `count` round times from `d0` to `d1` (ms), in that direction: d3-time's in the calendar, round years past it. */
export function timeTicks(d0: number, d1: number, count: number): Date[] {
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  // d3-time counts years as astronomers do, with a year 0, so before AD 1 its ticks of 100 years read "801 BC":
  // ticks a year or more apart there are a reader's round years, as past the calendar.
  if (isCalendarSpan(d0, d1) && (lo >= AD_1 || hi - lo < count * MS_PER_YEAR))
    return utcTicks(new Date(d0), new Date(d1), count);
  const first = yearTickValue(lo);
  const last = yearTickValue(hi);
  const step = yearStep(last - first, count);
  const ticks: Date[] = [];
  for (let k = Math.ceil(first / step); k * step <= last + 1; k++) {
    const ms = yearTickMs(k * step);
    if (ms >= lo && ms <= hi) ticks.push(timeAt(ms));
    // A step below the resolution of doubles out there would loop for ever.
    if (ticks.length > 1000) break;
  }
  return d0 > d1 ? ticks.reverse() : ticks;
}

/** How the ticks of the span `[d0, d1]` read, `step` ms apart. */
export function tickKind(d0: number, d1: number, step: number): TickKind {
  if (isCalendarSpan(d0, d1)) return 'calendar';
  return step >= DISTANCE_TICKS_FROM * MS_PER_YEAR * 0.99 ? 'distance' : 'years';
}
