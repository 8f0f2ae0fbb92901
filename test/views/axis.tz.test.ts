// The axis reads dates in UTC, as the time scale places them: the config runs this file again with the browsers
// started under TZ=Etc/GMT+12 (UTC−12), Pacific/Kiritimati (UTC+14) and Asia/Kolkata (UTC+5:30).
import { expect } from '@open-wc/testing';
import { axisContext, tickLabel } from '../../src/views/axis.js';

const zone = (window as unknown as { __TZ?: string }).__TZ;

/** The UTC instant of a calendar date and time. */
function utc(year: number, month = 1, day = 1, hour = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
}

describe(`the axis in UTC (${zone ?? 'the machine zone'})`, () => {
  it('tickLabel(date, locale) writes a tick on 1 January UTC as its year', () => {
    expect(tickLabel(utc(2023), 'en-US')).to.equal('2023');
    expect(tickLabel(utc(-500), 'en-US')).to.equal('501 BC');
  });

  it('tickLabel(date, locale) writes an hour tick at its UTC hour', () => {
    expect(tickLabel(utc(2022, 12, 31, 23), 'en-US')).to.match(/^11\sPM$/);
    expect(tickLabel(utc(2023, 3, 5), 'en-US')).to.equal('Mar 5');
  });

  it('axisContext(ticks, start, locale) names the start’s UTC month and year', () => {
    const days = [1, 2, 3].map((day) => utc(2023, 1, day));
    expect(axisContext(days, utc(2022, 12, 31, 23), 'en-US')).to.equal('December 2022');
    const months = [1, 2, 3].map((month) => utc(2023, month));
    expect(axisContext(months, utc(2023, 1, 1), 'en-US')).to.equal('2023');
  });
});
