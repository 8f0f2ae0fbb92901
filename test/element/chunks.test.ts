// <meeting-timeline>'s chunks as the browser loads them. A file of its own: each test file runs in a fresh
// page, so the chunks here are not already loaded by another test.
import { expect } from '@open-wc/testing';
import { mountData } from '../helpers.js';
import type { TimelineEventInput } from '../../src/types.js';

const DAY = 86_400_000;

/** `n` events on `days` days of 2023, enough on each day to need count marks. */
function crowded(n: number, days: number): TimelineEventInput[] {
  const start = Date.UTC(2023, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    start: new Date(start + (i % days) * DAY + i * 60_000).toISOString(),
    title: `Event ${i}`,
  }));
}

const resource = (path: string) =>
  performance
    .getEntriesByType('resource')
    .find((entry): entry is PerformanceResourceTiming => new URL(entry.name).pathname.endsWith(path));

describe('<meeting-timeline> chunks', () => {
  it('asks for the count marks’ views with the crowded-lane chunk, not once that chunk has been read', async () => {
    const el = await mountData(crowded(2000, 20), 1000);
    expect(el.shadowRoot!.querySelectorAll('[part~="count"]').length).to.be.greaterThan(0);
    const lane = resource('/src/crowded.ts');
    const marks = resource('/src/views/crowded-marks.ts');
    expect(lane, 'crowded.ts loaded').to.exist;
    expect(marks, 'crowded-marks.ts loaded').to.exist;
    // Found by reading crowded.ts, it could only be asked for after that file had arrived.
    expect(marks!.startTime).to.be.below(lane!.responseEnd);
  });
});
