// <meeting-timeline> over deep time and uncertain dates: one dataset from the Big Bang to a day in 2023,
// read, walked with the keyboard, zoomed from billions of years to a day, and exported.
import { expect, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, mark, mountData, tickLines, type MeetingTimeline } from '../helpers.js';

const MIXED = {
  title: 'From the Big Bang to Filoli',
  events: [
    { id: 'big-bang', start: '-13798000000', title: 'The Big Bang' },
    { id: 'sun', start: { year: -4.6e9 }, title: 'The Solar System forms' },
    { id: 'farming', start: '-9999~', title: 'Farming begins' },
    { id: 'vesuvius', start: '0079-08-24', title: 'Vesuvius erupts' },
    { id: 'sixties', start: '196X', title: 'The sixties' },
    { id: 'maybe', start: '1964?', title: 'A year in doubt' },
    { id: 'summer', start: '1964-06/1964-08', title: 'A summer' },
    { id: 'open', start: '1990/..', title: 'Still running' },
    { id: 'filoli', start: '2023-11-15T11:00-08:00', title: 'Filoli' },
  ],
};

function label(el: MeetingTimeline, id: string): string {
  return mark(el, id)?.getAttribute('aria-label') ?? '';
}

async function settle(el: MeetingTimeline): Promise<void> {
  await el.updateComplete;
  await aTimeout(50);
  await el.updateComplete;
}

