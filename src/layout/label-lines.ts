// A title cut to the room it has. DOM-free: text is measured by the caller.

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
