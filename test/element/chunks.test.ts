// <meeting-timeline>'s chunks as the browser loads them, in the horizontal layout. A file of its own (and the
// vertical layout's in chunks-vertical.test.ts): each test file runs in a fresh page, so the chunks are not
// already loaded by another test.
import { expect } from '@open-wc/testing';
import { crowdedEvents, mountData, resourceTiming } from '../helpers.js';

describe('<meeting-timeline> chunks', () => {
  it('asks for the count marks’ views with the crowded-lane chunk, not once that chunk has been read', async () => {
    const el = await mountData(crowdedEvents(2000, 20), 1000);
    expect(el.shadowRoot!.querySelectorAll('[part~="count"]').length).to.be.greaterThan(0);
    const marks = resourceTiming('/src/views/crowded-marks.ts');
    // Imported by crowded.ts alone: asked for only once crowded.ts has arrived and been read. (Its end is no
    // measure: a quick response can end before a request made in the same task has started.)
    const read = resourceTiming('/src/layout/crowded-lane.ts');
    expect(marks, 'crowded-marks.ts loaded').to.exist;
    expect(read, 'crowded-lane.ts loaded').to.exist;
    // Found by reading crowded.ts too, it would be asked for with crowded-lane.ts, just after it.
    expect(marks!.startTime).to.be.below(read!.startTime);
  });
});
