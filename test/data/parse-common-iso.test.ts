import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCommonIso } from '../../src/data/parse-common-iso.js';
import { parseDateString } from '../../src/data/parse-date.js';

/** `n` as `width` digits. */
const digits = (n: number, width: number) => String(n).padStart(width, '0');

/** A date in one of the common forms, from its parts: 10, 16, 19 or 23 characters, then maybe Z. */
function written(parts: number[], length: 10 | 16 | 19 | 23, zulu: boolean): string {
  const [year, month, day, hours, minutes, seconds, millis] = parts;
  let text = `${digits(year, 4)}-${digits(month, 2)}-${digits(day, 2)}`;
  if (length >= 16) text += `T${digits(hours, 2)}:${digits(minutes, 2)}`;
  if (length >= 19) text += `:${digits(seconds, 2)}`;
  if (length === 23) text += `.${digits(millis, 3)}`;
  return length > 10 && zulu ? `${text}Z` : text;
}

describe('parseCommonIso', () => {
  it('reads the forms JSON data holds as the ISO pattern does, field for field', () => {
    expect(parseCommonIso('2023-11-15')).to.deep.equal(parseDateString('2023-11-15'));
    expect(parseCommonIso('2023-11-15T11:00')).to.deep.equal(parseDateString('2023-11-15T11:00'));
    expect(parseCommonIso('2023-11-15T11:00:30Z')).to.deep.equal(parseDateString('2023-11-15T11:00:30Z'));
    expect(parseCommonIso('2024-02-29T23:59:59.999Z')).to.deep.equal({
      ms: Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      endMs: Date.UTC(2024, 1, 29, 23, 59, 59, 999) + 1,
      precision: 'millisecond',
      offsetMinutes: 0,
    });
  });

  it('leaves every error, and every rarer form, to the pattern', () => {
    for (const value of [
      '2023-02-29', // not a leap year
      '2023-04-31',
      '2023-13-01',
      '2023-00-10',
      '2023-11-15T24:00', // ISO's end of the day
      '2023-11-15T23:60',
      '2023-11-15T11:00:60Z',
      '2023-11-15Z',
      '2023-11-15T11:00+08:00',
      '2023-11-15T11:00:00,5',
      '2023-11-15T11:00:00.5Z',
      '0099-01-01', // Date.UTC would read year 99 as 1999
      '+002023-11-15',
      '2023-11-15 11:00',
      '2023-1a-15',
      '2023',
    ]) {
      expect(parseCommonIso(value), value).to.equal(undefined);
    }
  });

  it('agrees with the pattern on any string of the common shapes, valid or not', () => {
    const part = (max: number) => fc.integer({ min: 0, max });
    const parts = fc.tuple(part(9999), part(19), part(39), part(29), part(69), part(69), part(999));
    const length = fc.constantFrom(10 as const, 16 as const, 19 as const, 23 as const);
    fc.assert(
      fc.property(parts, length, fc.boolean(), (p, n, zulu) => {
        const value = written(p, n, zulu);
        const quick = parseCommonIso(value);
        const pattern = parseDateString(value);
        if (quick !== undefined) expect(quick, value).to.deep.equal(pattern);
        // Every valid date from year 100 on takes the quick path.
        else expect(typeof pattern === 'string' || p[0] < 100 || (p[3] === 24 && n > 10), value).to.equal(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes every instant Date#toISOString writes from year 100 to 9999', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('0100-01-01T00:00:00Z'),
          max: new Date('9999-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const value = date.toISOString();
          expect(parseCommonIso(value), value).to.deep.equal({
            ms: date.getTime(),
            endMs: date.getTime() + 1,
            precision: 'millisecond',
            offsetMinutes: 0,
          });
        },
      ),
    );
  });
});
