// Calendar-correct in every time zone. The config runs this file again with the browsers started under
// TZ=Etc/GMT+12 (UTC−12), Pacific/Kiritimati (UTC+14) and Asia/Kolkata (UTC+5:30); window.__TZ names it.
import { expect, oneEvent } from '@open-wc/testing';
import { $, $$, mark, mountBuiltIn, mountData } from '../helpers.js';
import type { MeetingTimeline } from '../../src/meeting-timeline.js';

const EXPECTED_OFFSET: Record<string, number> = { 'Etc/GMT+12': 720, 'Pacific/Kiritimati': -840, 'Asia/Kolkata': -330 };
const zone = (window as unknown as { __TZ?: string }).__TZ;

async function details(el: MeetingTimeline, id: string): Promise<HTMLElement> {
  const selected = oneEvent(el, 'mt-select');
  mark(el, id)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await selected;
  await el.updateComplete;
  return $(el, '[part="details"]')!;
}

describe(`time zones (${zone ?? 'the machine zone'})`, () => {
  it('the browser really runs in the emulated zone', () => {
    if (!zone) return;
    expect(new Date(Date.UTC(2022, 10, 14)).getTimezoneOffset()).to.equal(EXPECTED_OFFSET[zone]);
  });

  it('a date-only value is the same calendar day for every reader', async () => {
    const el = await mountData([
      { id: 'day', start: '2022-11-14', title: 'Bali day', place: 'Nusa Dua' },
      { id: 'other', start: '2022-11-20', title: 'Later' },
    ]);
    expect(mark(el, 'day')!.getAttribute('aria-label')).to.contain('Nov 14, 2022');
    const panel = await details(el, 'day');
    expect(panel.querySelector('.date')!.textContent).to.equal('Nov 14, 2022');
    expect(panel.querySelector('.local-time')).to.equal(null);
  });

  it('a date-only mark sits on its own day of the axis', async () => {
    const el = await mountData([
      { id: 'day', start: '2022-11-14', title: 'Bali day' },
      { id: 'other', start: '2022-11-20', title: 'Later' },
    ]);
    el.zoomTo('2022-11-10', '2022-11-18');
    await el.updateComplete;
    const tick = $$(el, '[part="axis"] .tick').find((t) => t.textContent === 'Nov 14')!;
    expect(tick, 'a "Nov 14" tick').to.exist;
    const tickX = tick.getBoundingClientRect().left + tick.getBoundingClientRect().width / 2;
    const markBox = mark(el, 'day')!.querySelector('.mark')!.getBoundingClientRect();
    expect(markBox.left + markBox.width / 2).to.be.closeTo(tickX, 1.5);
  });

  it('a date-time with an offset shows the venue local time and date', async () => {
    const el = await mountBuiltIn();
    const filoli = await details(el, 'filoli-2023');
    expect(filoli.querySelector('.date')!.textContent).to.equal('Nov 15, 2023');
    expect(filoli.querySelector('.local-time')!.textContent.replace(/\s/g, ' ')).to.equal('about 11:20 AM PST');
    const bali = await details(el, 'bali-2022');
    expect(bali.querySelector('.date')!.textContent).to.contain('Nov 14, 2022');
    expect(bali.querySelector('.local-time')!.textContent.replace(/\s/g, ' ')).to.match(/^about 5:30 PM /);
  });

  it('the built-in marks are named with the venue dates', async () => {
    const el = await mountBuiltIn();
    expect(mark(el, 'bali-2022')!.getAttribute('aria-label')).to.contain('Nov 14, 2022');
    expect(mark(el, 'filoli-2023')!.getAttribute('aria-label')).to.contain('Nov 15, 2023');
    expect($(el, '.header .gap')!.textContent).to.contain('366 days');
  });
});
