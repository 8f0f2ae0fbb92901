import type { TimelineEventInput } from '../types.js';

/**
 * Reads `<timeline-event>` children as event input: attributes give the dates, kind, place and group;
 * the first heading the title, the paragraphs the summary. Attributes are read, not properties, so it
 * works before the element is defined too.
 */
export function readTimelineEvents(host: Element): TimelineEventInput[] {
  return [...host.querySelectorAll(':scope > timeline-event')].map((child) => {
    const attribute = (name: string) => child.getAttribute(name) ?? undefined;
    const heading = child.querySelector('h1, h2, h3, h4, h5, h6');
    const summary = [...child.querySelectorAll('p')]
      .map((p) => p.textContent?.trim())
      .filter(Boolean)
      .join('\n\n');
    const input: TimelineEventInput = {
      start: attribute('start') as string,
      title: (heading?.textContent ?? attribute('title') ?? '').trim(),
    };
    const fields = { id: 'id', end: 'end', kind: 'kind', group: 'group', timeZone: 'time-zone' } as const;
    for (const [key, name] of Object.entries(fields)) {
      const value = attribute(name);
      if (value) input[key] = value;
    }
    const place = attribute('place');
    if (place) input.place = place;
    if (summary) input.summary = summary;
    return input;
  });
}
