// <meeting-timeline>'s chunks as the browser loads them, in the vertical layout. A file of its own (the
// horizontal layout's are in chunks.test.ts): each test file runs in a fresh page, so the chunks are not
// already loaded by another test.
import { expect, waitUntil } from '@open-wc/testing';
import { crowdedEvents, mountData, resourceTiming } from '../helpers.js';

describe('<meeting-timeline> chunks, vertical', () => {
  it('asks for the count marks’ views with the vertical layout’s chunk, not once that chunk has been read', async () => {
    const el = await mountData(crowdedEvents(40, 20), 360);
    expect(el.shadowRoot!.querySelector('.frame.vertical')).to.exist;
    const marks = resourceTiming('/src/views/crowded-marks.ts');
    // Imported by vertical-chart.ts alone: asked for only once vertical-chart.ts has arrived and been read.
    const read = resourceTiming('/src/layout/vertical-frame.ts');
    expect(marks, 'crowded-marks.ts loaded').to.exist;
    expect(read, 'vertical-frame.ts loaded').to.exist;
    // Found by reading vertical-chart.ts too, it would be asked for with vertical-frame.ts, just after it.
    expect(marks!.startTime).to.be.below(read!.startTime);
  });

  it('adds the count marks’ styles once, whichever of the two chunks that share them loads first', async () => {
    const el = await mountData(crowdedEvents(40, 20), 360);
    const sheets = () =>
      el.shadowRoot!.adoptedStyleSheets.filter((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('part~="count"')),
      );
    expect(sheets()).to.have.length(1);
    // Wide, with a crowded lane: the crowded-lane chunk loads and adds them too.
    el.parentElement!.style.width = '1000px';
    el.data = crowdedEvents(2000, 20);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="count"]'), 'count marks drawn', { timeout: 3000 });
    expect(sheets()).to.have.length(1);
    const count = el.shadowRoot!.querySelector('[part~="count"] rect')!;
    expect(getComputedStyle(count).strokeWidth).to.equal('1.5px');
  });
});
