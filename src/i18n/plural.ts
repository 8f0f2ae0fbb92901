import { pluralRules } from './formatters.js';

/** A phrase in each CLDR plural category a language uses; a category left out falls back to `other`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of a phrase for the count `n`, chosen by `Intl.PluralRules` for `locale` (a language's own rules). */
export function plural(locale: string, n: number, forms: PluralForms): string {
  return forms[pluralRules(locale).select(n)] ?? forms.other;
}
