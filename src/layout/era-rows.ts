// Which row of the chart's era strip each era takes, so overlapping eras each show their whole extent.
// DOM-free.

/** Height of a row of the strip of era names at the top of the horizontal chart, px. */
export const ERA_ROW = 16;

/** An era as far as its rows go: when it starts and ends, ms. */
interface EraExtent {
  readonly start: { readonly ms: number; readonly endMs: number };
  readonly end: { readonly endMs: number };
}

/** The most rows: more eras at once than this share the last (and each era costs at most this many looks). */
export const MAX_ERA_ROWS = 8;

/**
 * Where overlapping eras go: each era's row, the eras' indices in the order they are drawn (row by row), how many
 * rows, and where each era's band ends, ms (its end, or the start of the next era in its row that begins on its last
 * day: eras that meet on a day give the day to the later one).
 */
export interface EraRows {
  readonly rows: readonly number[];
  readonly order: readonly number[];
  readonly count: number;
  readonly until: readonly number[];
}

/** Worked out once per list of eras (a model's never changes): the layout and each frame's drawing ask again. */
const known = new WeakMap<readonly EraExtent[], EraRows>();

/**
 * The row of each era, given in order of start: the first row whose eras have all ended by its start's day (eras
 * that meet on a day, one ending as the next begins, share a row), else a new one, up to `MAX_ERA_ROWS`. Eras that
 * never overlap are all in row 0.
 */
export function eraRows(eras: readonly EraExtent[]): EraRows {
  let found = known.get(eras);
  if (found) return found;
  const ends: number[] = [];
  // The last era put in each row, and where each band ends.
  const last: number[] = [];
  const until = eras.map(({ end }) => end.endMs);
  const rows = eras.map(({ start, end }, i) => {
    let row = ends.findIndex((endMs) => endMs <= start.endMs);
    // Both bands on a shared day were a third shade, and zoomed in on it the earlier name stood over the later band.
    // (A one-day era on the day another begins keeps its day; eras sharing the last row for want of rows overlap.)
    if (row >= 0 && start.ms > eras[last[row]].start.ms) until[last[row]] = Math.min(until[last[row]], start.ms);
    if (row < 0) row = Math.min(ends.length, MAX_ERA_ROWS - 1);
    ends[row] = Math.max(ends[row] ?? -Infinity, end.endMs);
    last[row] = i;
    return row;
  });
  found = { rows, order: [...rows.keys()].sort((i, j) => rows[i] - rows[j]), count: ends.length, until };
  known.set(eras, found);
  return found;
}
