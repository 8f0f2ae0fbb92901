/**
 * Cached Intl formatters, one cache for the whole element: building an Intl.DateTimeFormat costs tens of
 * microseconds, and axis ticks, labels, the details panel and validation ask for the same few again and again.
 * Keys include the options, so each cache keeps only the most recently used `LIMIT`.
 */

const LIMIT = 200;
const dateFormats = new Map<string, Intl.DateTimeFormat | null>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRulesCache = new Map<string, Intl.PluralRules>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat | null>();

/** What `make` returns, or undefined when it throws (Intl refuses an unknown locale, zone or option). */
export function attempt<T>(make: () => T): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

/** `tag` (a BCP 47 language tag) in its canonical form; `en-US` for none, or one Intl refuses. */
export function canonicalLocale(tag: string | null | undefined): string {
  return attempt(() => Intl.getCanonicalLocales(tag || 'en-US')[0]) ?? 'en-US';
}

/** The cached value for `key`, made on a miss; the least recently used entry goes when the cache is full. */
function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  if (cache.has(key)) {
    const hit = cache.get(key) as T;
    // A Map iterates in insertion order: moved to the end, the first key is always the least recently used.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const made = make();
  if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, made);
  return made;
}

/**
 * A cached Intl.DateTimeFormat. A locale tag Intl does not accept falls back to the default locale; options it
 * refuses (an unknown `timeZone`) give undefined, so callers can also use it to test a zone name.
 */
export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat | undefined {
  const format = remember(
    dateFormats,
    `${locale ?? ''}|${JSON.stringify(options)}`,
    () =>
      attempt(() => new Intl.DateTimeFormat(locale, options)) ??
      attempt(() => new Intl.DateTimeFormat(undefined, options)) ??
      null,
  );
  return format ?? undefined;
}

/** A cached Intl.NumberFormat; a bad locale tag falls back to the default locale, bad options to the defaults. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return remember(
    numberFormats,
    `${locale ?? ''}|${JSON.stringify(options)}`,
    () =>
      attempt(() => new Intl.NumberFormat(locale, options)) ??
      attempt(() => new Intl.NumberFormat(undefined, options)) ??
      attempt(() => new Intl.NumberFormat(locale)) ??
      new Intl.NumberFormat(),
  );
}

/** Cached cardinal Intl.PluralRules; a bad locale tag falls back to the default locale. */
export function pluralRules(locale: string): Intl.PluralRules {
  return remember(
    pluralRulesCache,
    locale,
    () => attempt(() => new Intl.PluralRules(locale)) ?? new Intl.PluralRules(),
  );
}

/** A cached Intl.RelativeTimeFormat, or undefined where the engine or the locale has none. */
export function relativeTimeFormat(
  locale: string,
  options: Intl.RelativeTimeFormatOptions = {},
): Intl.RelativeTimeFormat | undefined {
  const format = remember(
    relativeFormats,
    `${locale}|${JSON.stringify(options)}`,
    () => attempt(() => new Intl.RelativeTimeFormat(locale, options)) ?? null,
  );
  return format ?? undefined;
}
