import { expect } from '@open-wc/testing';
import { canonicalLocale, dateTimeFormat, numberFormat, pluralRules } from '../../src/i18n/formatters.js';

describe('formatters', () => {
  it('dateTimeFormat(locale, options) is cached: the same options give the same formatter', () => {
    const a = dateTimeFormat('en-US', { year: 'numeric', timeZone: 'UTC' });
    expect(a).to.be.instanceOf(Intl.DateTimeFormat);
    expect(dateTimeFormat('en-US', { year: 'numeric', timeZone: 'UTC' })).to.equal(a);
    expect(dateTimeFormat('en-US', { year: '2-digit', timeZone: 'UTC' })).to.not.equal(a);
    expect(a!.format(Date.UTC(2023, 0, 1))).to.equal('2023');
  });

  it('dateTimeFormat(bad locale) falls back to the default locale; an unknown zone gives undefined', () => {
    const fallback = dateTimeFormat('not a locale!', { timeZone: 'UTC' });
    expect(fallback?.resolvedOptions().locale).to.equal(new Intl.DateTimeFormat().resolvedOptions().locale);
    expect(dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).to.equal(undefined);
    expect(dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' }), 'cached as unknown').to.equal(undefined);
    expect(dateTimeFormat(undefined)).to.be.instanceOf(Intl.DateTimeFormat);
  });

  it('dateTimeFormat keeps the 200 most recently used formatters', () => {
    // Intl ignores an option it does not know, but the cache key includes it: 200 distinct keys.
    const keyed = (n: number) => dateTimeFormat('en-US', { cacheTest: n } as Intl.DateTimeFormatOptions);
    const first = keyed(-1);
    const kept = keyed(-2);
    for (let n = 0; n < 199; n++) {
      keyed(n);
      if (n === 100) expect(keyed(-2), 'a hit').to.equal(kept);
    }
    expect(keyed(-2), 'used recently: still cached').to.equal(kept);
    expect(keyed(-1), 'least recently used: made anew').to.not.equal(first);
  });

  it('numberFormat(locale, options) is cached and falls back on a bad locale or bad options', () => {
    const de = numberFormat('de');
    expect(numberFormat('de')).to.equal(de);
    expect(de.format(1234.5)).to.equal(new Intl.NumberFormat('de').format(1234.5));
    const compact = numberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
    expect(compact.format(12_345)).to.equal('12.3K');
    expect(numberFormat('not a locale!').format(1)).to.equal('1');
    expect(numberFormat('en-US', { style: 'currency' }).format(1234)).to.equal('1,234');
  });

  it('pluralRules(locale) is cached and chooses the locale’s own categories', () => {
    expect(pluralRules('ar')).to.equal(pluralRules('ar'));
    expect([0, 1, 2, 5, 11, 100].map((n) => pluralRules('ar').select(n))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect(pluralRules('not a locale!').select(1)).to.be.a('string');
  });
});

describe('canonicalLocale', () => {
  it('canonicalLocale(tag) is the tag in its canonical form; en-US for none or one Intl refuses', () => {
    expect(canonicalLocale('EN-gb')).to.equal('en-GB');
    expect(canonicalLocale('zh-hant-tw')).to.equal('zh-Hant-TW');
    expect(canonicalLocale('')).to.equal('en-US');
    expect(canonicalLocale(null)).to.equal('en-US');
    expect(canonicalLocale(undefined)).to.equal('en-US');
    expect(canonicalLocale('not a tag!')).to.equal('en-US');
  });
});
