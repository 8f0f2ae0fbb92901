import { expect } from '@open-wc/testing';
import { placeLabels, type LabelItem, type LabelLayout, type LabelOptions } from '../../src/layout/labels.js';

/** Seeded PRNG so every run draws the same "random" inputs. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "+N" in a 7 px font with 14 px of padding. */
const badgeWidth = (count: number) => 14 + 7 * `+${count}`.length;
const opts = (rows: number, gap = 4): LabelOptions => ({ rows, gap, badgeWidth });
const items = (...spans: [number, number][]): LabelItem[] => spans.map(([x, width]) => ({ x, width }));
const rowsOf = (layout: LabelLayout) => Array.from(layout.row);

/**
 * Every invariant of a layout, as a list of broken ones (empty when all hold): labels in a row and badges
 * never overlap (gap included), each hidden item is in exactly one badge, badges are in order, and the
 * greedy rule held (an item skipped a row, or was hidden, only when that row was taken at its x).
 */
function problems(
  list: readonly LabelItem[],
  { rows, gap, badgeWidth: bw }: LabelOptions,
  layout: LabelLayout,
): string[] {
  const out: string[] = [];
  const { row, clusters } = layout;
  if (row.length !== list.length) out.push(`row has ${row.length} entries for ${list.length} items`);
  const right = new Array<number>(rows).fill(-Infinity); // widest right edge so far in each row
  let hidden = 0;
  for (let i = 0; i < list.length; i++) {
    const { x, width } = list[i];
    const r = row[i];
    if (!Number.isInteger(r) || r < -1 || r >= rows) out.push(`item ${i}: row ${r} out of range`);
    const skipped = r === -1 ? rows : r;
    for (let k = 0; k < skipped; k++) if (right[k] + gap <= x) out.push(`item ${i}: row ${k} was free`);
    if (r === -1) hidden++;
    else if (r >= 0 && r < rows) {
      if (right[r] + gap > x) out.push(`item ${i} overlaps a label in row ${r}`);
      right[r] = Math.max(right[r], x + width);
    }
  }
  let counted = 0;
  let covered = 0; // hidden items inside some badge's [first, last]
  for (let c = 0; c < clusters.length; c++) {
    const { x, width, first, last, count } = clusters[c];
    const prev = clusters[c - 1];
    if (prev && prev.last >= first) out.push(`cluster ${c} is out of order`);
    if (prev && prev.x + prev.width + gap > x) out.push(`cluster ${c} overlaps cluster ${c - 1}`);
    if (row[first] !== -1 || row[last] !== -1) out.push(`cluster ${c} starts or ends at a visible item`);
    if (x !== list[first]?.x) out.push(`cluster ${c} is not at its first item`);
    if (width !== bw(count)) out.push(`cluster ${c} width ${width} is not badgeWidth(${count})`);
    let inside = 0;
    for (let i = first; i <= last; i++) if (row[i] === -1) inside++;
    if (inside !== count) out.push(`cluster ${c} counts ${count} but holds ${inside} hidden items`);
    counted += count;
    covered += inside;
  }
  // Ranges are disjoint and ordered, so equal totals mean each hidden item is in exactly one badge.
  if (counted !== hidden || covered !== hidden) out.push(`${hidden} hidden, ${counted} counted, ${covered} covered`);
  return out;
}

/** Random x-sorted items: mostly dense, with ties, zero widths and integer edges that touch exactly. */
function randomItems(random: () => number, n: number): LabelItem[] {
  const list: LabelItem[] = [];
  let x = random() * 100 - 50;
  const integer = random() < 0.5;
  for (let i = 0; i < n; i++) {
    const step = random() < 0.15 ? 0 : random() * (random() < 0.2 ? 200 : 30);
    x += integer ? Math.round(step) : step;
    const width = random() < 0.05 ? 0 : random() * 120;
    list.push({ x, width: integer ? Math.round(width) : width });
  }
  return list;
}

