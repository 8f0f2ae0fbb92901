import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/data/parse-date.js';
import { formatDate, formatRange } from '../../src/data/format-date.js';
import { validateData } from '../../src/data/validate.js';
import { yearStartMs } from '../../src/data/deep-time.js';
import type { TimePoint } from '../../src/types.js';

const WORDS = { about: (t: string) => `about ${t}`, perhaps: (t: string) => `perhaps ${t}` };

function point(value: unknown): TimePoint {
  const parsed = parseDate(value);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

/** The events and errors of a dataset whose events have these starts. */
function read(...starts: unknown[]) {
  return validateData({ events: starts.map((start, i) => ({ id: `e${i}`, start, title: `E${i}` })) });
}

describe('parseDate, EDTF level 1', () => {
  it('parseDate("1964?") is uncertain, "1964~" approximate, "1964%" both, over the whole year', () => {
    const year = { ms: yearStartMs(1964), endMs: yearStartMs(1965), precision: 'year' };
    expect(point('1964?')).to.deep.equal({ ...year, uncertain: true });
    expect(point('1964~')).to.deep.equal({ ...year, approximate: true });
    expect(point('1964%')).to.deep.equal({ ...year, uncertain: true, approximate: true });
    expect(point('1964-06-12~')).to.deep.include({ precision: 'day', approximate: true });
  });

  it('parseDate("196X") is a decade, "19XX" a century; "1964-XX" a year, "1964-06-XX" a month', () => {
    expect(point('196X')).to.deep.equal({ ms: yearStartMs(1960), endMs: yearStartMs(1970), precision: 'decade' });
    expect(point('19XX')).to.deep.equal({ ms: yearStartMs(1900), endMs: yearStartMs(2000), precision: 'century' });
    expect(point('1964-XX')).to.deep.equal(point('1964'));
    expect(point('1964-06-XX')).to.deep.equal(point('1964-06'));
    expect(point('196X~')).to.deep.include({ precision: 'decade', approximate: true });
  });

  it('parseDate(years of any size) takes signed digits, EDTF Y years and {year} objects', () => {
    const bigBang = { ms: yearStartMs(-13_800_000_000), endMs: yearStartMs(-13_799_999_999), precision: 'year' };
    expect(point('-13800000000')).to.deep.equal(bigBang);
    expect(point('Y-13800000000')).to.deep.equal(bigBang);
    expect(point({ year: -13.8e9 })).to.deep.equal(bigBang);
    expect(point({ year: '-13800000000' })).to.deep.equal(bigBang);
    expect(point('+5000000000').ms).to.equal(yearStartMs(5e9));
    expect(point('Y170000002').ms).to.equal(yearStartMs(170_000_002));
    // Inside the calendar, a long year is still its exact calendar year.
    expect(point('-10000').ms).to.equal(yearStartMs(-10_000));
    expect(point({ year: 79, month: 8, day: 24 })).to.deep.equal(point('0079-08-24'));
  });

  it('parseDate rejects malformed EDTF with the value quoted', () => {
    expect(parseDate('1964??')).to.equal('"1964??" has more than one qualifier (write % for both)');
    expect(parseDate('1964~?')).to.equal('"1964~?" has more than one qualifier (write % for both)');
    expect(parseDate('1964-13?')).to.equal('"1964-13?" is not a calendar date');
    expect(parseDate('1964-13-XX')).to.equal('"1964-13-XX" is not a calendar date');
    expect(parseDate('-00000')).to.equal('"-00000" has year -0, which ISO 8601 forbids (write 0000)');
    expect(parseDate('-2000000000000')).to.equal(
      '"-2000000000000" is beyond what this timeline can show (±1,000 billion years)',
    );
    expect(parseDate({ year: 1.5 })).to.equal('an object has no whole year');
    expect(parseDate({ year: -300000, month: 1 })).to.equal('an object has a month or day beyond the calendar');
    for (const value of ['19X', 'X964', '1X6X', '20231115', 'Y', 'Y1e5', '1964/1965', '?', '%']) {
      expect(parseDate(value), value).to.equal(
        `${JSON.stringify(value)} is not an ISO 8601 date such as 2023-11-15 or 2023-11-15T11:00-08:00`,
      );
    }
  });
});

describe('validateData, EDTF intervals', () => {
  it('an interval start ("1964-06/1964-08") is the event\'s start and end', () => {
    const { events, errors } = read('1964-06/1964-08');
    expect(errors).to.deep.equal([]);
    expect(events[0].start).to.deep.equal(point('1964-06'));
    expect(events[0].end).to.deep.equal(point('1964-08'));
    expect(events[0].open).to.equal(undefined);
  });

  it('an open interval ("1964/..", "../1964") keeps its date and says which end is open', () => {
    const { events, errors } = read('1964/..', '../1965~', '1966/');
    expect(errors).to.deep.equal([]);
    expect(events.map((e) => [e.open, e.end])).to.deep.equal([
      ['end', undefined],
      ['start', undefined],
      ['end', undefined],
    ]);
    expect(events[1].start).to.deep.include({ approximate: true });
  });

  it('validateData rejects bad intervals, one error an item, with its path', () => {
    const { events, errors } = read('../..', '1965/1964', '1964-13/1965', '1964/1965/1966');
    expect(events).to.deep.equal([]);
    expect(errors).to.deep.equal([
      { path: 'events[0].start', message: '"../.." is open at both ends' },
      { path: 'events[1].start', message: '"1965/1964" ends before it starts' },
      { path: 'events[2].start', message: '"1964-13/1965" starts with "1964-13" is not a calendar date' },
      { path: 'events[3].start', message: '"1964/1965/1966" has more than one slash: an interval is start/end' },
    ]);
    const both = validateData({ events: [{ start: '1964/1965', end: '1966', title: 'x' }] });
    expect(both.errors).to.deep.equal([
      { path: 'events[0].start', message: '"1964/1965" is an interval, and end "1966" is given too' },
    ]);
    const era = validateData({ events: [], eras: [{ start: '1964/..', title: 'open era' }] });
    expect(era.errors).to.deep.equal([{ path: 'eras[0].end', message: 'expected an end, got an open interval' }]);
  });
});

describe('formatDate, uncertain and deep dates', () => {
  it('formatDate writes c. and ? where the eye reads, "about" and "perhaps" where a screen reader does', () => {
    expect(formatDate(point('1964~'), 'en-US')).to.equal('c.\u00a01964');
    expect(formatDate(point('1964?'), 'en-US')).to.equal('1964?');
    expect(formatDate(point('1964%'), 'en-US')).to.equal('c.\u00a01964?');
    expect(formatDate(point('1964~'), 'en-US', WORDS)).to.equal('about 1964');
    expect(formatDate(point('1964?'), 'en-US', WORDS)).to.equal('perhaps 1964');
  });

  it('formatDate writes decades, centuries and years at every distance', () => {
    expect(formatDate(point('196X'), 'en-US')).to.equal('1960s');
    expect(formatDate(point('19XX'), 'en-US')).to.equal('1900s');
    expect(formatDate(point('-9999'), 'en-US')).to.equal('10,000 BC');
    expect(formatDate(point('0079'), 'en-US')).to.equal('79 AD');
    expect(formatDate(point('1920'), 'en-US')).to.equal('1920');
    expect(formatDate(point('-13798000000'), 'en-US')).to.equal('13.8 billion years ago');
    expect(formatDate(point('-4600000000'), 'en-US')).to.equal('4.6 billion years ago');
  });

  it('formatRange says qualified and deep ranges end by end', () => {
    expect(formatRange(point('-13648000000'), point('-12798000000'), 'en-US')).to.equal(
      '13.6 billion years ago – 12.8 billion years ago',
    );
    expect(formatRange(point('1964~'), point('1966'), 'en-US', WORDS)).to.equal('about 1964 – 1966');
    // Plain calendar ranges are still joined by Intl.
    expect(formatRange(point('1964-06'), point('1964-08'), 'en-US')).to.equal('June – August 1964');
  });
});
