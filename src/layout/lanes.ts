import { KIND_ORDER } from '../model/kinds.js';

/** One horizontal band of the timeline: its key and where its events are in the list, in order. */
export interface Lane {
  key: string;
  positions: number[];
}

/**
 * Splits events into lanes: by group when any event has one (ungrouped last, key ''), else by kind. Takes each
 * event's kind and group, read once by the caller, and gives lanes of positions in the events' order.
 *
 * Built-in kinds come in their order; groups and other kinds in the order the data first names them (`order`:
 * each event's place in the data). The events are in time order, and data written group by group wants its lanes
 * in that order, not by which group's first event is earliest.
 */
export function assignLanes(
  kinds: readonly string[],
  groups: readonly (string | undefined)[],
  order: ArrayLike<number>,
): Lane[] {
  const byGroup = groups.some((g) => !!g);
  // Built-in kinds' lanes exist from the start (dropped if empty); each key's first place in the data is kept.
  const lanes = new Map<string, number[]>(byGroup ? [] : KIND_ORDER.map((k) => [k, []]));
  const first = new Map<string, number>();
  for (let i = 0; i < kinds.length; i++) {
    const key = byGroup ? groups[i] || '' : kinds[i];
    let list = lanes.get(key);
    if (!list) lanes.set(key, (list = []));
    list.push(i);
    if (!(first.get(key)! <= order[i])) first.set(key, order[i]);
  }
  const rank = (key: string) => {
    const at = byGroup ? -1 : KIND_ORDER.indexOf(key);
    return at < 0 ? KIND_ORDER.length + first.get(key)! : at;
  };
  const out: Lane[] = [];
  for (const [key, positions] of lanes) if (positions.length && !(byGroup && key === '')) out.push({ key, positions });
  out.sort((a, b) => rank(a.key) - rank(b.key));
  const ungrouped = byGroup && lanes.get('');
  if (ungrouped) out.push({ key: '', positions: ungrouped });
  return out;
}
