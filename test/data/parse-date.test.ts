import { expect } from '@open-wc/testing';
import { describeValue, parseDate } from '../../src/data/parse-date.js';
import type { TimePoint } from '../../src/types.js';

/** UTC milliseconds of a calendar date, without Date.UTC's 0–99 → 1900s mapping. */
function utc(year: number, month = 1, day = 1, hours = 0, minutes = 0, seconds = 0, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hours, minutes, seconds, ms);
  return date.getTime();
}

function point(value: unknown): TimePoint {
  const result = parseDate(value);
  if (typeof result === 'string') throw new Error(`expected a TimePoint, got ${result}`);
  return result;
}

describe('parseDate', () => {
  it('parseDate("2023") is the whole year', () => {
    expect(parseDate('2023')).to.deep.equal({ ms: utc(2023), endMs: utc(2024), precision: 'year' });
  });

  it('parseDate("2023-11") is the whole month', () => {
    expect(parseDate('2023-11')).to.deep.equal({ ms: utc(2023, 11), endMs: utc(2023, 12), precision: 'month' });
    expect(parseDate('2023-12')).to.deep.equal({ ms: utc(2023, 12), endMs: utc(2024, 1), precision: 'month' });
    expect(point('2024-02').endMs).to.equal(utc(2024, 3));
  });

  it('parseDate("2023-11-15") is the whole day from UTC midnight', () => {
    expect(parseDate('2023-11-15')).to.deep.equal({
      ms: utc(2023, 11, 15),
      endMs: utc(2023, 11, 16),
      precision: 'day',
    });
  });

  it('parseDate(date) knows leap years', () => {
    expect(point('2024-02-29').ms).to.equal(utc(2024, 2, 29));
    expect(point('2000-02-29').ms).to.equal(utc(2000, 2, 29));
    expect(parseDate('2023-02-29')).to.equal('"2023-02-29" is not a calendar date');
    expect(parseDate('1900-02-29')).to.equal('"1900-02-29" is not a calendar date');
  });

  it('parseDate("2023-11-15T11:00") is a floating minute, stored as the UTC of its wall clock', () => {
    expect(parseDate('2023-11-15T11:00')).to.deep.equal({
      ms: utc(2023, 11, 15, 11),
      endMs: utc(2023, 11, 15, 11, 1),
      precision: 'minute',
    });
  });

  it('parseDate("…T11:00:30") is a second and "…T11:00:30.250" a millisecond', () => {
    expect(parseDate('2023-11-15T11:00:30')).to.deep.equal({
      ms: utc(2023, 11, 15, 11, 0, 30),
      endMs: utc(2023, 11, 15, 11, 0, 31),
      precision: 'second',
    });
    expect(parseDate('2023-11-15T11:00:30.250')).to.deep.equal({
      ms: utc(2023, 11, 15, 11, 0, 30, 250),
      endMs: utc(2023, 11, 15, 11, 0, 30, 251),
      precision: 'millisecond',
    });
    expect(point('2023-11-15T11:00:30.2').ms).to.equal(utc(2023, 11, 15, 11, 0, 30, 200));
    expect(point('2023-11-15T11:00:30.123456').ms).to.equal(utc(2023, 11, 15, 11, 0, 30, 123));
  });

  it('parseDate("…T11:00Z") is an instant at offset 0', () => {
    expect(parseDate('2023-11-15T11:00Z')).to.deep.equal({
      ms: utc(2023, 11, 15, 11),
      endMs: utc(2023, 11, 15, 11, 1),
      precision: 'minute',
      offsetMinutes: 0,
    });
    expect(point('2023-11-15T11:00-00:00').offsetMinutes).to.equal(0);
    expect(Object.is(point('2023-11-15T11:00-00:00').offsetMinutes, -0)).to.equal(false);
  });

  it('parseDate("…T11:00-08:00") is the real instant with offset -480', () => {
    expect(parseDate('2023-11-15T11:00-08:00')).to.deep.equal({
      ms: utc(2023, 11, 15, 19),
      endMs: utc(2023, 11, 15, 19, 1),
      precision: 'minute',
      offsetMinutes: -480,
    });
    expect(parseDate('2023-11-15T11:00-0800')).to.deep.equal(parseDate('2023-11-15T11:00-08:00'));
  });

  it('parseDate("…T11:00+05:30") keeps half-hour offsets', () => {
    const p = point('2023-11-15T11:00+05:30');
    expect(p.ms).to.equal(utc(2023, 11, 15, 5, 30));
    expect(p.offsetMinutes).to.equal(330);
    expect(point('2023-11-15T11:00:30.250+05:30').precision).to.equal('millisecond');
  });

  it('parseDate("0044") is 44 AD, not 1944', () => {
    const p = point('0044');
    expect(new Date(p.ms).getUTCFullYear()).to.equal(44);
    expect(new Date(p.endMs).getUTCFullYear()).to.equal(45);
    expect(new Date(point('0099-12-31').ms).getUTCFullYear()).to.equal(99);
    expect(new Date(point('0000-01-01').ms).getUTCFullYear()).to.equal(0);
    expect(new Date(point('0044-03-15T12:00').ms).getUTCFullYear()).to.equal(44);
  });

  it('parseDate(signed year) accepts extended and BCE years', () => {
    expect(point('-0044').ms).to.equal(utc(-44));
    expect(point('-0044').endMs).to.equal(utc(-43));
    expect(point('+002023').ms).to.equal(utc(2023));
    expect(parseDate('-000044-03-15')).to.deep.equal({ ms: utc(-44, 3, 15), endMs: utc(-44, 3, 16), precision: 'day' });
    expect(point('+012023-01').ms).to.equal(utc(12023));
  });

  it('parseDate("-000000") is an error: ISO 8601 has no year -0', () => {
    expect(parseDate('-000000')).to.equal('"-000000" has year -0, which ISO 8601 forbids (write 0000)');
    expect(parseDate('-000000-01-01T00:00Z')).to.equal(
      '"-000000-01-01T00:00Z" has year -0, which ISO 8601 forbids (write 0000)',
    );
    expect(parseDate('-0000-06')).to.equal('"-0000-06" has year -0, which ISO 8601 forbids (write 0000)');
    expect(point('+000000').ms).to.equal(point('0000').ms);
    expect(point('-000001').ms).to.equal(utc(-1));
  });

  it('parseDate("…T24:00") is the end of the day', () => {
    expect(point('2023-11-15T24:00').ms).to.equal(utc(2023, 11, 16));
  });

  it('parseDate(Date) is an instant to the millisecond', () => {
    const ms = utc(2023, 11, 15, 19, 20);
    expect(parseDate(new Date(ms))).to.deep.equal({ ms, endMs: ms + 1, precision: 'millisecond', instant: true });
  });

  it('parseDate(invalid Date) is an error', () => {
    expect(parseDate(new Date(NaN))).to.equal('expected a valid Date, got an invalid Date');
  });

  it('accepts exactly the days Date has, in every month of years BCE, 0–99, leap and century years', () => {
    const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
    for (const year of [-401, -400, -100, -1, 0, 4, 99, 100, 1900, 1999, 2000, 2023, 2024, 2100, 9999]) {
      const y = year < 0 ? `-${pad(year, 6)}` : pad(year, 4);
      for (let month = 1; month <= 12; month++) {
        for (let day = 28; day <= 32; day++) {
          const real = utc(year, month, day);
          const exists = new Date(real).getUTCDate() === day;
          const result = parseDate(`${y}-${pad(month, 2)}-${pad(day, 2)}`);
          if (exists) expect(result, `${y}-${month}-${day}`).to.deep.include({ ms: real, precision: 'day' });
          else expect(result, `${y}-${month}-${day}`).to.match(/is not a calendar date$/);
        }
      }
    }
  });

  it('parseDate("2023-02-30") is not a calendar date', () => {
    expect(parseDate('2023-02-30')).to.equal('"2023-02-30" is not a calendar date');
    expect(parseDate('2023-13-01')).to.equal('"2023-13-01" is not a calendar date');
    expect(parseDate('2023-00-10')).to.equal('"2023-00-10" is not a calendar date');
    expect(parseDate('2023-11-00')).to.equal('"2023-11-00" is not a calendar date');
    expect(parseDate('2023-04-31')).to.equal('"2023-04-31" is not a calendar date');
  });

  it('parseDate(impossible time) is not a time of day', () => {
    expect(parseDate('2023-11-15T24:01')).to.equal('"2023-11-15T24:01" is not a time of day');
    expect(parseDate('2023-11-15T25:00')).to.equal('"2023-11-15T25:00" is not a time of day');
    expect(parseDate('2023-11-15T11:60')).to.equal('"2023-11-15T11:60" is not a time of day');
    expect(parseDate('2023-11-15T11:00:60')).to.equal('"2023-11-15T11:00:60" is not a time of day');
    expect(parseDate('2023-11-15T11:00+24:00')).to.equal('"2023-11-15T11:00+24:00" has an impossible UTC offset');
    expect(parseDate('2023-11-15T11:00+05:60')).to.equal('"2023-11-15T11:00+05:60" has an impossible UTC offset');
  });

  it('parseDate(non-ISO string) is an error', () => {
    const message = 'is not an ISO 8601 date such as 2023-11-15 or 2023-11-15T11:00-08:00';
    for (const value of [
      'Nov 15 2023',
      '',
      ' 2023',
      '2023-1-5',
      '23-11-15',
      '2023/11/15',
      '2023-11-15 11:00',
      '2023-11-15T11',
      '20231115',
      '2023-11-15T11:00 PST',
      '1e3',
      'NaN',
    ]) {
      expect(parseDate(value), value).to.equal(`${JSON.stringify(value)} ${message}`);
    }
  });

  it('parseDate(dates beyond what a Date holds) is an error', () => {
    expect(parseDate('+275760-09-13')).to.equal('"+275760-09-13" is outside the range of dates');
    // A year alone is deep time (see parse-edtf.test.ts); a month or day beyond the calendar is not.
    expect(parseDate('+999999')).to.deep.include({ precision: 'year' });
  });

  it('parseDate(wrong type) names the type and value', () => {
    expect(parseDate(5)).to.equal('expected an ISO 8601 date string or a Date, got number 5');
    expect(parseDate(null)).to.equal('expected an ISO 8601 date string or a Date, got null');
    expect(parseDate(undefined)).to.equal('expected an ISO 8601 date string or a Date, got undefined');
    expect(parseDate(true)).to.equal('expected an ISO 8601 date string or a Date, got boolean true');
    expect(parseDate({})).to.equal('expected an ISO 8601 date string or a Date, got an object');
    expect(parseDate(['2023'])).to.equal('expected an ISO 8601 date string or a Date, got an array');
    expect(parseDate(Symbol('x'))).to.equal('expected an ISO 8601 date string or a Date, got a symbol');
    expect(parseDate(10n)).to.equal('expected an ISO 8601 date string or a Date, got bigint 10');
  });

  it('parseDate(junk) never throws', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const junk: unknown[] = [
      NaN,
      Infinity,
      -0,
      () => 0,
      Object.create(null),
      Object.create(Date.prototype),
      proxy,
      'x'.repeat(1e5),
      '2023-11-15T11:00:00.' + '9'.repeat(1e4),
    ];
    for (const value of junk) expect(() => parseDate(value)).not.to.throw();
    expect(parseDate(Object.create(Date.prototype))).to.equal(
      'expected an ISO 8601 date string or a Date, got an object',
    );
  });
});

describe('describeValue', () => {
  it('describeValue(long string) is cut short', () => {
    expect(describeValue('x'.repeat(100))).to.equal(JSON.stringify(`${'x'.repeat(40)}…`));
  });

  it('describeValue(Date) shows its ISO form', () => {
    expect(describeValue(new Date(utc(2023, 11, 15)))).to.equal('a Date 2023-11-15T00:00:00.000Z');
  });
});
