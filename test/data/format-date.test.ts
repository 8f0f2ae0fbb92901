import { expect } from '@open-wc/testing';
import { daysBetween, formatDate, formatRange } from '../../src/data/format-date.js';
import { formatVenueTime } from '../../src/data/format-venue-time.js';
import { parseDate } from '../../src/data/parse-date.js';
import type { TimePoint } from '../../src/types.js';

// These run in the reader's zone (and again under TZ=Pacific/Kiritimati and TZ=Etc/GMT+12):
// every expected string is either zone-free or computed with Intl in the reader's zone.

function point(value: unknown): TimePoint {
  const result = parseDate(value);
  if (typeof result === 'string') throw new Error(`expected a TimePoint, got ${result}`);
  return result;
}

/** ICU puts narrow and thin spaces around AM/PM and range dashes; compare with plain spaces. */
function plain(text: string | undefined): string | undefined {
  return text?.replace(/\s/g, ' ');
}

describe('formatDate', () => {
  it('formatDate("2023") is the year', () => {
    expect(formatDate(point('2023'), 'en-US')).to.equal('2023');
  });

  it('formatDate("2023-11") is the month and year', () => {
    expect(formatDate(point('2023-11'), 'en-US')).to.equal('November 2023');
    expect(formatDate(point('2023-01'), 'en-US')).to.equal('January 2023');
  });

  it('formatDate("2022-11-14") is "Nov 14, 2022" in en-US, in every zone', () => {
    expect(formatDate(point('2022-11-14'), 'en-US')).to.equal('Nov 14, 2022');
    expect(formatDate(point('2022-01-01'), 'en-US')).to.equal('Jan 1, 2022');
    expect(formatDate(point('2022-12-31'), 'en-US')).to.equal('Dec 31, 2022');
  });

  it('formatDate("2022-11-14") is the 14th in German', () => {
    const german = formatDate(point('2022-11-14'), 'de');
    const expected = new Intl.DateTimeFormat('de', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    expect(german).to.equal(expected.format(Date.UTC(2022, 10, 14)));
    expect(german).to.match(/^14\. ?Nov\.? 2022$/);
  });

  it('formatDate(time with offset) is the date at the venue', () => {
    // 23:30 in California is already the 15th in UTC, and 01:00 in Bali is still the 14th in UTC.
    expect(formatDate(point('2022-11-14T23:30-08:00'), 'en-US')).to.equal('Nov 14, 2022');
    expect(formatDate(point('2022-11-15T01:00+08:00'), 'en-US')).to.equal('Nov 15, 2022');
    expect(formatDate(point('2022-11-14T17:30+08:00'), 'en-US')).to.equal('Nov 14, 2022');
    expect(formatDate(point('2023-11-15T11:20-08:00'), 'en-US')).to.equal('Nov 15, 2023');
  });

  it('formatDate(floating time) is the date as written', () => {
    expect(formatDate(point('2022-11-14T23:59'), 'en-US')).to.equal('Nov 14, 2022');
    expect(formatDate(point('2022-11-14T00:00'), 'en-US')).to.equal('Nov 14, 2022');
  });

  it('formatDate(Date) is the date in the reader’s zone', () => {
    const ms = Date.UTC(2022, 10, 14, 12);
    const expected = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric' }).format(ms);
    expect(formatDate(point(new Date(ms)), 'en-US')).to.equal(expected);
  });

  it('formatDate(early years) adds the era', () => {
    const bce = formatDate(point('-0044-03-15'), 'en-US');
    expect(bce).to.contain('45').and.to.match(/BC/);
    const ad = formatDate(point('0044-03-15'), 'en-US');
    expect(ad).to.contain('44').and.not.to.contain('1944');
    expect(formatDate(point('0044'), 'en-US')).not.to.contain('1944');
  });

  it('formatDate(point, bad locale) falls back instead of throwing', () => {
    expect(() => formatDate(point('2022-11-14'), 'not a locale!')).not.to.throw();
    expect(formatDate(point('2022-11-14'), 'not a locale!')).to.contain('2022');
  });
});

describe('formatVenueTime', () => {
  it('formatVenueTime(date only) is undefined', () => {
    for (const value of ['2023', '2023-11', '2023-11-15']) {
      expect(formatVenueTime(point(value), 'en-US')).to.equal(undefined);
      expect(formatVenueTime(point(value), 'en-US', 'America/Los_Angeles')).to.equal(undefined);
    }
  });

  it('formatVenueTime(offset, IANA zone) names the zone', () => {
    expect(plain(formatVenueTime(point('2023-11-15T11:20-08:00'), 'en-US', 'America/Los_Angeles'))).to.equal(
      '11:20 AM PST',
    );
    expect(plain(formatVenueTime(point('2023-07-15T11:20-07:00'), 'en-US', 'America/Los_Angeles'))).to.equal(
      '11:20 AM PDT',
    );
  });

  it('formatVenueTime(offset) appends the offset with a real minus sign', () => {
    expect(plain(formatVenueTime(point('2023-11-15T11:20-08:00'), 'en-US'))).to.equal('11:20 AM UTC\u22128');
    expect(plain(formatVenueTime(point('2022-11-14T17:30+08:00'), 'en-US'))).to.equal('5:30 PM UTC+8');
    expect(plain(formatVenueTime(point('2023-11-15T11:20+05:30'), 'en-US'))).to.equal('11:20 AM UTC+5:30');
    expect(plain(formatVenueTime(point('2023-11-15T11:20-0930'), 'en-US'))).to.equal('11:20 AM UTC\u22129:30');
    expect(plain(formatVenueTime(point('2023-11-15T11:20Z'), 'en-US'))).to.equal('11:20 AM UTC');
  });

  it('formatVenueTime(offset, contradicting zone) trusts the offset', () => {
    expect(plain(formatVenueTime(point('2023-11-15T11:20-08:00'), 'en-US', 'Asia/Shanghai'))).to.equal(
      '11:20 AM UTC\u22128',
    );
  });

  it('formatVenueTime(UTC time, zone) is the venue’s clock: a time given in UTC says nothing of the venue’s', () => {
    expect(plain(formatVenueTime(point('2023-11-15T19:20Z'), 'en-US', 'America/Los_Angeles'))).to.equal('11:20 AM PST');
    expect(plain(formatVenueTime(point('2023-07-15T10:00+00:00'), 'en-US', 'Europe/London'))).to.equal(
      '11:00 AM GMT+1',
    );
  });

  it('formatVenueTime(offset, unknown zone) falls back to the offset', () => {
    expect(plain(formatVenueTime(point('2023-11-15T11:20-08:00'), 'en-US', 'Mars/Olympus_Mons'))).to.equal(
      '11:20 AM UTC\u22128',
    );
  });

  it('formatVenueTime(floating time) is the wall clock as written', () => {
    expect(plain(formatVenueTime(point('2023-11-15T11:20'), 'en-US'))).to.equal('11:20 AM');
    expect(plain(formatVenueTime(point('2023-11-15T23:05'), 'en-US'))).to.equal('11:05 PM');
  });

  it('formatVenueTime(floating time, IANA zone) is the wall clock, named', () => {
    expect(plain(formatVenueTime(point('2023-11-15T11:20'), 'en-US', 'America/Los_Angeles'))).to.equal('11:20 AM PST');
    expect(plain(formatVenueTime(point('2023-07-15T11:20'), 'en-US', 'America/Los_Angeles'))).to.equal('11:20 AM PDT');
    expect(plain(formatVenueTime(point('2023-11-15T11:20'), 'en-US', 'Mars/Olympus_Mons'))).to.equal('11:20 AM');
  });

  it('formatVenueTime(start, end) says a session’s whole stretch, joined as Intl joins one clock’s times', () => {
    const say = (start: string, end: string, zone?: string, locale = 'en-US') =>
      plain(formatVenueTime(point(start), locale, zone, false, point(end)));
    // A conference's session said its start alone.
    expect(say('2025-06-12T16:20+02:00', '2025-06-12T17:00+02:00', 'Europe/Berlin')).to.equal('4:20 – 5:00 PM GMT+2');
    expect(say('2025-06-12T16:20+02:00', '2025-06-12T17:00+02:00', 'Europe/Berlin', 'de-DE')).to.equal(
      '16:20–17:00 Uhr MESZ',
    );
    expect(say('2023-11-15T11:20-08:00', '2023-11-15T12:30-08:00')).to.equal('11:20 AM – 12:30 PM UTC\u22128');
    expect(say('2023-11-15T11:20', '2023-11-15T13:00')).to.equal('11:20 AM – 1:00 PM');
    // Two offsets, two clocks: each time on its own.
    expect(say('2023-11-15T09:00-08:00', '2023-11-15T18:00-05:00')).to.equal('9:00 AM UTC\u22128 – 6:00 PM UTC\u22125');
    // An end with no time adds nothing to the start's.
    expect(say('2023-11-15T11:20-08:00', '2023-11-16')).to.equal('11:20 AM UTC\u22128');
    // Into the next day, Intl says both dates.
    expect(say('2025-06-12T17:30+02:00', '2025-06-13T01:00+02:00', 'Europe/Berlin')).to.match(
      /^6\/12\/2025, 5:30 PM GMT\+2 – 6\/13\/2025, 1:00 AM GMT\+2$/,
    );
  });

  it('formatVenueTime(seconds) shows the seconds', () => {
    expect(plain(formatVenueTime(point('2023-11-15T11:20:30-08:00'), 'en-US'))).to.equal('11:20:30 AM UTC\u22128');
  });

  it('formatVenueTime(Date) is the time in the reader’s zone, named', () => {
    const ms = Date.UTC(2023, 10, 15, 19, 20);
    const expected = new Intl.DateTimeFormat('en-US', {
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(ms);
    expect(formatVenueTime(point(new Date(ms)), 'en-US')).to.equal(expected);
    expect(plain(formatVenueTime(point(new Date(ms)), 'en-US', 'America/Los_Angeles'))).to.equal('11:20 AM PST');
  });
});

describe('formatRange', () => {
  it('formatRange(day, next day) shares the month and year', () => {
    expect(plain(formatRange(point('2023-05-10'), point('2023-05-11'), 'en-US'))).to.equal('May 10 – 11, 2023');
  });

  it('formatRange(day, day in another month) names both months', () => {
    expect(plain(formatRange(point('2023-05-30'), point('2023-06-02'), 'en-US'))).to.equal('May 30 – Jun 2, 2023');
  });

  it('formatRange(months) and formatRange(years) keep their precision', () => {
    expect(plain(formatRange(point('2023-05'), point('2023-07'), 'en-US'))).to.equal('May – July 2023');
    expect(plain(formatRange(point('2021'), point('2023'), 'en-US'))).to.equal('2021 – 2023');
  });

  it('formatRange(times with offsets) uses the dates at the venue', () => {
    const range = formatRange(point('2023-11-14T23:00-08:00'), point('2023-11-15T23:00-08:00'), 'en-US');
    expect(plain(range)).to.equal('Nov 14 – 15, 2023');
  });

  it('formatRange(start, undefined) is just the start', () => {
    expect(formatRange(point('2023-05-10'), undefined, 'en-US')).to.equal('May 10, 2023');
  });

  it('formatRange(same day twice) is that day', () => {
    expect(plain(formatRange(point('2023-05-10T09:00'), point('2023-05-10T17:00'), 'en-US'))).to.equal('May 10, 2023');
  });

  it('formatRange(Date, calendar date) falls back to "a – b"', () => {
    const start = point(new Date(Date.UTC(2023, 4, 10, 12)));
    const expected = `${formatDate(start, 'en-US')} – May 20, 2023`;
    expect(formatRange(start, point('2023-05-20'), 'en-US')).to.equal(expected);
  });

  it('formatRange(end before start) does not throw', () => {
    expect(() => formatRange(point('2023-05-11'), point('2023-05-10'), 'en-US')).not.to.throw();
  });

  describe('asks Intl for as few ranges as it can (formatRange costs about 50 µs a call in Chromium)', () => {
    // Restored as it was: the prototype's own function, called with a formatter as `this`.
    // eslint-disable-next-line @typescript-eslint/unbound-method
    const original = Intl.DateTimeFormat.prototype.formatRange;
    let calls = 0;
    beforeEach(() => {
      calls = 0;
      Intl.DateTimeFormat.prototype.formatRange = function (this: Intl.DateTimeFormat, a, b) {
        calls++;
        return original.call(this, a, b);
      };
    });
    afterEach(() => {
      Intl.DateTimeFormat.prototype.formatRange = original;
    });

    /** What Intl's formatRange itself says of the two points, in the options the element uses for days. */
    function intlRange(start: TimePoint, end: TimePoint, locale: string): string {
      const utc = !start.instant;
      const shift = (p: TimePoint) => p.ms + (utc ? (p.offsetMinutes ?? 0) * 60_000 : 0);
      const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
      if (utc) options.timeZone = 'UTC';
      return original.call(new Intl.DateTimeFormat(locale, options), shift(start), shift(end));
    }

    it('a range within one day is that day, as Intl says it, with no formatRange call', () => {
      const pairs: [TimePoint, TimePoint][] = [
        [point('2023-05-10T09:00'), point('2023-05-10T17:00')],
        [point('2023-11-15T11:20-08:00'), point('2023-11-15T23:59-08:00')],
        [point('2022-11-14'), point('2022-11-14T17:30')],
        [point('2023-05'), point('2023-05-01T10:00')],
        [point(new Date(2023, 4, 10, 8)), point(new Date(2023, 4, 10, 20))],
      ];
      for (const locale of ['en-US', 'de', 'fr', 'zh', 'ar']) {
        const expected = pairs.map(([a, b]) => intlRange(a, b, locale));
        calls = 0;
        expect(pairs.map(([a, b]) => formatRange(a, b, locale))).to.deep.equal(expected);
        expect(calls, locale).to.equal(0);
      }
    });

    it('a range over several days is asked of Intl once, then kept', () => {
      const [a, b] = [point('1987-03-04T10:00'), point('1987-03-07T09:00')];
      const expected = intlRange(a, b, 'en-GB');
      calls = 0;
      expect(formatRange(a, b, 'en-GB')).to.equal(expected);
      expect(formatRange(point('1987-03-04T22:00'), point('1987-03-07'), 'en-GB')).to.equal(expected);
      expect(calls).to.equal(1);
    });
  });
});

describe('daysBetween', () => {
  it('daysBetween(Bali, Filoli) is 366', () => {
    expect(daysBetween(point('2022-11-14T17:30+08:00'), point('2023-11-15T11:20-08:00'))).to.equal(366);
  });

  it('daysBetween(a, b) counts calendar days at each venue, not 24-hour spans', () => {
    // 11 PM in California and 1 AM the next day in Beijing are 2 hours apart, one calendar day apart.
    expect(daysBetween(point('2023-11-15T23:00-08:00'), point('2023-11-17T01:00+08:00'))).to.equal(2);
    expect(daysBetween(point('2023-11-15T00:10'), point('2023-11-15T23:50'))).to.equal(0);
    expect(daysBetween(point('2023-01-01'), point('2024-01-01'))).to.equal(365);
    expect(daysBetween(point('2024-01-01'), point('2025-01-01'))).to.equal(366);
  });

  it('daysBetween(later, earlier) is negative', () => {
    expect(daysBetween(point('2023-11-15'), point('2023-11-10'))).to.equal(-5);
  });

  it('daysBetween(Date, Date) counts days in the reader’s zone', () => {
    const a = new Date(2023, 10, 15, 23, 30);
    const b = new Date(2023, 10, 16, 0, 30);
    expect(daysBetween(point(a), point(b))).to.equal(1);
  });
});
