/** A label to place: it occupies `[x, x + width]` in px. */
export interface LabelItem {
  x: number;
  width: number;
}

/** A "+N" badge standing for hidden labels `first..last` (indices into the items). */
export interface Cluster {
  x: number;
  width: number;
  first: number;
  last: number;
  /** Hidden items in the badge (visible ones between first and last are not counted). */
  count: number;
}

/** Where each label goes. */
export interface LabelLayout {
  /** Per item: its row `0..rows-1`, or -1 when hidden (and then counted in exactly one cluster). */
  row: Int16Array | number[];
  /** Badges for the hidden labels, in x order, drawn in their own row below the label rows. */
  clusters: Cluster[];
}

/** Options of {@link placeLabels}. */
export interface LabelOptions {
  /** How many label rows there are. */
  rows: number;
  /** Smallest free space in px between two labels, or two badges, in one row. */
  gap: number;
  /** Width in px of the badge that reads "+count". */
  badgeWidth: (count: number) => number;
}

/** Places x-sorted labels greedily in the lowest free row, so none overlap; the rest go into "+N" badges. O(N·rows). */
export function placeLabels(items: readonly LabelItem[], { rows, gap, badgeWidth }: LabelOptions): LabelLayout {
  const n = items.length;
  const row = new Int16Array(n);
  // Right edge of the last label in each row; labels in a row are disjoint and in x order.
  const rowEnd = new Float64Array(Math.max(0, rows)).fill(-Infinity);
  const clusters: Cluster[] = [];
  let cur: Cluster | undefined;
  for (let i = 0; i < n; i++) {
    const { x, width } = items[i];
    let r = 0;
    while (r < rows && rowEnd[r] + gap > x) r++;
    if (r < rows) {
      row[i] = r;
      rowEnd[r] = x + width;
      continue;
    }
    row[i] = -1;
    // Join while x is left of the badge's right edge plus gap, so the next badge starts clear of this one.
    if (cur && x < cur.x + cur.width + gap) {
      cur.width = badgeWidth(++cur.count);
      cur.last = i;
    } else {
      clusters.push((cur = { x, width: badgeWidth(1), first: i, last: i, count: 1 }));
    }
  }
  return { row, clusters };
}
