// The page's warm-up, loaded when the page is first idle after the element is defined (see warm-up.ts).
//
// What a page's first Intl formatter costs is not the formatter: it is ICU loading its locale data, 30–90 ms on
// the main thread once per page, which a first render paid in the middle of its work. The same goes for the labels'
// font. Done now, it is done before most pages hand the element its data.
//
// And a first timeline's code runs cold: V8 interprets each function until it has run a while, and a first render
// of 100 events spent half its time so (in Chromium, 120 ms against 50 for the same render with its code warm; one
// event, 61 against 42). When the page has no timeline yet (one made later, by a script or a framework, or set up
// after a fetch), a small made-up timeline is drawn once, out of sight and out of reach, and taken away after its
// first frame: the timeline the page then makes runs on warm code. A page whose timeline is in its HTML has drawn
// it by now, and draws none.
import { canonicalLocale, dateTimeFormat, numberFormat } from '../i18n/formatters.js';
import { KIND_ORDER } from '../model/kinds.js';
import { warmFonts } from '../views/text-measure.js';

const DAY = 86_400_000;

/** The locale a first render will most likely use: the document's `lang`, else the browser's. */
function likelyLocale(): string {
  return canonicalLocale(document.documentElement.lang || navigator.language);
}

/** The made-up timeline's events: forty over two years, of the built-in kinds, dates as data give them. */
function sample() {
  return Array.from({ length: 40 }, (_, i) => {
    const start = Date.UTC(2023, 0, 1) + ((i * 263) % 720) * DAY + (i % 4) * 3_600_000;
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, i % 2 ? 10 : 16);
    return {
      id: `warm-${i}`,
      title: `Talks ${i} on trade`,
      kind: KIND_ORDER[i % KIND_ORDER.length],
      start: iso(start),
      ...(i % 6 ? {} : { end: iso(start + 3 * DAY) }),
    };
  });
}

/** Draws the made-up timeline for a frame, then takes it away. */
function warmTimeline(): void {
  const host = document.createElement('div');
  // Out of sight and out of reach (hidden, inert, hidden from assistive technology), in a shadow root where the page's
  // queries for `meeting-timeline` do not look (and `data` fires no event for its listeners). It is laid out, so the
  // code that measures and places runs too.
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  Object.assign(host.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: '100%',
    height: '0',
    visibility: 'hidden',
  });
  const timeline = Object.assign(document.createElement('meeting-timeline'), { data: { events: sample() } });
  host.attachShadow({ mode: 'open' }).append(timeline);
  document.body.append(host);
  // Taken away after the frame that drew it, or after 5 s whatever happened (a render that failed, or waits for a chunk
  // that never comes): it is never left in the page.
  const away = () => requestAnimationFrame(() => host.remove());
  void (timeline as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.then(away, away);
  setTimeout(() => host.remove(), 5000);
}

const locale = likelyLocale();
// The options of a year tick, a month tick and a day's date, as the axis and the marks' names ask for them.
dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' })?.format(0);
dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' })?.format(0);
dateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })?.formatRange(0, DAY);
numberFormat(locale).format(0);
warmFonts();
// Only where this copy of the element is the page's, and a body to draw in.
if (
  customElements.get('meeting-timeline') &&
  document.body &&
  !document.getElementsByTagName('meeting-timeline').length
)
  warmTimeline();
