import { expect } from '@open-wc/testing';
import {
  DATE_LIMIT_MS,
  MS_PER_YEAR,
  isCalendarYear,
  msToYears,
  yearOf,
  yearStartMs,
  yearsToMs,
} from '../../src/data/deep-time.js';

/** 1 January of `year` as Date counts it (setUTCFullYear keeps years 0–99 literal). */
function utcYear(year: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  return date.getTime();
}

describe('deep time', () => {
  it('yearStartMs(year) is the exact calendar instant inside the range of Date', () => {
    for (const year of [2023, 1970, 79, 0, -44, -9999, -271_820, 275_760]) {
      expect(yearStartMs(year), String(year)).to.equal(utcYear(year));
    }
    expect(isCalendarYear(-271_820)).to.equal(true);
    expect(isCalendarYear(-271_821)).to.equal(false);
  });

  it('yearStartMs(year) lays years beyond the calendar end to end at 365.2425 days', () => {
    const bigBang = yearStartMs(-13_798_000_000);
    expect(bigBang).to.be.below(-DATE_LIMIT_MS);
    expect(yearStartMs(-13_798_000_000 + 1) - bigBang).to.be.closeTo(MS_PER_YEAR, 1e6);
    // The seam between calendar and mean years is a matter of days, not years.
    expect(Math.abs(yearStartMs(-271_821) - (utcYear(-271_820) - MS_PER_YEAR))).to.be.below(3 * 86_400_000);
  });

  it('yearOf(ms) inverts yearStartMs at every scale, at the first ms of a year and just before it', () => {
    for (const year of [2023, 0, -44, -271_820, -271_821, -300_000, -4_600_000_000, -13_798_000_000, 5e9, 1e12]) {
      const start = yearStartMs(year);
      expect(yearOf(start), String(year)).to.equal(year);
      // Out there a ms is below the resolution of a double: step back a thousandth of a year instead.
      expect(yearOf(start - MS_PER_YEAR / 1000), String(year)).to.equal(year - 1);
    }
  });

  it('msToYears and yearsToMs round-trip fractional years', () => {
    for (const years of [2023.5, -44.25, -13_798_000_000.5, 1e9 + 0.75]) {
      expect(msToYears(yearsToMs(years))).to.be.closeTo(years, Math.abs(years) * 1e-12 + 1e-9);
    }
  });
});
