// The arithmetic of the keyboard walk among events: which event a key moves the focus to. DOM-free.
import type { TimelineEvent } from '../types.js';

/**
 * The index a key moves the focus to among `count` events in time order, from `index` (-1: none yet), or
 * undefined for a key that does not move it. Later in time is to the right, or to the left when the layout
 * runs right to left, and down (the vertical layout's Up and Down). Not clamped.
 */
export function focusMove(key: string, index: number, count: number, rtl: boolean): number | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      return index + ((key === 'ArrowRight') !== rtl ? 1 : -1);
    case 'ArrowDown':
      return index + 1;
    case 'ArrowUp':
      return index - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** The event nearest in time to `from`, in the lane above (-1) or below (1) the one holding it. */
export function nearestInLane(
  lanes: readonly { events: readonly TimelineEvent[] }[],
  from: TimelineEvent,
  direction: 1 | -1,
): TimelineEvent | undefined {
  const at = lanes.findIndex((lane) => lane.events.includes(from));
  const lane = lanes[at + direction];
  if (!lane?.events.length) return undefined;
  const t = from.start.ms;
  let best = lane.events[0];
  for (const event of lane.events) if (Math.abs(event.start.ms - t) < Math.abs(best.start.ms - t)) best = event;
  return best;
}
