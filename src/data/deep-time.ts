// Years on the timeline's one axis of ms since 1970. Inside the range of `Date` (about ±271,800 years) a year
// begins at its exact UTC calendar instant, so calendar dates keep day (and ms) precision; beyond it, years
// are laid end to end at the mean Gregorian length. A double holds 13.8 billion years (4.4e20 ms) to about
// 0.1 ms per ms-unit of resolution near the present and ~1e5 ms out there: far finer than a year.

/** The largest |ms| a `Date` holds: ±100,000,000 days from 1970. */
export const DATE_LIMIT_MS = 8.64e15;

/** A mean Gregorian year in ms (365.2425 days): the length of a year beyond the range of `Date`. */
export const MS_PER_YEAR = 365.2425 * 86_400_000;

/** The largest year either way the timeline takes: a thousand billion, well past the age of the universe. */
export const MAX_YEAR = 1e12;

// The first and last years whose 1 January `Date` can hold.
const FIRST_CALENDAR_YEAR = -271_820;
const LAST_CALENDAR_YEAR = 275_760;

/** Whether 1 January of `year` (astronomical numbering: 0 is 1 BC) is a `Date`, placed exactly. */
export function isCalendarYear(year: number): boolean {
  return year >= FIRST_CALENDAR_YEAR && year <= LAST_CALENDAR_YEAR;
}

/** ms of 1 January of `year` (astronomical: 0 is 1 BC, -44 is 45 BC): exact within Date's range, mean years beyond. */
export function yearStartMs(year: number): number {
  if (!isCalendarYear(year)) return (year - 1970) * MS_PER_YEAR;
  // setUTCFullYear keeps years 0–99 literal (Date.UTC would read them as 19xx).
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

/** The astronomical year that `ms` falls in; the inverse of {@link yearStartMs}. */
export function yearOf(ms: number): number {
  if (Math.abs(ms) <= DATE_LIMIT_MS) return new Date(ms).getUTCFullYear();
  // Rounding can put a year's first ms a hair before its start: the neighbours settle it.
  const guess = Math.floor(ms / MS_PER_YEAR + 1970);
  if (yearStartMs(guess + 1) <= ms) return guess + 1;
  return yearStartMs(guess) > ms ? guess - 1 : guess;
}

/** The time in (fractional) years from 1 January of year 0 that `ms` stands for, for spans and ticks. */
export function msToYears(ms: number): number {
  const year = yearOf(ms);
  const start = yearStartMs(year);
  return year + (ms - start) / (yearStartMs(year + 1) - start);
}

/** ms of a (fractional) year count: the inverse of {@link msToYears}. */
export function yearsToMs(years: number): number {
  const year = Math.floor(years);
  const start = yearStartMs(year);
  return start + (years - year) * (yearStartMs(year + 1) - start);
}
