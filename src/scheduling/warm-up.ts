// What a page's first Intl formatter costs is not the formatter: it is ICU loading its locale data, 30–90 ms on
// the main thread once per page, which a first render paid in the middle of its work. Started in idle time
// once the element is defined, it is done before most pages hand the element its data; a page that renders
// in the same task as the import pays it in the render, as before. The same goes for the labels' font.
import { canonicalLocale, dateTimeFormat, numberFormat } from '../i18n/formatters.js';
import { warmFonts } from '../views/text-measure.js';
import { whenIdle } from './idle-each.js';

const DAY = 86_400_000;

/** The locale a first render will most likely use: the document's `lang`, else the browser's. */
function likelyLocale(): string {
  return canonicalLocale(document.documentElement.lang || navigator.language);
}

/** Loads the locale data the axis and the marks' names need, through the formatters' cache, when the page is idle. */
export function warmUp(): void {
  void whenIdle().then(() => {
    const locale = likelyLocale();
    // The options of a year tick, a month tick and a day's date, as the axis and the marks' names ask for them.
    dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' })?.format(0);
    dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })?.format(0);
    dateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })?.formatRange(0, DAY);
    numberFormat(locale).format(0);
    warmFonts();
  });
}
