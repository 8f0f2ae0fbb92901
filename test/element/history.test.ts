// <meeting-timeline history>: deep links through the URL hash.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { $, mark, type MeetingTimeline } from '../helpers.js';

/** A timeline with `history`, `width` px wide, after `before` px of page. */
async function mountWithHistory(width = 1000, before = 0): Promise<MeetingTimeline> {
  const holder = await fixture<HTMLDivElement>(
    html`<div style="width:${width}px"><div style="height:${before}px"></div></div>`,
  );
  const el = document.createElement('meeting-timeline');
  el.history = true;
  el.locale = 'en-US';
  const loaded = oneEvent(el, 'mt-load');
  holder.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

describe('<meeting-timeline history>', () => {
  const clean = location.pathname + location.search;
  afterEach(() => {
    history.replaceState(null, '', clean);
    scrollTo(0, 0);
  });

  it('a page opened at #id selects that event and brings it into view', async () => {
    history.replaceState(null, '', '#call-2021-09');
    const el = await mountWithHistory();
    expect(el.selected).to.equal('call-2021-09');
    expect($(el, '[part="details"] h3')!.textContent).to.equal(el.events.find((e) => e.id === 'call-2021-09')!.title);
    expect(mark(el, 'call-2021-09')).to.exist;
    const at = Date.UTC(2021, 8, 9);
    expect(at).to.be.within(el.range.from.getTime(), el.range.to.getTime());
  });

  const box = (el: Element) => el.getBoundingClientRect();

  it('a page opened at #id far down the page scrolls its mark into the window, as an anchor would', async () => {
    history.replaceState(null, '', '#yellen-beijing-2023');
    const el = await mountWithHistory(1000, 3000);
    const yellen = box(mark(el, 'yellen-beijing-2023')!);
    expect(yellen.top, 'the mark’s top').to.be.at.least(0);
    expect(yellen.bottom, 'the mark’s bottom').to.be.at.most(innerHeight);
  });

  it('down a phone, a page opened at #id shows its mark above the details’ sheet', async () => {
    history.replaceState(null, '', '#yellen-beijing-2023');
    const el = await mountWithHistory(390, 3000);
    expect($(el, '.frame')!.classList.contains('vertical')).to.equal(true);
    // As drawn: where the sheet's place follows the scroll (Chromium), it is brought up to date with the next frame.
    await new Promise(requestAnimationFrame);
    const yellen = box(mark(el, 'yellen-beijing-2023')!);
    const sheet = box($(el, '[part="details"]')!);
    expect(sheet.bottom, 'the sheet at the window’s foot').to.be.closeTo(innerHeight, 1);
    expect(yellen.top, 'the mark’s top').to.be.at.least(0);
    expect(yellen.bottom, `the mark’s bottom, the sheet at ${sheet.top}`).to.be.at.most(sheet.top);
  });

  it('a page opened at #step-n far down the page scrolls the story’s panel into the window', async () => {
    history.replaceState(null, '', '#step-4');
    const el = await mountWithHistory(1000, 3000);
    await waitUntil(() => $(el, '[part="story"]'), 'no story panel');
    expect(el.storyStep).to.equal(3);
    const panel = box($(el, '[part="story"]')!);
    expect(panel.top, 'the panel’s top').to.be.at.least(0);
    expect(panel.bottom, 'the panel’s bottom').to.be.at.most(innerHeight + 1);
  });

  it('selecting updates the hash, and closing the details clears it', async () => {
    const el = await mountWithHistory();
    mark(el, 'filoli-2023')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(location.hash).to.equal('#filoli-2023');
    ($(el, '[part="details"] .close') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
  });

  it('a hash change selects the event', async () => {
    const el = await mountWithHistory();
    location.hash = '#bali-2022';
    // hashchange is fired as a task of its own, later on a busy machine.
    await waitUntil(() => el.selected !== null, 'the hash change selected nothing', { timeout: 2000 });
    await el.updateComplete;
    expect(el.selected).to.equal('bali-2022');
  });

  it('without history the hash is left alone', async () => {
    history.replaceState(null, '', '#bali-2022');
    const holder = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('meeting-timeline');
    const loaded = oneEvent(el, 'mt-load');
    holder.append(el);
    await loaded;
    expect(el.selected).to.equal(null);
    el.select('filoli-2023');
    await el.updateComplete;
    expect(location.hash).to.equal('#bali-2022');
  });
});
