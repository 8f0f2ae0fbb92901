// <meeting-timeline>'s chunks as the browser loads them, in the horizontal layout. A file of its own (and the
// vertical layout's in chunks-vertical.test.ts): each test file runs in a fresh page, so the chunks are not
// already loaded by another test.
import { expect } from '@open-wc/testing';
import { crowdedEvents, mountData, resourceTiming } from '../helpers.js';

describe('<meeting-timeline> chunks', () => {
  it('asks for the count marks’ views with the crowded-lane chunk, not once that chunk has been read', async () => {
    const el = await mountData(crowdedEvents(2000, 20), 1000);
    expect(el.shadowRoot!.querySelectorAll('[part~="count"]').length).to.be.greaterThan(0);
    const lane = resourceTiming('/src/crowded.ts');
    const marks = resourceTiming('/src/views/crowded-marks.ts');
    expect(lane, 'crowded.ts loaded').to.exist;
    expect(marks, 'crowded-marks.ts loaded').to.exist;
    // Found by reading crowded.ts, it could only be asked for after that file had arrived.
    expect(marks!.startTime).to.be.below(lane!.responseEnd);
  });
});
