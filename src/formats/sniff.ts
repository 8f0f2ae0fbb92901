// Cheap looks at an input before loading anything for it: may it be another format, is it large.

/** Inputs with more events than this (see `eventCount`) are validated in slices, so the page stays responsive while they load. */
export const SLICED = 20_000;

/**
 * Whether a JSON value may be in another format than ours (TimelineJS: a `title` slide object, or events
 * with `start_date`), or `format` names another; a look before loading the adapters. Never throws.
 */
export function mayBeForeign(json: unknown, format: string | undefined): boolean {
  if (format === 'timelinejs' || format === 'csv') return true;
  try {
    if (format === 'json' || !json || typeof json !== 'object' || Array.isArray(json)) return false;
    const { title, events } = json as { title?: unknown; events?: unknown };
    const first: unknown = Array.isArray(events) ? events[0] : undefined;
    return (!!title && typeof title === 'object') || (!!first && typeof first === 'object' && 'start_date' in first);
  } catch {
    return false; // unreadable: validateData names what it cannot read
  }
}

/** How many events an input (an array of events, or an object with `events`) holds; 0 when none can be read. Never throws. */
export function eventCount(input: unknown): number {
  try {
    const events = Array.isArray(input) ? input : (input as { events?: unknown } | null)?.events;
    return Array.isArray(events) ? events.length : 0;
  } catch {
    return 0;
  }
}
