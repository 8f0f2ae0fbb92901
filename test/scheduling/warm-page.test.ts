// The page's warm-up, in a page of its own: each test file runs in a fresh page, and the warm-up runs once a page,
// in the first idle period after the element is defined. This page defines it only once the test is listening.
import { expect } from '@open-wc/testing';
import type { MeetingTimeline } from '../../src/meeting-timeline.js';

describe('the page’s warm-up, with no timeline in the page', () => {
  it('draws a made-up timeline out of sight and out of reach for a frame, then takes it away', async () => {
    const added: HTMLElement[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) if (node instanceof HTMLElement) added.push(node);
    });
    observer.observe(document.body, { childList: true });
    const heard: string[] = [];
    const types = ['mt-load', 'mt-error', 'mt-select', 'mt-rangechange', 'mt-step'];
    for (const type of types) document.addEventListener(type, () => heard.push(type));
    let seen: MeetingTimeline | null = null;
    try {
      await import('../../src/define.js');
      const host = () => added.find((node) => node.shadowRoot?.querySelector('meeting-timeline'));
      for (let t = 0; t < 100 && !(host() && !host()!.isConnected); t++) {
        seen ??= document.querySelector('meeting-timeline');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const warm = host();
      expect(warm, 'a host added to the page').to.exist;
      expect(warm!.isConnected, 'taken away').to.equal(false);
      // Out of sight and out of reach, and out of the page's queries.
      expect(warm!.getAttribute('aria-hidden')).to.equal('true');
      expect(warm!.inert).to.equal(true);
      expect(warm!.style.visibility).to.equal('hidden');
      expect(seen, 'never found by the page').to.equal(null);
      expect(heard, 'no event reached the page').to.deep.equal([]);
      // It drew: the made-up events' marks (or count marks) are in its shadow root.
      const timeline = warm!.shadowRoot!.querySelector<MeetingTimeline>('meeting-timeline')!;
      expect(timeline.events.length).to.equal(40);
      expect(timeline.shadowRoot!.querySelectorAll('[part~="event"], [part~="count"]').length).to.be.above(10);
    } finally {
      observer.disconnect();
    }
  });
});
