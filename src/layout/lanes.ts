import { KIND_ORDER } from '../model/kinds.js';

/** One horizontal band of the timeline: its key and where its events are in the list, in order. */
export interface Lane {
  key: string;
  positions: number[];
}

/**
 * Splits events into lanes: by group when any event has one (ungrouped last, key ''), else by kind. Takes each
 * event's kind and group, read once by the caller, and gives lanes of positions in the events' order.
 */
export function assignLanes(kinds: readonly string[], groups: readonly (string | undefined)[]): Lane[] {
  const byGroup = groups.some((g) => !!g);
  // A Map iterates in insertion order: canonical kinds first, then keys as they first appear.
  const lanes = new Map<string, number[]>(byGroup ? [] : KIND_ORDER.map((k) => [k, []]));
  for (let i = 0; i < kinds.length; i++) {
    const key = byGroup ? groups[i] || '' : kinds[i];
    let list = lanes.get(key);
    if (!list) lanes.set(key, (list = []));
    list.push(i);
  }
  const out: Lane[] = [];
  for (const [key, positions] of lanes) if (positions.length && !(byGroup && key === '')) out.push({ key, positions });
  const ungrouped = byGroup && lanes.get('');
  if (ungrouped) out.push({ key: '', positions: ungrouped });
  return out;
}
