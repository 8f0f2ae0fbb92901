import { expect } from '@open-wc/testing';
import { spanText, SpanTexts } from '../../src/model/span-text.js';
import { buildModel, type ModelSpan } from '../../src/model/model.js';
import { validateData } from '../../src/data/validate.js';
import { en } from '../../src/i18n/strings.js';
import { strings as de } from '../../src/i18n/de.js';
import type { SpanInput } from '../../src/types.js';

const enNumbers = new Intl.NumberFormat('en-US');

/** The model's one span between events on these two calendar days (or times). */
function span(from: string, to: string, extra: Partial<SpanInput> = {}): ModelSpan {
  const model = buildModel(
    validateData({
      events: [
        { id: 'a', start: from, title: 'A', kind: 'in-person' },
        { id: 'b', start: to, title: 'B', kind: 'in-person' },
      ],
      spans: [{ from: 'a', to: 'b', ...extra }],
    }),
  );
  return model.spans[0];
}

describe('spanText', () => {
  it('spanText(span) labels a span with the calendar days between its events', () => {
    const text = spanText(span('2022-11-14', '2023-11-15'), 'en-US', enNumbers, en);
    expect(text.label).to.equal('366 days');
    expect(text.from.id).to.equal('a');
    expect(text.to.id).to.equal('b');
    expect(text.sentence).to.equal(undefined);
  });

  it('spanText(span) says a headline span in a sentence, with both dates', () => {
    const text = spanText(span('2022-11-14', '2023-11-15', { headline: true }), 'en-US', enNumbers, en);
    expect(text.sentence).to.equal('366 days between Nov 14, 2022 and Nov 15, 2023');
  });

  it('spanText(span) keeps the data’s own label, and the sentence still counts the days', () => {
    const text = spanText(
      span('2022-11-14', '2023-11-15', { label: 'a year', headline: true }),
      'en-US',
      enNumbers,
      en,
    );
    expect(text.label).to.equal('a year');
    expect(text.sentence).to.match(/^366 days between/);
  });

  it('spanText(span) counts calendar days as written at each venue, singular for one', () => {
    const text = spanText(span('2023-03-01T23:00-08:00', '2023-03-02T09:00-08:00'), 'en-US', enNumbers, en);
    expect(text.label).to.equal('1 day');
  });

  it('spanText(span, locale) spells the count and dates in the locale', () => {
    const text = spanText(
      span('2020-01-01', '2023-01-01', { headline: true }),
      'de-DE',
      new Intl.NumberFormat('de-DE'),
      de,
    );
    expect(text.label).to.equal('1.096 Tage');
    expect(text.sentence).to.equal('1.096 Tage zwischen dem 1. Jan. 2020 und dem 1. Jan. 2023');
  });
});

describe('SpanTexts', () => {
  it('works the spans out once per model, locale and strings, and again when one changes', () => {
    const model = buildModel(
      validateData({
        events: [
          { id: 'a', start: '2022-11-14', title: 'A', kind: 'in-person' },
          { id: 'b', start: '2023-11-15', title: 'B', kind: 'in-person' },
        ],
        spans: [{ from: 'a', to: 'b' }],
      }),
    );
    const texts = new SpanTexts();
    const english = { locale: 'en-US', numbers: enNumbers, strings: en };
    const first = texts.get(model, english);
    expect(first.map((s) => s.label)).to.deep.equal(['366 days']);
    expect(texts.get(model, english)).to.equal(first);
    const german = { locale: 'de', numbers: new Intl.NumberFormat('de'), strings: { ...en, ...de } };
    expect(texts.get(model, german)).to.not.equal(first);
  });
});
