// The venue's local time of an event (its start, or start to end), for the details panel and the list view (chunks):
// in its IANA zone when the data name one, else at the offset it was written with.
import { attempt, dateTimeFormat } from '../i18n/formatters.js';
import type { TimelineEvent, TimePoint } from '../types.js';
import { hasClock, venue, type DateWords } from './format-date.js';
import { axisZone, zoneOffset as offsetMs } from './zone-offset.js';

/** `UTC−8`, `UTC+5:30`, with a real minus sign. */
function offsetName(minutes: number): string {
  if (!minutes) return 'UTC';
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `UTC${minutes < 0 ? '\u2212' : '+'}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** Minutes east of UTC of an IANA zone at an instant, or undefined for an unknown zone. */
function zoneOffset(ms: number, timeZone: string): number | undefined {
  return axisZone(timeZone) === timeZone ? offsetMs(ms, timeZone) / 60_000 : undefined;
}

/** How a point's clock time is said: a formatter, the instant to give it, and an offset said after it. */
interface Clock {
  format: Intl.DateTimeFormat;
  ms: number;
  after: string;
}

function clockOf(point: TimePoint, locale: string, timeZone: string | undefined, convert: boolean): Clock | undefined {
  if (!hasClock(point)) return undefined;
  // Dates are always to the millisecond; only a written time that gave seconds shows them.
  const clock: Intl.DateTimeFormatOptions =
    !point.instant && (point.precision === 'second' || point.precision === 'millisecond')
      ? { hour: 'numeric', minute: '2-digit', second: '2-digit' }
      : { hour: 'numeric', minute: '2-digit' };
  const said = (options: Intl.DateTimeFormatOptions, ms: number, after = '') => {
    const format = dateTimeFormat(locale, { ...clock, ...options });
    return format && { format, ms, after };
  };
  if (timeZone) {
    const { offsetMinutes } = point;
    let instant = point.ms;
    if (!point.instant && offsetMinutes === undefined) {
      // A floating wall-clock time: find the instant it names in that zone (two passes settle DST).
      const guess = zoneOffset(instant, timeZone);
      const offset = guess === undefined ? undefined : zoneOffset(instant - guess * 60_000, timeZone);
      instant = offset === undefined ? NaN : instant - offset * 60_000;
    }
    // A written offset wins over a zone name that contradicts it, but for UTC's own (`Z`): a time given in UTC, as
    // systems export them, says nothing of the venue's clock, which its zone tells.
    if (!Number.isNaN(instant) && (convert || !offsetMinutes || zoneOffset(instant, timeZone) === offsetMinutes)) {
      const zoned = said({ timeZone, timeZoneName: 'short' }, instant);
      if (zoned) return zoned;
    }
  }
  if (point.instant) return said({ timeZoneName: 'short' }, point.ms);
  return said(
    { timeZone: 'UTC' },
    venue(point).ms,
    point.offsetMinutes === undefined ? '' : ` ${offsetName(point.offsetMinutes)}`,
  );
}

/**
 * The venue's local clock time (`11:20 AM PST`, `11:20 AM UTC−8`); undefined for dates without a time. With
 * `convert`, `timeZone` is the reader's choice, not the venue's: an exact time is told on its clock whatever
 * offset it was written with. With an `end` that has a time, the two as a range: one clock's as Intl joins them
 * ("4:20 – 5:00 PM GMT+2"; a conference's session said its start alone), else each on its own clock.
 */
export function formatVenueTime(
  point: TimePoint,
  locale: string,
  timeZone?: string,
  convert = false,
  end?: TimePoint,
): string | undefined {
  const a = clockOf(point, locale, timeZone, convert);
  if (!a) return undefined;
  const b = end && clockOf(end, locale, timeZone, convert);
  const range = b && b.format === a.format && b.after === a.after && attempt(() => a.format.formatRange(a.ms, b.ms));
  if (range) return range + a.after;
  const text = a.format.format(a.ms) + a.after;
  return b ? `${text} – ${b.format.format(b.ms)}${b.after}` : text;
}

/**
 * The zone an event with no venue zone is told in: the element's `time-zone` when one was asked for (the axis
 * tells the same clock), for exact times only; a wall-clock time is in no zone, and by default an exact time is
 * said at the offset it was written with.
 */
function clockZone(event: TimelineEvent, timeZone: string): string | undefined {
  const { start } = event;
  if (timeZone === 'UTC' || (!start.instant && start.offsetMinutes === undefined)) return undefined;
  return timeZone === 'local' ? Intl.DateTimeFormat().resolvedOptions().timeZone : timeZone;
}

/**
 * An event's local time as the details panel, the list and the marks' names say it (see formatVenueTime), its
 * venue's clock else the element's `time-zone` (`timeZone`, resolved); a time a source gives only roughly in
 * `words` ("about 11:20 AM PST"); undefined for an event without a time.
 */
export function eventTime(
  event: TimelineEvent,
  locale: string,
  timeZone: string,
  words: Pick<DateWords, 'about'>,
): string | undefined {
  const zone = event.timeZone ?? clockZone(event, timeZone);
  const said = formatVenueTime(event.start, locale, zone, zone !== event.timeZone, event.end);
  return said && event.approximate ? words.about(said) : said;
}
