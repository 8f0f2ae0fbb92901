// How far a time zone's wall clock is from UTC, for an axis that tells the hours of exact moments in that zone.
import { dateTimeFormat } from '../i18n/formatters.js';
import { DATE_LIMIT_MS } from './deep-time.js';

/** The zone `zone` names for Intl: an IANA name, or `local` (the reader's own), else `UTC` for one Intl does not know. */
export function axisZone(zone: string): string {
  // UTC, the default, asks Intl nothing: a first formatter costs a first render its locale's data.
  return zone === 'UTC' || zone === 'local' || dateTimeFormat('en-US', { timeZone: zone }) ? zone : 'UTC';
}

/** How far `zone`'s wall clock (as {@link axisZone} reads it) is ahead of UTC at `ms`, in ms: -18,000,000 in New York in winter. */
export function zoneOffset(ms: number, zone: string): number {
  // Beyond the range of Date (deep time) there is no wall clock to tell.
  if (zone === 'UTC' || !(Math.abs(ms) <= DATE_LIMIT_MS)) return 0;
  const name = dateTimeFormat('en-US', { timeZone: zone === 'local' ? undefined : zone, timeZoneName: 'longOffset' })
    ?.formatToParts(ms)
    .find((part) => part.type === 'timeZoneName')?.value;
  // "GMT-05:00" (some engines write a real minus sign), "GMT+05:30", or "GMT" for UTC itself.
  const [, sign, hours, minutes] = /([+\u2212-])(\d+):?(\d*)/.exec(name ?? '') ?? [];
  return sign ? (sign === '+' ? 60_000 : -60_000) * (+hours * 60 + +minutes) : 0;
}
