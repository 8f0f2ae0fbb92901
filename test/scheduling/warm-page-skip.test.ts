// The page's warm-up in a page that has a timeline already (one in its HTML): it draws none of its own. A file of its
// own: the warm-up runs once a page.
import { expect } from '@open-wc/testing';

describe('the page’s warm-up, with a timeline in the page', () => {
  it('draws no made-up timeline: the page’s own has run the code', async () => {
    const el = document.createElement('meeting-timeline');
    el.setAttribute('locale', 'en-US');
    document.body.append(el);
    const added: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) added.push(...record.addedNodes);
    });
    observer.observe(document.body, { childList: true });
    try {
      await import('../../src/define.js');
      // The warm-up comes in the first idle period after a frame, within a second; then its chunk.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(added.filter((node) => node !== el)).to.deep.equal([]);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});
