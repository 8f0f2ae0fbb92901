// Events, lanes and seeded randomness for the layout tests (frame, crowded lane, vertical frame).
import { indexLane } from '../../src/layout/lane-index.js';
import type { ModelLane } from '../../src/model/model.js';
import type { TimelineEvent } from '../../src/types.js';

export const DAY = 86_400_000;
/** 2023-01-01T00:00Z: day 0 of every test. */
export const T0 = Date.UTC(2023, 0, 1);

/** The ms `day` days (any fraction) after 2023-01-01 UTC. */
export function at(day: number): number {
  return T0 + day * DAY;
}

/** A validated event starting at `startMs` (a day long), a bar to `endMs` when given. */
export function event(index: number, startMs: number, endMs?: number, title = `E${index}`): TimelineEvent {
  return {
    id: `e${index}`,
    title,
    kind: 'visit',
    start: { ms: startMs, endMs: startMs + DAY, precision: 'day' },
    ...(endMs === undefined ? {} : { end: { ms: endMs - DAY, endMs, precision: 'day' } }),
    participants: [],
    outcomes: [],
    sources: [],
    index,
  };
}

/** Events sorted as the model sorts them: by start, then input index. */
export function sorted(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.start.ms - b.start.ms || a.index - b.index);
}

/** A lane of the model: its events in time order and their index. */
export function lane(key: string, events: readonly TimelineEvent[]): ModelLane {
  const inOrder = sorted(events);
  return { key, events: inOrder, index: indexLane(inOrder) };
}

/** The events a frame of `[d0, d1]` shows: those starting in it, and bars begun before it that reach into it. */
export function inView(events: readonly TimelineEvent[], [d0, d1]: readonly [number, number]): TimelineEvent[] {
  return events.filter(
    (e) => (e.start.ms >= d0 && e.start.ms <= d1) || (e.start.ms < d0 && (e.end?.endMs ?? e.start.ms) >= d0),
  );
}

/** A seeded random number generator (mulberry32): the same seed, the same numbers. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
