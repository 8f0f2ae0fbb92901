// The proleptic Gregorian calendar as Date counts it: which days exist.

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether month0 (0–11) and day exist in that year of the proleptic Gregorian calendar, as Date counts it. */
export function isCalendarDate(year: number, month0: number, day: number): boolean {
  if (month0 < 0 || month0 > 11 || day < 1) return false;
  const leap = month0 === 1 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= MONTH_DAYS[month0] + (leap ? 1 : 0);
}
