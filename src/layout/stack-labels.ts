// Labels down a crowded axis, one a line: which show and which are counted with a shown one. DOM-free.

/** A label that shows, and the items whose labels had no room and are counted with it. */
export interface LabelLine<T> {
  item: T;
  /** Position along the time axis, px. */
  at: number;
  hidden: T[];
}

/**
 * Stacks labels at positions `at` (ascending) one a line: a label shows when it is at least `line` px
 * below the last one shown, and `line` px from every `reserved` position (lines kept for something else, as
 * an era's name); else it is counted with the last one shown (the first label shows regardless).
 * O(N × reserved).
 */
export function stackLabels<T>(
  items: readonly { item: T; at: number }[],
  line: number,
  reserved: readonly number[] = [],
): LabelLine<T>[] {
  const lines: LabelLine<T>[] = [];
  for (const { item, at } of items) {
    const last = lines[lines.length - 1];
    if (last && (at < last.at + line || reserved.some((r) => Math.abs(at - r) < line))) last.hidden.push(item);
    else lines.push({ item, at, hidden: [] });
  }
  return lines;
}
