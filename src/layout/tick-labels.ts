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
 * at the last label where they stay apart so); a label moved in from an end is kept only if it runs into
 * none of them (beside another tick's label, it would read as that tick's). A label left out is null: its
 * tick line is still drawn.
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
  // Where each label starts and ends, px.
  const spans = places.map(({ dx, anchor }, i) => {
    const left = at[i] + dx - (anchor === 'start' ? 0 : anchor === 'end' ? widths[i] : widths[i] / 2);
    return [left, left + widths[i]];
  });
  const centred = at
    .map((_, i) => i)
    .filter((i) => places[i].anchor === 'middle')
    .sort((a, b) => at[a] - at[b]);
  // Every `every`-th centred label along the axis, the fewest left out that keep the rest apart: an even
  // rhythm reads as a scale, where labels dropped here and there read as gaps in time. Counted back from the
  // last label (the latest time, or "now", in a left-to-right axis) keeps as many as from the first.
  const n = centred.length;
  const apart = (every: number, from: number) =>
    centred.every(
      (i, j) => j < from + every || (j - from) % every > 0 || spans[centred[j - every]][1] + gap <= spans[i][0],
    );
  let every = 1;
  while (every < n && !apart(every, 0)) every++;
  const from = apart(every, (n - 1) % every) ? (n - 1) % every : 0;
  const kept = centred.filter((_, j) => j >= from && (j - from) % every === 0);
  // A label moved in from an end is kept only clear of every label kept.
  for (const [i, { anchor }] of places.entries())
    if (anchor !== 'middle' && kept.every((k) => spans[i][1] + gap <= spans[k][0] || spans[k][1] + gap <= spans[i][0]))
      kept.push(i);
  return places.map((place, i) => (kept.includes(i) ? place : null));
}