describe('placeLabels', () => {
  it('placeLabels([]) places nothing', () => {
    const layout = placeLabels([], opts(2));
    expect(rowsOf(layout)).to.deep.equal([]);
    expect(layout.clusters).to.deep.equal([]);
  });

  it('placeLabels(items) keeps labels that fit in row 0', () => {
    const layout = placeLabels(items([0, 10], [20, 10], [40, 50]), opts(3));
    expect(rowsOf(layout)).to.deep.equal([0, 0, 0]);
    expect(layout.clusters).to.deep.equal([]);
  });

  it('placeLabels(items) lets a label start exactly gap px after the previous one ends', () => {
    expect(rowsOf(placeLabels(items([0, 10], [14, 10]), opts(2, 4)))).to.deep.equal([0, 0]);
    expect(rowsOf(placeLabels(items([0, 10], [13.9, 10]), opts(2, 4)))).to.deep.equal([0, 1]);
  });

  it('placeLabels(items) puts each label in the lowest row that is free at its x', () => {
    const layout = placeLabels(items([0, 100], [10, 20], [40, 10], [60, 10], [120, 5]), opts(3, 5));
    expect(rowsOf(layout)).to.deep.equal([0, 1, 1, 1, 0]);
  });

  it('placeLabels(items) hides labels when all rows are taken and counts them in a badge', () => {
    const layout = placeLabels(items([0, 50], [10, 50], [20, 50], [30, 50], [200, 10]), opts(2, 4));
    expect(rowsOf(layout)).to.deep.equal([0, 1, -1, -1, 0]);
    expect(layout.clusters).to.deep.equal([{ x: 20, width: badgeWidth(2), first: 2, last: 3, count: 2 }]);
  });

  it('placeLabels(items) starts a new badge at or after the current badge’s right edge plus gap', () => {
    // Item 0 takes the only row; badgeWidth(1) is 28 px, so badge 1's right edge plus gap is its x + 32.
    const behind = (...xs: number[]) => items([0, 1000], ...xs.map((x): [number, number] => [x, 10]));
    const joined = placeLabels(behind(10, 41.9), opts(1, 4));
    expect(joined.clusters.map((c) => [c.x, c.first, c.last, c.count])).to.deep.equal([[10, 1, 2, 2]]);
    const split = placeLabels(behind(10, 42), opts(1, 4));
    expect(split.clusters.map((c) => [c.x, c.first, c.last, c.count])).to.deep.equal([
      [10, 1, 1, 1],
      [42, 2, 2, 1],
    ]);
  });

  it('placeLabels(items) measures from the badge’s grown width', () => {
    // 10 px per hidden item: 115 joins only because the badge grew to 20 px; 130 is at the 30 px edge.
    const list = items([0, 1000], [100, 5], [105, 5], [115, 5], [130, 5]);
    const { clusters } = placeLabels(list, { rows: 1, gap: 0, badgeWidth: (count) => 10 * count });
    expect(clusters).to.deep.equal([
      { x: 100, width: 30, first: 1, last: 3, count: 3 },
      { x: 130, width: 10, first: 4, last: 4, count: 1 },
    ]);
  });

  it('placeLabels(items) gives first and last so a badge can zoom to the items it hides', () => {
    // Item 2 fits in row 0 between hidden items 1 and 3, which share one badge.
    const list = items([0, 30], [5, 10], [34, 5], [36, 5], [300, 5]);
    const layout = placeLabels(list, opts(1, 4));
    expect(rowsOf(layout)).to.deep.equal([0, -1, 0, -1, 0]);
    expect(layout.clusters).to.deep.equal([{ x: 5, width: badgeWidth(2), first: 1, last: 3, count: 2 }]);
  });

  it('placeLabels(items, {rows: 0}) hides every label', () => {
    const layout = placeLabels(items([0, 1], [100, 1], [101, 1]), opts(0));
    expect(rowsOf(layout)).to.deep.equal([-1, -1, -1]);
    expect(layout.clusters.map((c) => c.count)).to.deep.equal([1, 2]);
  });

  it('placeLabels(items) never overlaps two labels in a row, nor two badges (seeded random inputs)', () => {
    const random = mulberry32(0x5eed);
    for (let run = 0; run < 2000; run++) {
      const list = randomItems(random, Math.floor(random() * 120));
      const options = opts(Math.floor(random() * 5), Math.floor(random() * 3) * 4);
      const found = problems(list, options, placeLabels(list, options));
      if (found.length)
        expect.fail(
          `run ${run}, ${JSON.stringify({ list, rows: options.rows, gap: options.gap })}: ${found.join('; ')}`,
        );
    }
  });

  it('placeLabels(items) lays out 50,000 items reading each item once', () => {
    const random = mulberry32(50_000);
    let reads = 0;
    let badgeCalls = 0;
    const layoutOf = (n: number) => {
      reads = badgeCalls = 0;
      let x = 0;
      const list: LabelItem[] = Array.from({ length: n }, () => {
        const item = { x: (x += random() * 8), width: 20 + random() * 100 };
        return {
          get x() { reads++; return item.x; }, // prettier-ignore
          get width() { reads++; return item.width; }, // prettier-ignore
        };
      });
      const options: LabelOptions = { rows: 3, gap: 4, badgeWidth: (c) => (badgeCalls++, badgeWidth(c)) };
      const layout = placeLabels(list, options);
      return { list, options, layout, reads, badgeCalls };
    };
    const small = layoutOf(5_000);
    const big = layoutOf(50_000);
    // Each item's x and width are read once and badgeWidth runs once per hidden item: linear work.
    expect(big.reads).to.equal(2 * 50_000);
    expect(small.reads).to.equal(2 * 5_000);
    const hidden = Array.from(big.layout.row).filter((r) => r === -1).length;
    expect(hidden).to.be.above(10_000); // dense enough to exercise the badges
    expect(big.badgeCalls).to.equal(hidden);
    const plain = big.list.map(({ x, width }) => ({ x, width }));
    expect(problems(plain, big.options, big.layout)).to.deep.equal([]);
  });
});
