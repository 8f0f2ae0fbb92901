// Each language's plural phrases, chosen by Intl.PluralRules for that language: the counts 0, 1, 2, 5, 11 and
// 100 reach every category of the six languages (Arabic uses all six: zero, one, two, few, many, other).
import { expect } from '@open-wc/testing';
import { en, type TimelineStrings } from '../../src/i18n/strings.js';
import { strings as ar } from '../../src/i18n/ar.js';
import { strings as de } from '../../src/i18n/de.js';
import { strings as es } from '../../src/i18n/es.js';
import { strings as fr } from '../../src/i18n/fr.js';
import { strings as zh } from '../../src/i18n/zh.js';
import { plural } from '../../src/i18n/plural.js';

const COUNTS = [0, 1, 2, 5, 11, 100];

/** `phrase(String(n), n)` for each count. */
const forms = (phrase: (count: string, n: number) => string) => COUNTS.map((n) => phrase(String(n), n));

describe('plural', () => {
  it('plural(locale, n, forms) picks the category Intl.PluralRules gives, else other', () => {
    const forms = { one: 'one', two: 'two', few: 'few', other: 'other' };
    expect(COUNTS.map((n) => plural('ar', n, forms))).to.deep.equal(['other', 'one', 'two', 'few', 'other', 'other']);
    expect(COUNTS.map((n) => plural('en', n, forms))).to.deep.equal([
      'other',
      'one',
      'other',
      'other',
      'other',
      'other',
    ]);
  });
});

describe('interface strings: plurals', () => {
  const cases: [name: string, strings: TimelineStrings, skipped: string[], days: string[]][] = [
    [
      'en',
      en,
      [
        '0 items were skipped.',
        '1 item was skipped.',
        '2 items were skipped.',
        '5 items were skipped.',
        '11 items were skipped.',
        '100 items were skipped.',
      ],
      ['0 days', '1 day', '2 days', '5 days', '11 days', '100 days'],
    ],
    [
      'de',
      de,
      [
        '0 Einträge wurden übersprungen.',
        '1 Eintrag wurde übersprungen.',
        '2 Einträge wurden übersprungen.',
        '5 Einträge wurden übersprungen.',
        '11 Einträge wurden übersprungen.',
        '100 Einträge wurden übersprungen.',
      ],
      ['0 Tage', '1 Tag', '2 Tage', '5 Tage', '11 Tage', '100 Tage'],
    ],
    [
      'es',
      es,
      [
        'Se omitieron 0 elementos.',
        'Se omitió 1 elemento.',
        'Se omitieron 2 elementos.',
        'Se omitieron 5 elementos.',
        'Se omitieron 11 elementos.',
        'Se omitieron 100 elementos.',
      ],
      ['0 días', '1 día', '2 días', '5 días', '11 días', '100 días'],
    ],
    [
      'fr',
      fr,
      // French counts 0 with 1.
      [
        '0 élément a été ignoré.',
        '1 élément a été ignoré.',
        '2 éléments ont été ignorés.',
        '5 éléments ont été ignorés.',
        '11 éléments ont été ignorés.',
        '100 éléments ont été ignorés.',
      ],
      ['0 jour', '1 jour', '2 jours', '5 jours', '11 jours', '100 jours'],
    ],
    [
      'zh',
      zh,
      ['已跳过 0 项。', '已跳过 1 项。', '已跳过 2 项。', '已跳过 5 项。', '已跳过 11 项。', '已跳过 100 项。'],
      ['0 天', '1 天', '2 天', '5 天', '11 天', '100 天'],
    ],
    [
      'ar',
      ar,
      // zero, one (no number: "one item"), two (the dual, no number), few (3–10), many (11–99), other (100–102…).
      [
        'تم تخطي 0 عنصر.',
        'تم تخطي عنصر واحد.',
        'تم تخطي عنصرين.',
        'تم تخطي 5 عناصر.',
        'تم تخطي 11 عنصرًا.',
        'تم تخطي 100 عنصر.',
      ],
      ['0 يوم', 'يوم واحد', 'يومان', '5 أيام', '11 يومًا', '100 يوم'],
    ],
  ];
  for (const [name, strings, skipped, days] of cases) {
    it(`${name}: skipped(count, n) for 0, 1, 2, 5, 11, 100`, () => {
      expect(forms(strings.skipped)).to.deep.equal(skipped);
    });
    it(`${name}: days(count, n) for 0, 1, 2, 5, 11, 100`, () => {
      expect(forms(strings.days)).to.deep.equal(days);
    });
  }

  it('es and fr: a million takes "de" (the CLDR many category)', () => {
    expect(es.days('1.000.000', 1_000_000)).to.equal('1.000.000 de días');
    expect(fr.skipped('1 000 000', 1_000_000)).to.equal('1 000 000 d’éléments ont été ignorés.');
  });
});
