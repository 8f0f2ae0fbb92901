// A year as a reader says it, at any distance: "1920", "79 AD", "10,000 BC", "13.8 billion years ago",
// "in 5 billion years". Calendar years are spelled by Intl.DateTimeFormat (with the era before 1000);
// years too far for the calendar to mean much are counted from now in Intl.RelativeTimeFormat's words,
// with the count in compact notation; where that is missing, in geologists' units ("4.6 Ga").
import { dateTimeFormat, numberFormat, relativeTimeFormat } from '../i18n/formatters.js';

/** From here on (either way) a year is said as a distance from now: "100 thousand years ago". */
export const DISTANT_YEARS = 100_000;

/** How long the words are: `long` for dates ("13.8 billion years ago"), `short` for axis ticks ("14B years ago"). */
export type YearStyle = 'long' | 'short';

/** The locale's relative-time words, counting ("13.8 billion years ago"), or null where it has none. */
function relativeFormat(locale: string): Intl.RelativeTimeFormat | null {
  return relativeTimeFormat(locale, { numeric: 'always' }) ?? null;
}

/** The locale's word for the present ("now", "jetzt"), or null where the engine has none. */
function nowWord(locale: string): string | null {
  return relativeTimeFormat(locale, { numeric: 'auto' })?.format(0, 'second') ?? null;
}

/**
 * "4.6 Ga", "250 ka", "+5 Ga": `years` from now in the geologists' units (annum), to `digits` significant
 * digits; short where room is (the vertical axis), and the words where Intl.RelativeTimeFormat is missing.
 */
export function formatAnnum(years: number, locale: string, digits = 3): string {
  const abs = Math.abs(years);
  if (!abs) return '0';
  const [unit, scale] = abs >= 1e9 ? ['Ga', 1e9] : abs >= 1e6 ? ['Ma', 1e6] : ['ka', 1e3];
  const count = numberFormat(locale, { maximumSignificantDigits: Math.max(1, Math.min(21, digits)) }).format(
    abs / scale,
  );
  return `${years > 0 ? '+' : ''}${count}\u00a0${unit}`;
}

/**
 * `years` from now (negative: ago) in words, the count compact to `digits` significant digits:
 * "13.8 billion years ago", "in 14B years". Year 0 stands for now: the 2,000 years between are below the digits.
 */
export function formatYearsFromNow(years: number, locale: string, style: YearStyle, digits = 3): string {
  const format = relativeFormat(locale);
  if (!format) return formatAnnum(years, locale, digits);
  // Year 0 on a scale of billions is the present: "now", as the locale says it, not "0 years ago".
  if (years === 0) return nowWord(locale) ?? format.format(-0, 'year');
  const count = numberFormat(locale, {
    notation: 'compact',
    compactDisplay: style,
    maximumSignificantDigits: Math.max(1, Math.min(21, digits)),
  }).format(Math.abs(years));
  // The words come from formatting the exact count (so its plural form); the count's digits give way to compact ones.
  let text = '';
  let counted = false;
  for (const part of format.formatToParts(years < 0 ? years : years || -0, 'year')) {
    if (part.type === 'literal') text += part.value;
    else if (!counted) {
      text += count;
      counted = true;
    }
  }
  return text;
}

/**
 * `year` (astronomical numbering: 0 is 1 BC, -9999 is 10,000 BC) as a reader says it: the calendar year,
 * with its era before 1000; the count grouped from 10,000 on; a distance from now from {@link DISTANT_YEARS}.
 */
export function formatYear(year: number, locale: string, style: YearStyle = 'long'): string {
  if (Math.abs(year) >= DISTANT_YEARS) return formatYearsFromNow(year, locale, style);
  const date = new Date(0);
  date.setUTCFullYear(year, 0, 1);
  const early = year < 1000;
  const format = dateTimeFormat(locale, { year: 'numeric', ...(early ? { era: 'short' } : {}), timeZone: 'UTC' });
  if (!format) return String(year);
  const said = year > 0 ? year : 1 - year;
  if (said < 10_000) return format.format(date);
  // Intl writes 10000 BC; the reader's own grouping makes it 10,000 BC.
  const count = numberFormat(locale).format(said);
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'year' ? count : part.value))
    .join('');
}