describe('<meeting-timeline> deep time and uncertain dates', () => {
  it('a dataset from the Big Bang to 2023 shows every event, with no errors', async () => {
    const el = await mountData(MIXED);
    expect(el.errors).to.deep.equal([]);
    expect(el.events.map((e) => e.id)).to.deep.equal(MIXED.events.map((e) => e.id));
    const { from, to } = el.range;
    expect(from.getTime()).to.be.below(el.events[0].start.ms);
    expect(to.getTime()).to.be.above(el.events[8].start.ms);
    // The axis counts billions of years from now.
    const ticks = $$(el, '.tick text').map((t) => t.textContent ?? '');
    expect(ticks.some((t) => /^\d+(\.\d+)?B years ago$/.test(t))).to.equal(true);
    expect(label(el, 'big-bang')).to.contain('13.8 billion years ago');
  });

  it('the list view and the accessible names say uncertain dates in words', async () => {
    const el = await mountData(MIXED);
    el.zoomTo('1959', '1971');
    await settle(el);
    expect(label(el, 'maybe')).to.contain('perhaps 1964');
    expect(label(el, 'sixties')).to.contain('1960s');
    // A faded extent over the year, the decade; a dashed line running on from the open interval.
    expect(mark(el, 'maybe')!.querySelector('.extent')).to.exist;
    expect(mark(el, 'sixties')!.querySelector('.extent')).to.exist;
    expect(mark(el, 'vesuvius')).to.equal(null);
    el.zoomTo('1985', '2025');
    await settle(el);
    expect(mark(el, 'open')!.querySelector('.open')).to.exist;
    expect(mark(el, 'filoli')!.querySelector('.extent')).to.equal(null);
    el.listView = true;
    await settle(el);
    // (\s takes the no-break space after "c." too)
    const text = $(el, '[part="list"]')!.textContent.replace(/\s+/g, ' ');
    for (const date of ['13.8 billion years ago', '4.6 billion years ago', 'c. 10,000 BC', '79 AD', '1960s', '1964?'])
      expect(text, date).to.contain(date);
    expect(text).to.contain('June – August 1964');
  });

  it('zooms from billions of years to a day, and places the day exactly', async () => {
    const el = await mountData(MIXED);
    el.zoomTo('2023-11-15', '2023-11-16');
    await settle(el);
    const { from, to } = el.range;
    expect(to.getTime() - from.getTime()).to.be.below(3 * 86_400_000);
    const ticks = $$(el, '.tick text').map((t) => t.textContent ?? '');
    expect(ticks.some((t) => /AM|PM/.test(t))).to.equal(true);
    expect(mark(el, 'filoli')).to.exist;
    expect(label(el, 'filoli')).to.contain('2023');
    // And back out to all of time.
    el.fit();
    await settle(el);
    expect(el.range.from.getTime()).to.be.below(el.events[0].start.ms);
  });

  it('the keyboard walks from the Big Bang to 2023 and back, the view following', async () => {
    const el = await mountData(MIXED);
    mark(el, 'big-bang')!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;
    expect(focused()).to.equal('filoli');
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(focused()).to.equal('big-bang');
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(focused()).to.equal('sun');
    const { from, to } = el.range;
    expect(el.events[1].start.ms).to.be.within(from.getTime(), to.getTime());
  });

  it('toSVG() exports deep-time ticks and every event in view', async () => {
    const el = await mountData(MIXED);
    const svg = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts.some((t) => /B years ago/.test(t))).to.equal(true);
    expect(texts.some((t) => t.includes('The Big Bang'))).to.equal(true);
  });

  /** The vertical axis's tick labels (each its lines, isolates left out) and its context labels, once drawn. */
  async function verticalAxis(el: MeetingTimeline) {
    const read = () => ({
      ticks: tickLines(el),
      contexts: $$(el, '[part="axis"] .context').map((t) => t.textContent ?? ''),
    });
    for (let i = 0; i < 40 && !read().ticks.length && !read().contexts.length; i++) await aTimeout(50);
    return read();
  }

  it('down a phone, zoomed in on the Big Bang between ticks, the axis says when at its top, in words', async () => {
    const events = [
      { start: { year: -13_798_000_000 }, title: 'The Big Bang' },
      { start: { year: -13_797_930_000 }, title: 'Matter domination' },
      { start: { year: -13_797_623_000 }, title: 'Recombination' },
      { start: { year: -4_798_000_000 }, title: 'The Solar System forms' },
      { start: { year: 0 }, title: 'Today' },
    ];
    const el = await mountData({ events }, 360);
    expect(el.layout).to.equal('vertical');
    el.zoomTo({ year: -13.9e9 }, { year: -13.7e9 });
    await settle(el);
    // Every tick of the view falls in a break between the rows: three rows stood beside no time at all.
    const { ticks, contexts } = await verticalAxis(el);
    expect(ticks, 'no tick is drawn in this view').to.deep.equal([]);
    expect(contexts.join(' | ')).to.contain('13.8B years ago');
  });

  it('right to left in Arabic, a tick on two lines reads from its count, each line in its own direction', async () => {
    const events = [9.2e9, 8.1e9, 6.5e9, 4.4e9, 3.3e9, 2.7e9, 1.1e9].map((years, i) => ({
      start: { year: -years },
      title: `E${i}`,
    }));
    const el = await mountData({ events }, 360, 'ar', 'rtl');
    expect(el.layout).to.equal('vertical');
    const { ticks } = await verticalAxis(el);
    const counted = ticks.filter((lines) => lines.length === 2);
    expect(counted.length, JSON.stringify(ticks)).to.be.greaterThan(2);
    // "9 مليار سنة" ("9 billion years"): read right to left, the count comes first, at the line's right end. In
    // the svg's left-to-right, the digit led the line at its left end, after the words.
    for (const text of $$(el, '[part="axis"] .tick text').filter((t) => t.children.length === 2)) {
      const line = text.children[1] as SVGTSpanElement;
      const chars = [...(line.textContent ?? '')];
      // Firefox leaves the isolates out of the characters it positions.
      const skip = line.getNumberOfChars() < chars.length ? 1 : 0;
      const x = (k: number) => line.getStartPositionOfChar(k - skip).x;
      const digit = chars.findIndex((c) => /\d/.test(c));
      const letters = chars.map((_, k) => k).filter((k) => /\p{L}/u.test(chars[k]));
      expect(digit).to.be.at.least(0);
      for (const k of letters) expect(x(digit), line.textContent ?? '').to.be.above(x(k));
    }
  });
});
