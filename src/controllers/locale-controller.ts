import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type TimelineStrings } from '../i18n/strings.js';
import { formatRange, hasClock } from '../data/format-date.js';
import type { eventTime } from '../data/format-venue-time.js';
import { placeText } from '../data/format-place.js';
import { whenIdle } from '../scheduling/idle-each.js';
import { canonicalLocale } from '../i18n/formatters.js';
import type { TimelineEvent } from '../types.js';

/** The element, as the locale controller reads it: its `locale` and `strings` properties. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  locale?: string;
  /** The page's own overrides of the interface text. */
  strings: Partial<TimelineStrings>;
}

/** Interface text beyond English, by language; each is a chunk loaded when a page needs it. */
const STRINGS: Record<string, () => Promise<{ strings: TimelineStrings }>> = {
  ar: () => import('../i18n/ar.js'),
  de: () => import('../i18n/de.js'),
  es: () => import('../i18n/es.js'),
  fr: () => import('../i18n/fr.js'),
  zh: () => import('../i18n/zh.js'),
};

/**
 * The times' chunk, once a timeline of the page has loaded it: a timeline made after that (the page's warm-up draws
 * one) says times in its own zone from its first picture, rather than drawing every mark again for them in its first
 * idle time.
 */
let loadedClock: typeof eventTime | undefined;

/**
 * The reader's locale (the `locale` property, else the nearest `lang`, else the browser's), the interface
 * text in its language, its number formats, and the accessible names of marks spelled in it. Worked out
 * once per update, not once per mark.
 */
export class LocaleController implements ReactiveController {
  locale = 'en-US';
  strings: TimelineStrings = en;
  private _numbers?: Intl.NumberFormat;
  private _compact?: Intl.NumberFormat;
  private language?: string;
  private translation?: TimelineStrings;
  private overrides?: Partial<TimelineStrings>;
  /** Accessible names made, by event; a new map whenever what they say changes (the warm-up starts again). */
  names = new WeakMap<TimelineEvent, string>();
  /** The time zone the names' times were told in. */
  private zone = 'UTC';
  /** An event's local time as the details say it: a chunk (the page's, once loaded) and a formatter per venue zone. */
  private clock = loadedClock;
  /** Whether times in the venues' own zones are told: from this timeline's first idle time on. */
  private venueTimes = false;
  private clockLoad?: Promise<void>;

  /**
   * `wait` makes `updateComplete` wait for a chunk of interface text; `waitUndrawn` for the names' times, which
   * change no picture (`mt-load` does not wait for them).
   */
  constructor(
    private readonly host: LocaleHost,
    private readonly wait: (work: Promise<unknown>) => void,
    private readonly waitUndrawn: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
  }

  hostUpdate(): void {
    this.refresh();
  }

  /** Numbers in the locale; made when first asked for (most first renders show none). */
  get numbers(): Intl.NumberFormat {
    return (this._numbers ??= new Intl.NumberFormat(this.locale));
  }

  /** Counts of a thousand and more, short: "1.2K"; made when first asked for. */
  get compact(): Intl.NumberFormat {
    return (this._compact ??= new Intl.NumberFormat(this.locale, { notation: 'compact', maximumFractionDigits: 1 }));
  }

  /**
   * An event's accessible name: title, date, local time (once loaded) and place, spelled in the locale, times
   * told as `timeZone` (the element's, resolved) asks; made once per event.
   */
  name(event: TimelineEvent, timeZone = this.zone): string {
    if (timeZone !== this.zone) {
      this.zone = timeZone;
      this.names = new WeakMap();
    }
    let name = this.names.get(event);
    if (name === undefined) {
      // The data's own text is isolated (FSI…PDI), so a stray direction control in a title cannot reorder the rest.
      // Dates are said in words ("about 1964"), where the eye reads "c. 1964".
      // A time costs a chunk and a formatter per venue zone (9 in the built-in story, 5–10 ms): told in idle time,
      // after the first picture; updateComplete waits for the names that say it. Once a timeline of the page has
      // loaded the chunk, a time told in the element's own zone (one formatter, not one a venue) is told at once.
      const clock =
        this.clock && (this.venueTimes || !event.timeZone || event.timeZone === timeZone) ? this.clock : undefined;
      const parts = [
        isolate(event.title),
        formatRange(event.start, event.end, this.locale, this.strings),
        clock?.(event, this.locale, timeZone, this.strings),
      ];
      if (!clock && !this.clockLoad && hasClock(event.start))
        this.waitUndrawn(
          (this.clockLoad = whenIdle()
            .then(() => import('../data/format-venue-time.js'))
            .then(({ eventTime }) => {
              this.clock = loadedClock = eventTime;
              this.venueTimes = true;
              this.names = new WeakMap();
              this.host.requestUpdate();
            })),
        );
      if (event.place) parts.push(isolate(placeText(event.place)));
      name = parts.filter(Boolean).join(', ');
      this.names.set(event, name);
    }
    return name;
  }

  private refresh(): void {
    const locale = this.resolve();
    if (locale !== this.locale) {
      this.locale = locale;
      this.names = new WeakMap();
      this._numbers = this._compact = undefined;
    }
    const language = locale.split('-')[0];
    if (language !== this.language) {
      this.language = language;
      this.translation = undefined;
      this.overrides = undefined; // rebuild the text below
      if (Object.hasOwn(STRINGS, language)) this.wait(this.loadTranslation(language));
    }
    const overrides = this.host.strings;
    if (overrides !== this.overrides) {
      this.overrides = overrides;
      const { about, perhaps } = this.strings;
      this.strings = { ...en, ...this.translation, ...overrides };
      // Names say "about 1964" in these words: new words, new names.
      if (this.strings.about !== about || this.strings.perhaps !== perhaps) this.names = new WeakMap();
    }
  }

  private resolve(): string {
    return canonicalLocale(this.host.locale || inheritedLang(this.host) || navigator.language);
  }

  private async loadTranslation(language: string): Promise<void> {
    try {
      const { strings } = await STRINGS[language]();
      if (this.language !== language) return;
      this.translation = strings;
      this.strings = { ...en, ...strings, ...this.overrides };
      this.names = new WeakMap();
      this.host.requestUpdate();
    } catch {
      // The English text stays: a missing translation never breaks the timeline.
    }
  }
}

/** The nearest `lang` attribute up the tree, through shadow roots to their hosts, as `:lang()` sees it. */
function inheritedLang(element: Element): string | null {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

/** Text from data as a bidi isolate: FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. */
export function isolate(text: string): string {
  return text ? `\u2068${text}\u2069` : text;
}
