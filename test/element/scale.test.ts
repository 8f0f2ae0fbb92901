// <meeting-timeline> with many events: the DOM stays bounded by what is visible, and the keyboard still
// reaches every event. (Speed is measured by `npm run bench`, not asserted here.)
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mark, mountData } from '../helpers.js';
import type { TimelineEventInput } from '../../src/types.js';

const KINDS = ['in-person', 'video', 'phone', 'visit', 'incident'];

function manyEvents(n: number): TimelineEventInput[] {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const start = Date.UTC(2022, 0, 1);
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    start: new Date(start + Math.floor(random() * 730 * 86_400_000)),
    title: `Event ${i} — talks`,
    kind: KINDS[i % KINDS.length],
  }));
}

describe('<meeting-timeline> at scale', () => {
  it('50,000 events keep the shadow DOM under 5,000 elements, zoomed out and in', async () => {
    const el = await mountData(manyEvents(50_000), 1200);
    expect(el.events.length).to.equal(50_000);
    el.fit();
    await el.updateComplete;
    const count = () => el.shadowRoot!.querySelectorAll('*').length;
    expect(count()).to.be.below(5000);
    expect(el.shadowRoot!.querySelectorAll('[part~="count"]').length).to.be.greaterThan(0);
    el.zoomTo('2022-06-01', '2022-06-02');
    await el.updateComplete;
    expect(count()).to.be.below(5000);
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length).to.be.greaterThan(10);
  });

  it('the keyboard walk reaches events that are merged or out of view', async () => {
    const el = await mountData(manyEvents(10_000), 1200);
    el.fit();
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector<SVGGElement>('[part~="event"][tabindex="0"]')!;
    first.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    const last = el.events[el.events.length - 1];
    expect(mark(el, last.id)).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(mark(el, last.id));
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal(el.events[el.events.length - 2].id);
  });
});

describe('<meeting-timeline> loading 100,000 events', () => {
  it('validates in slices: the page keeps running tasks while it loads', async () => {
    const events = manyEvents(100_000);
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setTimeout(tick);
    };
    setTimeout(tick);
    const el = await mountData(events, 1200);
    ticking = false;
    expect(el.events.length).to.equal(100_000);
    // 100,000 events in slices of 4,000: the page ran other tasks between the slices.
    expect(ticks).to.be.at.least(10);
  });
});
