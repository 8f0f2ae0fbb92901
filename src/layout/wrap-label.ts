// A title wrapped to the lines of a width, for the vertical layout's rows. DOM-free: text is measured by the caller.

/** Characters of scripts written without spaces (Chinese, Japanese): a line may break between any two of them. */
const SPACELESS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー';
/**
 * The pieces a line breaks between, each with the space before it: a word, or one such character with the opening
 * punctuation before it and the closing after it, which start or end no line ("會晤，" "「巴"), as a browser
 * breaks them.
 */
const PIECE = new RegExp(
  ` ?(?:[「『（【〔《〈“‘(\\[]*[${SPACELESS}][、。，．・：；！？）」』】〕》〉”’…)\\],.:;!?]*|[^ ${SPACELESS}]+)`,
  'gu',
);

/**
 * A title wrapped at spaces, and between the characters of Chinese and Japanese, to lines no wider than `width` px
 * as `measure` sees them, at most `maxLines`; the last line cut with an ellipsis when the title runs on. A word
 * wider than a line is cut too. A line that broke at a space ends with it (not measured), so the lines joined read
 * as the title: "Biden and Xi ", "meet" but "巴厘島", "會晤".
 */
export function wrapLabel(title: string, width: number, measure: (text: string) => number, maxLines = 3): string[] {
  const pieces = title.replace(/\s+/g, ' ').trim().match(PIECE) ?? [];
  const lines: string[] = [];
  for (let start = 0; start < pieces.length;) {
    const text = (end: number) => pieces.slice(start, end).join('').trimStart();
    // The last line takes the rest, cut to fit.
    let end = pieces.length;
    if (lines.length < maxLines - 1) {
      // As many pieces as fit, at least one. A line's width grows with its pieces, so a binary search: a title
      // of 30 Chinese characters takes 5 measurements a line, not one a character.
      let lo = start + 1;
      for (let hi = end; lo < hi;) {
        const mid = (lo + hi + 1) >>> 1;
        if (measure(text(mid)) <= width) lo = mid;
        else hi = mid - 1;
      }
      end = lo;
    }
    lines.push(pieces[end]?.startsWith(' ') ? `${text(end)} ` : text(end));
    start = end;
  }
  return lines.map((line) => {
    const text = line.trimEnd();
    return measure(text) <= width ? line : cut(text, width, measure) + line.slice(text.length);
  });
}

/** The text cut at a character, with an ellipsis, to fit `width`. */
function cut(text: string, width: number, measure: (text: string) => number): string {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return lo ? `${text.slice(0, lo).trimEnd()}…` : '…';
}
