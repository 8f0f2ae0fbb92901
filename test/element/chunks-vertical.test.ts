// <meeting-timeline>'s chunks as the browser loads them, in the vertical layout. A file of its own (the
// horizontal layout's are in chunks.test.ts): each test file runs in a fresh page, so the chunks are not
// already loaded by another test.
import { expect } from '@open-wc/testing';
import { crowdedEvents, mountData, resourceTiming } from '../helpers.js';

describe('<meeting-timeline> chunks, vertical', () => {
  it('asks for the count marks’ views with the vertical layout’s chunk, not once that chunk has been read', async () => {
    const el = await mountData(crowdedEvents(40, 20), 360);
    expect(el.shadowRoot!.querySelector('.frame.vertical')).to.exist;
    const chart = resourceTiming('/src/views/vertical-chart.ts');
    const marks = resourceTiming('/src/views/crowded-marks.ts');
    expect(chart, 'vertical-chart.ts loaded').to.exist;
    expect(marks, 'crowded-marks.ts loaded').to.exist;
    expect(marks!.startTime).to.be.below(chart!.responseEnd);
  });
});
