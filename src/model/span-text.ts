// What the reader is told of a span: its label on the chart and, when the data asks, a sentence in the header.
import { daysBetween, formatDate } from '../data/format-date.js';
import type { TimelineStrings } from '../i18n/strings.js';
import type { ModelSpan, TimelineModel } from './model.js';

/** A span as the chart and the header tell it. */
export interface SpanText {
  from: ModelSpan['from'];
  to: ModelSpan['to'];
  /** The data's label, else the days between: "366 days". */
  label: string;
  /** "366 days between Nov 14, 2022 and Nov 15, 2023", when the data asks for a headline. */
  sentence?: string;
}

/** How the reader is told a span, in the locale. */
export function spanText(span: ModelSpan, locale: string, numbers: Intl.NumberFormat, t: TimelineStrings): SpanText {
  const n = daysBetween(span.from.start, span.to.start);
  const days = t.days(numbers.format(n), n);
  const text: SpanText = { from: span.from, to: span.to, label: span.label ?? days };
  if (span.headline)
    text.sentence = t.between(days, formatDate(span.from.start, locale), formatDate(span.to.start, locale));
  return text;
}

/** The model's spans as the reader is told them, worked out once per model and locale. */
export class SpanTexts {
  private made?: { model: TimelineModel; locale: string; strings: TimelineStrings; spans: SpanText[] };

  get(
    model: TimelineModel,
    { locale, numbers, strings }: { locale: string; numbers: Intl.NumberFormat; strings: TimelineStrings },
  ): SpanText[] {
    const made = this.made;
    if (made?.model === model && made.locale === locale && made.strings === strings) return made.spans;
    const spans = model.spans.map((span) => spanText(span, locale, numbers, strings));
    this.made = { model, locale, strings, spans };
    return spans;
  }
}
