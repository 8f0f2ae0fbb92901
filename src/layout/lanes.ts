import type { TimelineEvent } from '../types.js';
import { KIND_ORDER } from '../model/kinds.js';

/** One horizontal band of the timeline and its events, in start order. */
export interface Lane {
  key: string;
  events: TimelineEvent[];
}

/** Splits events into lanes: by `group` when any event has one (ungrouped last, key ''), else by `kind`. */
export function assignLanes(events: readonly TimelineEvent[]): Lane[] {
  const byGroup = events.some((e) => !!e.group);
  // A Map iterates in insertion order: canonical kinds first, then keys as they first appear.
  const lanes = new Map<string, TimelineEvent[]>(byGroup ? [] : KIND_ORDER.map((k) => [k, []]));
  for (const e of events) {
    const key = byGroup ? e.group || '' : e.kind;
    let list = lanes.get(key);
    if (!list) lanes.set(key, (list = []));
    list.push(e); // input is sorted by start, so every lane stays sorted
  }
  const out: Lane[] = [];
  for (const [key, list] of lanes) if (list.length && !(byGroup && key === '')) out.push({ key, events: list });
  const ungrouped = byGroup && lanes.get('');
  if (ungrouped) out.push({ key: '', events: ungrouped });
  return out;
}
