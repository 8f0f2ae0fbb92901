// Where a horizontal axis's tick labels go, so that each is whole and none runs into another. DOM-free.

/** A tick label's place: `dx` px from its tick, drawn from its start, middle or end. */
export interface TickLabelPlace {
  dx: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Places the labels of ticks at `at` (px along the axis, in either order), `widths` px wide, on an axis from
 * `lead` to `trail` px. Each label is centred on its tick. One that would stick out past an end is drawn from
 * that end instead, whole. Then no two labels may come closer than `gap` px: of the labels centred on their
 * ticks, every one is kept, else every second, or third…, whichever is the first to keep them apart (ending
 * at the last label where that keeps as many as starting at the first); a label
 * moved in from an end is kept only if it runs into none of them (beside another tick's label, it would read
 * as that tick's). A label left out is null: its tick line is still drawn.
 */
export function placeTickLabels(
  at: readonly number[],
  widths: readonly number[],
  lead: number,
  trail: number,
  gap = 6,
): (TickLabelPlace | null)[] {
  const places = at.map((x, i): TickLabelPlace => {
    const half = widths[i] / 2;
    if (x - half < lead) return { dx: lead - x, anchor: 'start' };
    if (x + half > trail) return { dx: trail - x, anchor: 'end' };
    return { dx: 0, anchor: 'middle' };
  });
  const extent = (i: number): [number, number] => {
    const { dx, anchor } = places[i];
    const left = at[i] + dx - (anchor === 'start' ? 0 : anchor === 'end' ? widths[i] : widths[i] / 2);
    return [left, left + widths[i]];
  };
  const kept: [number, number][] = [];
  const clear = ([left, right]: [number, number]) => kept.every(([l, r]) => right + gap <= l || r + gap <= left);
  const result: (TickLabelPlace | null)[] = at.map(() => null);
  const centred = at
    .map((_, i) => i)
    .filter((i) => places[i].anchor === 'middle')
    .sort((a, b) => at[a] - at[b]);
  const moved = at.map((_, i) => i).filter((i) => places[i].anchor !== 'middle');
  // Every `every`-th centred label along the axis, the fewest left out that keep the rest apart: an even
  // rhythm reads as a scale, where labels dropped here and there read as gaps in time. Of the choices that
  // keep as many, the one with the last label (the latest time, or "now", in a left-to-right axis).
  const spans = centred.map(extent);
  const n = spans.length;
  const apart = (every: number, from: number) =>
    spans.every((span, j) => j < from + every || (j - from) % every !== 0 || spans[j - every][1] + gap <= span[0]);
  let every = 1;
  while (every < n && !apart(every, 0)) every++;
  const toLast = (n - 1) % every;
  const from = Math.ceil((n - toLast) / every) === Math.ceil(n / every) && apart(every, toLast) ? toLast : 0;
  centred.forEach((i, j) => {
    if (j < from || (j - from) % every !== 0) return;
    kept.push(spans[j]);
    result[i] = places[i];
  });
  for (const i of moved) {
    const span = extent(i);
    if (!clear(span)) continue;
    kept.push(span);
    result[i] = places[i];
  }
  return result;
}
