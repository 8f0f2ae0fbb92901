// What lies beyond the view, and the span that takes it in: the counts a lane's "2 earlier" and "3 later" say, and
// where clicking one goes. DOM-free.
import { bisectLeft, bisectRight, type LaneIndex } from './lane-index.js';

/**
 * How many of a lane's events (`index`, in start order) lie wholly before `from`, and how many start after `to`.
 * A bar that began before the view and runs into it is in view, and so is every event after it in start order
 * (those that end before the view too are left uncounted: they are few, and a count that is too low misleads less).
 */
export function beyondView({ index }: { index: LaneIndex }, [from, to]: readonly [number, number]): [number, number] {
  // The running maximum of the ends is below `from` exactly for the leading events that all end before it.
  return [bisectLeft(index.maxEnd, from), index.starts.length - bisectRight(index.starts, to)];
}

/**
 * The span that shows the view `[a, b]` and the events beyond it on one side, out to `ms`: a twentieth of it spare
 * at each end, so the farthest mark is not cut by the edge.
 */
export function spanReaching([a, b]: readonly [number, number], ms: number): [number, number] {
  const [from, to] = [Math.min(a, ms), Math.max(b, ms)];
  const pad = (to - from) / 20;
  return [from - pad, to + pad];
}
