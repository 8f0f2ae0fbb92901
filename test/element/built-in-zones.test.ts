// The built-in data's first picture, in a page of its own: no other test has checked its venue time zones yet.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { MeetingTimeline } from '../helpers.js';

describe('<meeting-timeline> built-in data', () => {
  it('makes no formatter for a venue time zone of the built-in data before its first picture, and keeps them; the marks’ names say the venue times after it', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const zones: string[] = [];
    const Original = Intl.DateTimeFormat;
    // Each formatter made with a time zone, as validation made one to check each of the data's 13 zones.
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        if (args[1]?.timeZone) zones.push(args[1].timeZone);
        return Reflect.construct(target, args);
      },
    });
    let el: MeetingTimeline;
    let first: string[];
    try {
      el = document.createElement('meeting-timeline');
      el.locale = 'en-US';
      const loaded = oneEvent(el, 'mt-load');
      // The zones made by the first frame that paints marks: `mt-load` can come an update or two after that frame
      // (and the names' idle-time formatters in between, on a busy machine), so the frames are watched, not it.
      const firstPicture = new Promise<string[]>((resolve) => {
        const look = () =>
          el.shadowRoot?.querySelector('[part~="event"]') ? resolve([...zones]) : requestAnimationFrame(look);
        requestAnimationFrame(look);
      });
      holder.append(el);
      first = await firstPicture;
      await loaded;
      await el.updateComplete;
    } finally {
      Intl.DateTimeFormat = Original;
    }
    const venues = new Set(el.events.map((event) => event.timeZone).filter((zone) => zone !== undefined));
    expect(el.events).to.have.length(31);
    expect(venues.size, 'venue zones kept').to.be.at.least(10);
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.be.greaterThan(20);
    expect(first.filter((zone) => venues.has(zone))).to.deep.equal([]);
    // Once the page is idle, the names say the venue's time, as the details do ("about 5:30 PM GMT+8" in Bali).
    const bali = el.shadowRoot!.querySelector('[part~="event"][data-id="bali-2022"]');
    expect(bali?.getAttribute('aria-label')?.replace(/\s/g, ' ')).to.contain('Nov 14, 2022, about 5:30 PM GMT+8,');
  });
});
