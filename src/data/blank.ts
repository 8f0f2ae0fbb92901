/**
 * Whether text shows nothing: a title of zero-width spaces is as blank as an empty one. Blank is white space, C0 and
 * C1 controls, and the default-ignorable code points Unicode draws as nothing: zero-width spaces and joiners
 * (U+200B–U+200D), the word joiner (U+2060), U+FEFF, soft hyphens, variation selectors, bidi controls.
 */
const BLANK = /^[\s\p{Cc}\p{Default_Ignorable_Code_Point}]*$/u;

/** Whether `text` has no visible character. */
export function isBlank(text: string): boolean {
  // A visible ASCII character first, as almost every title has: not blank, without the Unicode regex (50,000
  // titles took it tens of ms).
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return BLANK.test(text);
}
