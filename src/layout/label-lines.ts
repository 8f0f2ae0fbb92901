// A title cut to the room it has, or wrapped to lines of a width. DOM-free: text is measured by the caller.

/**
 * The title cut (at a character, with an ellipsis) to fit `max` px as `measure` sees it; the whole title
 * when it fits, '' when not even one character and the ellipsis do. O(log length) measurements.
 */
export function fitLabel(title: string, max: number, measure: (text: string) => number): string {
  if (measure(title) <= max) return title;
  const cut = (n: number) => `${title.slice(0, n).trimEnd()}…`;
  let lo = 0;
  let hi = title.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(cut(mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  return lo ? cut(lo) : '';
}

/**
 * A title wrapped at spaces to lines no wider than `width` px as `measure` sees them, at most `maxLines`;
 * the last line cut with an ellipsis when the title runs on. A word wider than a line is cut too.
 */
export function wrapLabel(title: string, width: number, measure: (text: string) => number, maxLines = 3): string[] {
  const words = title.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (measure(next) <= width || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // The last line takes the rest, cut to fit.
      line = words.slice(i - line.split(' ').length).join(' ');
      break;
    }
    lines.push(line);
    line = words[i];
  }
  if (line) lines.push(line);
  return lines.map((text) => (measure(text) <= width ? text : cut(text, width, measure)));
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
