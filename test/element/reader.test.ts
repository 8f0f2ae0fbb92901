// <meeting-timeline> as a reader meets it: the room kept while data load, the loading state and its
// failures, the details beside or under the chart, new data opening on their own view, the phone layout,
// the legend.
import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, mark, mountBuiltIn, mountData, type MeetingTimeline } from '../helpers.js';
import type { ErrorDetail } from '../../src/meeting-timeline.js';
import type { TimelineEventInput } from '../../src/types.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).href;

/** A timeline (not yet loaded) reading `src`, in a column `width` px wide with a paragraph after it. */
async function mountSrc(src: string, width = 900, setup?: (el: MeetingTimeline) => void): Promise<MeetingTimeline> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('meeting-timeline');
  el.locale = 'en-US';
  setup?.(el);
  el.src = src;
  holder.append(el, Object.assign(document.createElement('p'), { textContent: 'After the timeline.' }));
  return el;
}

const frame = (el: MeetingTimeline) => $(el, '.frame')!;

describe('<meeting-timeline> while it loads', () => {
  it('is busy, says Loading…, and keeps the room its data will take', async () => {
    const el = await mountSrc(`${FIXTURES}events-a.json?delay=800`);
    await aTimeout(100);
    expect(frame(el).getAttribute('aria-busy')).to.equal('true');
    expect($(el, '[part="notice"]')!.textContent.trim()).to.equal('Loading…');
    expect(el.getBoundingClientRect().height).to.be.above(300);
    await oneEvent(el, 'mt-load');
    await el.updateComplete;
    expect(frame(el).getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[part="notice"]')!.textContent.trim()).to.equal('');
  });

  it('loads the list view’s chunk in idle time once the data are drawn, not while they load', async () => {
    const el = await mountSrc(`${FIXTURES}events-a.json?delay=700&list-chunk`);
    const adopted = () =>
      el.shadowRoot!.adoptedStyleSheets.some((sheet) =>
        [...sheet.cssRules].some((r) => /\.list-view\b/.test(r.cssText)),
      );
    // The page is idle while the data load: the chunk came then, and its styles, adopted in the middle of the
    // first render, restyled the whole element.
    await aTimeout(400);
    expect(adopted(), 'while loading').to.equal(false);
    await oneEvent(el, 'mt-load');
    // Then in the page's first idle time, for a print, whose beforeprint gives no time to load anything.
    for (let waited = 0; !adopted() && waited < 5000; waited += 50) await aTimeout(50);
    expect(adopted(), 'once drawn').to.equal(true);
  });

  it('draws only the room and the notice until the data arrive: no header, controls, chart or legend yet', async () => {
    // A URL of its own: another test's response to the same URL may be in the HTTP cache.
    const el = await mountSrc(`${FIXTURES}events-a.json?delay=800&room`);
    await aTimeout(100);
    expect(frame(el).classList.contains('reserving')).to.equal(true);
    expect($(el, '[part="notice"]')).to.exist;
    for (const part of ['header', 'controls', 'chart', 'legend'])
      expect($(el, `[part~="${part}"]`), part).to.equal(null);
    expect($(el, 'svg')).to.equal(null);
    const notice = $(el, '[part="notice"]');
    await oneEvent(el, 'mt-load');
    for (const part of ['controls', 'chart', 'legend']) expect($(el, `[part~="${part}"]`), part).to.exist;
    // The same live region: what it says next is announced (a region put in the page with its text may not be).
    expect($(el, '[part="notice"]')).to.equal(notice);
  });

  it('--mt-reserve sets the room kept', async () => {
    const el = await mountSrc(`${FIXTURES}events-b.json?delay=800`, 900, (e) =>
      e.style.setProperty('--mt-reserve', '555px'),
    );
    await aTimeout(100);
    expect(Math.round(frame(el).getBoundingClientRect().height)).to.equal(555);
  });

  it('the built-in story arrives without moving the page: the room kept is about the room it takes', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.locale = 'en-US';
    const after = Object.assign(document.createElement('p'), { textContent: 'After.' });
    holder.append(el, after);
    await aTimeout(0);
    // Once the element has drawn itself (its first render, before the data), nothing below it moves much.
    const before = after.getBoundingClientRect().top;
    const shifts: number[] = [];
    const observer =
      'LayoutShift' in window
        ? new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
          })
        : undefined;
    observer?.observe({ type: 'layout-shift' });
    if (!el.events.length) await oneEvent(el, 'mt-load');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    observer?.disconnect();
    const moved = Math.abs(after.getBoundingClientRect().top - before);
    expect(moved, 'px the paragraph below moved').to.be.below(0.15 * el.getBoundingClientRect().height);
    if (observer)
      expect(
        shifts.reduce((a, b) => a + b, 0),
        'layout shift',
      ).to.be.at.most(0.05);
  });

  it('a src whose body never ends fails after the timeout, with mt-error and a Retry', async () => {
    const el = await mountSrc(`${FIXTURES}events-a.json?stall`, 900, (e) => (e.timeout = 600));
    const { detail } = await oneEvent<CustomEvent<ErrorDetail>>(el, 'mt-error');
    expect(detail.errors[0].path).to.equal('src');
    expect(detail.errors[0].message).to.contain('no complete response within 0.6 s');
    await el.updateComplete;
    expect(frame(el).getAttribute('aria-busy')).to.equal('false');
    expect($(el, '[part="notice"]')!.textContent).to.contain('no complete response');
    expect($(el, '[part="notice"] .retry')).to.exist;
  });

  for (const [file, says] of [
    ['login.html', 'HTML page'],
    ['empty.json', 'empty'],
  ]) {
    it(`a response that is neither JSON nor CSV (${file}) is a failed load: a short notice, mt-error, Retry`, async () => {
      const el = await mountSrc(`${FIXTURES}${file}`);
      const { detail } = await oneEvent<CustomEvent<ErrorDetail>>(el, 'mt-error');
      expect(detail.errors).to.have.length(1);
      expect(detail.errors[0].path).to.equal('src');
      expect(detail.errors[0].message).to.contain(says);
      await el.updateComplete;
      const notice = $(el, '[part="notice"]')!;
      expect(notice.textContent).to.contain(says);
      // The page's own text never reaches the notice.
      expect(notice.textContent).not.to.match(/Password|secret-field|<form/);
      expect(notice.querySelector('.retry')).to.exist;
      expect(el.events).to.have.length(0);
    });
  }
});

describe('<meeting-timeline> details and the selection', () => {
  const box = (el: Element) => el.getBoundingClientRect();
  // Tests here scroll the page to a chart or a sheet; each starts at the top, whether the last passed or not.
  afterEach(() => scrollTo(0, 0));

  it('wide, the details sit beside the chart, which narrows and keeps the selection in view', async () => {
    const el = await mountBuiltIn(1100);
    const wide = Number($(el, 'svg')!.getAttribute('width'));
    el.select('filoli-2023');
    await el.updateComplete;
    const chart = $(el, 'svg')!;
    const details = $(el, '[part="details"]')!;
    expect(Number(chart.getAttribute('width'))).to.be.below(wide);
    expect(box(details).left).to.be.at.least(box(chart).right - 1);
    const filoli = box(mark(el, 'filoli-2023')!.querySelector('.mark')!);
    expect(filoli.right).to.be.at.most(box(details).left);
    expect(filoli.left).to.be.at.least(box(chart).left);
    expect(box(details).top).to.be.below(box(chart).bottom);
  });

  it('narrower, the details sit under the chart, never over it', async () => {
    const el = await mountBuiltIn(700);
    el.select('filoli-2023');
    await el.updateComplete;
    const chart = $(el, 'svg')!;
    expect(Number(chart.getAttribute('width'))).to.equal(700);
    // The chart as seen: while the view glides to the selection, the svg may be taller than its box, which
    // clips it (the spare room is blank).
    const shown = $(el, '.plot')!;
    expect(getComputedStyle(shown).overflow).to.equal('clip');
    expect(box($(el, '[part="details"]')!).top).to.be.at.least(box(shown).bottom - 1);
  });

  /** Clicks the drawn mark nearest the top (or bottom) of the window, as a reader would, and waits for its panel. */
  async function clickMark(el: MeetingTimeline, lowest = false): Promise<HTMLElement> {
    const marks = $$(el, '[part~="event"]').filter((m) => box(m).top >= 0 && box(m).bottom <= innerHeight);
    marks.sort((a, b) => (lowest ? box(b).top - box(a).top : box(a).top - box(b).top));
    marks[0].querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    return $(el, '[part="details"]')!;
  }

  /** Waits (a smooth scroll takes a moment) until `test` holds, up to 3 s. */
  async function until(test: () => boolean): Promise<boolean> {
    for (let t = 0; t < 60 && !test(); t++) await aTimeout(50);
    return test();
  }

  /**
   * With the chart's top at the window's top, clicks the mark nearest the window's top (or bottom) and expects its
   * details to open as a sheet at the window's foot, no taller than half the window, with the mark in the window above
   * it, then and once any smooth scroll has run.
   */
  async function openSheet(el: MeetingTimeline, lowest = false) {
    scrollTo(0, scrollY + box($(el, 'svg')!).top);
    const details = await clickMark(el, lowest);
    const chosen = () => box(mark(el, el.selected!)!);
    const above = () => chosen().top >= 0 && chosen().bottom <= box(details).top;
    expect(await until(above), `mark at ${chosen().top}, details at ${box(details).top}`).to.equal(true);
    expect(box(details).bottom, 'at the window’s foot').to.be.closeTo(innerHeight, 1);
    expect(box(details).top, 'no taller than half the window').to.be.at.least(innerHeight / 2 - 1);
    await aTimeout(600);
    expect(above(), `mark at ${chosen().top}, details at ${box(details).top}`).to.equal(true);
    return { details, chosen, above };
  }

  it('under a chart taller than the window, a click brings the details into view', async () => {
    const el = await mountBuiltIn(700);
    scrollTo(0, scrollY + box($(el, 'svg')!).top);
    const details = await clickMark(el);
    expect(el.selected).to.not.equal(null);
    // Opened below the window's bottom edge; a click that seems to do nothing tells no story.
    expect(await until(() => box(details).top < innerHeight - 48), `details at ${box(details).top}`).to.equal(true);
  });

  it('under the chart, details taller than the room below the mark come up only as far as keeps the mark in the window', async () => {
    // Each event's details hold a long account: shown whole, they would take the window.
    const summary = 'What was said, and what came of it. '.repeat(60);
    const events = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`,
      start: `2023-${String(1 + i).padStart(2, '0')}-10`,
      title: `Event ${i}`,
      group: `Group ${i % 3}`,
      summary,
    }));
    const el = await mountData({ events }, 700);
    // Page above it, so it can be scrolled to any height in the window.
    el.parentElement!.before(Object.assign(document.createElement('div'), { style: 'height: 1000px' }));
    // The chart's lowest mark, 85 % down the window: the details under the chart open below the window.
    const lowest = $$(el, '[part~="event"]').reduce((a, b) => (box(b).bottom > box(a).bottom ? b : a));
    const id = lowest.dataset.id!;
    const chosen = () => box(mark(el, id)!);
    scrollTo(0, scrollY + chosen().top - innerHeight * 0.85);
    lowest.querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const details = $(el, '[part="details"]')!;
    expect(box(details).top, 'opened below the window').to.be.above(innerHeight - 48);
    expect(box(details).height, 'the details').to.be.above(innerHeight * 0.8);
    // Up far enough to show the panel's first 120 px, no further than keeps the mark in the window. The whole way,
    // as far as showed the whole panel, left the mark above the window.
    expect(await until(() => box(details).top <= innerHeight - 119), `details at ${box(details).top}`).to.equal(true);
    await aTimeout(600);
    expect(chosen().top, `mark at ${chosen().top}, details at ${box(details).top}`).to.be.at.least(0);
    expect(chosen().bottom).to.be.at.most(box(details).top);
  });

  it('under a chart taller than the window, Escape on the chosen mark brings the reader back to it from the details', async () => {
    const el = await mountBuiltIn(700);
    scrollTo(0, scrollY + box($(el, 'svg')!).top);
    const chosen = $$(el, '[part~="event"]').find((m) => box(m).top >= 0)!;
    // A press on a mark focuses it, then the click chooses it.
    chosen.focus({ preventScroll: true });
    chosen.querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const id = chosen.dataset.id!;
    // The page went down to the panel; the mark (found again by id: marks are redrawn) is above the window.
    const shown = () => box(mark(el, id)!);
    expect(await until(() => shown().bottom < 0), `mark at ${shown().top}`).to.equal(true);
    await sendKeys({ press: 'Escape' });
    // Smoothly: the panel's own scroll may still be running, and in Chromium it won over a scroll at once.
    const back = await until(() => el.selected === null && shown().bottom > 0 && shown().top < innerHeight);
    expect(back, `mark at ${shown().top}`).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(mark(el, id));
  });

  it('beside a chart taller than the window, the details stay in the window while the page scrolls past', async () => {
    // Thirty lanes of two events: as tall with the panel open as without.
    const events = Array.from({ length: 60 }, (_, i) => ({
      id: `e${i}`,
      start: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      title: `Event ${i}`,
      group: `Group ${i % 30}`,
    }));
    const el = await mountData({ events }, 1100);
    const chart = $(el, 'svg')!;
    expect(box(chart).height).to.be.above(innerHeight * 1.5);
    // Halfway down the chart.
    scrollTo(0, scrollY + box(chart).top + (box(chart).height - innerHeight) / 2);
    const details = await clickMark(el, true);
    await until(() => box(details).top >= -1);
    const heading = box(details.querySelector('h3')!);
    expect(box(chart).top, 'the chart’s top is above the window').to.be.below(0);
    expect(heading.top).to.be.at.least(0);
    expect(heading.bottom).to.be.at.most(innerHeight);
    // Near the chart's end (its bottom 60 % down the window): the panel, as tall as what it holds, is still all
    // there, above the chart's end. As tall as the window, it went up with the chart, its heading out of sight.
    scrollTo(0, scrollY + box(chart).bottom - innerHeight * 0.6);
    await until(() => box(chart).bottom <= innerHeight * 0.6 + 1);
    const panel = box(details);
    expect(box(details.querySelector('h3')!).top, 'the heading').to.be.at.least(0);
    expect(panel.top, 'the panel’s top').to.be.at.least(-1);
    expect(panel.height, 'the panel holds a title, a date and a place').to.be.below(innerHeight * 0.6);
    expect(panel.bottom).to.be.at.most(box(chart).bottom + 40);
  });

  it('down a phone, the details are a sheet at the window’s foot, and the chosen mark stays in the window above it', async () => {
    const el = await mountBuiltIn(390);
    expect(frame(el).classList.contains('vertical')).to.equal(true);
    // The lowest mark in the window: the sheet would cover it. The page glided down to the panel under the chart,
    // leaving the mark hundreds of pixels above the window.
    const { details, chosen, above } = await openSheet(el, true);
    // Walked with Next from the sheet's foot (it scrolls within, its buttons kept at its foot): each event's mark
    // comes into the window above it, and its details open at their top.
    for (let step = 0; step < 4; step++) {
      const was = el.selected;
      const next = details.querySelector<HTMLButtonElement>('.walk .next')!;
      expect(details.scrollHeight, 'the details scroll within').to.be.above(details.clientHeight);
      expect(box(next).bottom, 'Next, at the sheet’s foot').to.be.at.most(box(details).bottom);
      details.scrollTop = details.scrollHeight;
      next.click();
      await el.updateComplete;
      expect(el.selected).to.not.equal(was);
      expect(await until(above), `step ${step + 1}: mark at ${chosen().top}`).to.equal(true);
      expect(details.scrollTop, `step ${step + 1}: the details scrolled`).to.equal(0);
      expect(details.querySelector('h3')!.textContent).to.contain(el.events.find((e) => e.id === el.selected)!.title);
    }
    // At the chart's end the sheet is in its place under it, over none of it.
    const column = () => box($(el, '.chart-column')!);
    scrollTo(0, scrollY + column().bottom - innerHeight * 0.4);
    await until(() => column().bottom <= innerHeight * 0.4 + 1);
    expect(box(details).top).to.be.at.least(column().bottom - 1);
  });

  it('down a phone, the sheet gives way to the chart as the page goes back up past the chart’s top, its foot kept', async () => {
    // Where the browser ties animation to scrolling (Chromium) the stylesheet does it; elsewhere (Firefox) a script.
    const el = await mountBuiltIn(390);
    // Room above, so the chart's top can come down the window.
    el.before(Object.assign(document.createElement('div'), { style: `height:${innerHeight}px` }));
    const { details } = await openSheet(el, true);
    const column = () => box($(el, '.chart-column')!);
    // The chart's top 60 % down the window: the sheet covers at most half of the chart in view, its foot (Previous
    // and Next) at the window's. It covered all of it from the chart's top, and a tap on "+" seemed to do nothing.
    scrollTo({ top: scrollY + column().top - innerHeight * 0.6, behavior: 'instant' });
    await until(() => Math.abs(column().top - innerHeight * 0.6) < 2);
    await new Promise(requestAnimationFrame);
    const inView = innerHeight - column().top;
    expect(
      box(details).top - column().top,
      `chart from ${column().top}, sheet from ${box(details).top}`,
    ).to.be.at.least(inView / 2 - 2);
    expect(box(details).bottom, 'the sheet’s foot').to.be.closeTo(innerHeight, 1);
    const next = box(details.querySelector('.walk .next')!);
    expect(next.bottom, 'Next, in the window').to.be.at.most(innerHeight + 1);
    expect(next.top, 'Next, on the sheet').to.be.at.least(box(details).top);
    // Back down, the chart's top above the window: the sheet is all there at the window's foot.
    scrollTo({ top: scrollY + column().top + 200, behavior: 'instant' });
    await until(() => column().top < -100);
    await new Promise(requestAnimationFrame);
    expect(box(details).bottom).to.be.closeTo(innerHeight, 1);
  });

  describe('in a window too short for a mark and the details under the chart (a phone held sideways)', () => {
    before(() => setViewport({ width: 844, height: 390 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('under a horizontal chart, the details are a sheet at the window’s foot, the chosen mark above it', async () => {
      const el = await mountBuiltIn(800);
      expect(frame(el).classList.contains('horizontal')).to.equal(true);
      // The highest mark in the window: the page glided down to the panel under the 560 px chart, 730 px past it.
      const { details, chosen, above } = await openSheet(el);
      // Next walks with the chart in sight: each event's mark comes into the window above the sheet.
      for (let step = 0; step < 3; step++) {
        const was = el.selected;
        details.querySelector<HTMLButtonElement>('.walk .next')!.click();
        await el.updateComplete;
        expect(el.selected).to.not.equal(was);
        expect(await until(above), `step ${step + 1}: mark at ${chosen().top}`).to.equal(true);
      }
    });

    it('beside the chart or in story mode there is no sheet', async () => {
      const wide = await mountBuiltIn(1000);
      wide.select('bali-2022');
      await wide.updateComplete;
      const beside = $(wide, '[part="details"]')!;
      expect(getComputedStyle(beside.parentElement!).bottom).to.equal('auto');
      const story = await mountBuiltIn(800);
      ($(story, '.story-toggle') as HTMLButtonElement).click();
      await waitUntil(() => $(story, '[part="story"]') && $(story, '[part="details"]'), 'no story panel');
      const below = $(story, '[part="details"]')!;
      expect(getComputedStyle(below).getPropertyValue('--_sheet')).to.equal('');
      expect(getComputedStyle(below.parentElement!).bottom).to.equal('auto');
      expect(getComputedStyle(below).maxHeight).to.equal('none');
    });
  });

  it('a long panel keeps Previous and Next at its foot, beside the chart as in a sheet', async () => {
    const summary = 'What was said, and what came of it. '.repeat(60);
    const events = Array.from({ length: 6 }, (_, i) => ({
      id: `e${i}`,
      start: `2023-0${1 + i}-10`,
      title: `E${i}`,
      summary,
    }));
    const el = await mountData({ events }, 1100);
    el.select('e2');
    await el.updateComplete;
    const details = $(el, '[part="details"]')!;
    expect(details.scrollHeight, 'the details scroll within').to.be.above(details.clientHeight);
    // At the end of what it holds before, out of sight until the panel was scrolled to its end.
    const next = details.querySelector('.walk .next')!;
    expect(box(next).bottom).to.be.at.most(box(details).bottom);
    expect(box(next).top).to.be.at.least(box(details).top);
  });

  it('down a phone, the chosen mark stays clear of the sheet when its HTML arrives after it opened', async () => {
    // No summary: the sheet opens with a title and a date, then grows to half the window when the sanitised HTML
    // (a chunk of its own) arrives.
    const html = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of what happened that day.</p>`).join('');
    const events = Array.from({ length: 30 }, (_, i) => ({
      id: `e${i}`,
      start: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + 2 * Math.floor(i / 12)).padStart(2, '0')}`,
      title: `Event ${i}`,
      html,
    }));
    const el = await mountData({ events }, 390);
    expect(frame(el).classList.contains('vertical')).to.equal(true);
    scrollTo(0, scrollY + box($(el, 'svg')!).top);
    // The mark 60 % down the window: clear of the sheet as it opens, under it once it has grown.
    const marks = $$(el, '[part~="event"]');
    const at = (m: Element) => Math.abs(box(m).bottom - innerHeight * 0.6);
    const target = marks.reduce((a, b) => (at(b) < at(a) ? b : a));
    target.querySelector('.mark')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const details = $(el, '[part="details"]')!;
    await until(() => !!details.querySelector('.rich'));
    expect(details.querySelector('.rich'), 'the HTML arrived').to.not.equal(null);
    await aTimeout(600);
    const chosen = box(mark(el, el.selected!)!);
    expect(box(details).top, 'the sheet grew').to.be.below(innerHeight * 0.55);
    expect(chosen.bottom, `mark at ${chosen.top}, the sheet at ${box(details).top}`).to.be.at.most(box(details).top);
    expect(chosen.top).to.be.at.least(0);
  });

  it('down a phone, a mark the keyboard walks to is never hidden under the details’ sheet', async () => {
    const el = await mountBuiltIn(390);
    mark(el, 'bali-2022')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('bali-2022');
    const details = $(el, '[part="details"]')!;
    const focused = () => box(el.shadowRoot!.activeElement!);
    const clear = () => focused().top >= 0 && focused().bottom <= box(details).top;
    // Down the rest of the story: the browser scrolls each focused mark into the window, and the sheet's height
    // is its scroll margin. Without it, the marks from the window's middle down were focused under the sheet.
    for (let step = 0; step < 16; step++) {
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const id = (el.shadowRoot!.activeElement as HTMLElement).dataset.id;
      expect(await until(clear), `${id} at ${focused().top}, the sheet at ${box(details).top}`).to.equal(true);
    }
  });

  it('what runs past the chart’s sides is clipped by the svg’s own viewport, not by a clip-path', async () => {
    const el = await mountBuiltIn(700);
    // The focused mark stays drawn when the view leaves it (for the keyboard), past the side.
    mark(el, 'bali-2022')!.focus();
    await el.updateComplete;
    el.zoomTo('2023-06-01', '2023-09-01');
    await el.updateComplete;
    // A clip-path on the marks' group made the browser paint every mark again whenever one moved.
    expect(el.shadowRoot!.querySelector('[clip-path]')).to.equal(null);
    const chart = $(el, 'svg')!;
    expect(['hidden', 'clip']).to.include(getComputedStyle(chart).overflow);
    const outside = $$(el, '[part~="event"]').filter((m) => box(m).right < box(chart).left);
    expect(outside.length, 'the focused mark, drawn past the left side').to.be.above(0);
  });
});

describe('<meeting-timeline> new data', () => {
  it('new data open on all of themselves, not on the old zoom', async () => {
    const el = await mountData([
      { id: 'a', start: '2020-01-01', title: 'A' },
      { id: 'b', start: '2020-12-31', title: 'B' },
    ]);
    el.zoomTo('2020-06-01', '2020-06-10');
    await el.updateComplete;
    el.data = [
      { id: 'c', start: '0650-01-01', title: 'C' },
      { id: 'd', start: '0700-01-01', title: 'D' },
    ];
    await el.updateComplete;
    const { from, to } = el.range;
    expect(from.getTime()).to.be.below(el.events[0].start.ms);
    expect(to.getTime()).to.be.above(el.events[1].start.ms);
    expect(mark(el, 'c')).to.exist;
    expect(mark(el, 'd')).to.exist;
  });
});

describe('<meeting-timeline> on a phone', () => {
  it('every event of the story has its own mark and a readable label, opening view and all', async () => {
    const el = await mountBuiltIn(360);
    expect(el.layout).to.equal('vertical');
    for (const step of ['opening', 'all']) {
      if (step === 'all') {
        el.fit();
        await el.updateComplete;
      }
      const { from, to } = el.range;
      const inView = el.events.filter((e) => e.start.ms >= from.getTime() && e.start.ms <= to.getTime());
      expect(inView.length, step).to.be.greaterThan(step === 'all' ? 30 : 20);
      for (const event of inView) {
        const m = mark(el, event.id);
        expect(m, `${step}: ${event.id}`).to.exist;
        const label = m!.querySelector('[part~="label"]')!;
        expect(label.textContent.length, event.id).to.be.greaterThan(3);
        expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(12);
      }
      expect($$(el, '[part~="count"], [part~="cluster"]'), step).to.have.length(0);
      const labels = $$(el, '[part~="label"]').map((t) => t.getBoundingClientRect());
      for (let i = 1; i < labels.length; i++) expect(labels[i].top, step).to.be.at.least(labels[i - 1].bottom - 1);
      // The chart grows with the page instead of squeezing events into a screen.
      expect(el.getBoundingClientRect().width).to.be.at.most(361);
    }
  });

  it('the control buttons keep their labels on one line, within the element, at 320 and 390 px', async () => {
    for (const width of [320, 390]) {
      const el = await mountBuiltIn(width);
      const host = el.getBoundingClientRect();
      const buttons = $$(el, '[part="controls"] button');
      expect(buttons.length, `${width}`).to.be.at.least(5);
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(button).lineHeight);
        // One line of text with its padding and border, or the 2rem least height: a label broken over two lines is
        // a line taller than that.
        expect(box.height, `${width}: ${button.textContent.trim()}`).to.be.below(Math.max(32, line + 6) + line / 2);
        expect(box.left, `${width}: ${button.textContent.trim()}`).to.be.at.least(host.left);
        expect(box.right, `${width}: ${button.textContent.trim()}`).to.be.at.most(host.right + 0.5);
      }
    }
  });

  it('the five control buttons sit in one row from 336 px up (a 360 px phone with a page margin)', async () => {
    for (const width of [336, 354, 360, 390]) {
      const el = await mountBuiltIn(width);
      const tops = $$(el, '[part="controls"] button').map((button) => Math.round(button.getBoundingClientRect().top));
      expect(tops.length, `${width}`).to.equal(5);
      expect(new Set(tops).size, `${width}: rows of buttons`).to.equal(1);
    }
  });

  it('the details panel wraps a long link, source, title and word within its width, under or beside the chart', async () => {
    // A TimelineJS slide's media is often a tweet or a video: its URL, the link's text, ran past a phone's edge.
    const url = 'https://twitter.com/zlwise/status/502535723715923968?ref_src=twsrc%5Etfw%7Ctwcamp%5Etweetembed';
    const long = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
    const events: TimelineEventInput[] = [
      {
        id: 'a',
        start: '1905-01-05',
        title: `Moves to ${long}`,
        summary: `Lives at ${long}${long}.`,
        media: { url },
        sources: [{ href: `${url}&source` }],
        participants: [`${long} Smith`],
      },
      { id: 'b', start: '1910-01-05', title: 'Later' },
    ];
    for (const width of [390, 1280]) {
      const el = await mountData(events, width);
      el.select('a');
      await el.updateComplete;
      const details = $(el, '[part="details"]')!;
      expect(details.querySelector('[part="media"] a'), `${width}`).to.exist;
      const panel = details.getBoundingClientRect();
      expect(panel.right, `${width}`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      for (const node of details.querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (!box.width) continue;
        expect(box.right, `${width}: ${node.localName} ${node.textContent.slice(0, 40)}`).to.be.at.most(
          panel.right + 0.5,
        );
      }
    }
  });

  it('a long empty stretch is a break in the axis, not a screen of nothing', async () => {
    const events: TimelineEventInput[] = [
      { id: 'a', start: '2000-01-01', title: 'Before' },
      { id: 'b', start: '2000-02-01', title: 'Soon after' },
      { id: 'c', start: '2020-01-01', title: 'Twenty years on' },
    ];
    const el = await mountData(events, 360);
    const breaks = $$(el, '.axis-break');
    expect(breaks.length).to.be.greaterThan(0);
    const b = mark(el, 'b')!.getBoundingClientRect();
    const c = mark(el, 'c')!.getBoundingClientRect();
    expect(c.top - b.bottom).to.be.below(120);
  });
});

describe('<meeting-timeline> axis over hours', () => {
  const context = (el: MeetingTimeline) => $(el, '[part="axis"] .context')?.textContent;

  it('says UTC beside the date when the data hold exact times, which sit at their UTC hour', async () => {
    // Filoli: 11:20 AM PST is drawn at 7:20 PM on an axis counting in UTC; unsaid, it read as an evening meeting.
    const el = await mountBuiltIn(1280);
    el.zoomTo('2023-11-15T12:00Z', '2023-11-16T06:00Z');
    await el.updateComplete;
    expect(context(el)).to.equal('Nov 15, 2023, UTC');
  });

  // A conference day written "…T09:00+02:00", no zone named: on a UTC axis its 9:00 keynote stood at 7 AM; a day in
  // Mumbai written "…T09:00+05:30" had its opening at 3:30 AM.
  for (const [offset, name] of [
    ['+02:00', 'GMT+2'],
    ['+05:30', 'GMT+5:30'],
  ]) {
    it(`tells the hours of sessions all written at one offset (${offset}) at that offset, and names it`, async () => {
      const at = (time: string) => `2025-06-12T${time}${offset}`;
      const el = await mountData(
        [
          { id: 'keynote', start: at('09:00'), end: at('09:45'), title: 'Keynote' },
          { id: 'lunch', start: at('12:20'), end: at('13:20'), title: 'Lunch' },
          { id: 'party', start: at('17:30'), end: at('20:00'), title: 'Party' },
        ],
        1280,
      );
      expect(el.timeZone).to.equal('auto');
      expect(context(el)).to.equal(`Jun 12, 2025, ${name}`);
      const ticks = $$(el, '[part="axis"] .tick');
      const nine = ticks.find((tick) => tick.textContent?.trim() === '9 AM');
      expect(nine, ticks.map((t) => t.textContent?.trim()).join(' | ')).to.not.equal(undefined);
      const keynote = mark(el, 'keynote')!.querySelector('.mark')!.getBoundingClientRect();
      const line = nine!.querySelector('line')!.getBoundingClientRect();
      expect(line.x + line.width / 2).to.be.closeTo(keynote.x + keynote.width / 2, 1.5);
    });
  }

  it('with time-zone, tells the hours of exact moments on that zone’s clock, and names it', async () => {
    // Filoli's 11:20 AM PST meeting, on an axis in Los Angeles time: beside its mark stand 11 AM and 12 PM.
    const el = await mountBuiltIn(1280);
    el.timeZone = 'America/Los_Angeles';
    el.zoomTo('2023-11-15T16:00Z', '2023-11-16T02:00Z');
    await el.updateComplete;
    expect(context(el)).to.equal('Nov 15, 2023, PST');
    const ticks = $$(el, '[part="axis"] .tick');
    const at = (label: string) => ticks.find((tick) => tick.textContent?.trim() === label)?.getBoundingClientRect().x;
    const meeting = mark(el, 'filoli-2023')!.querySelector('.mark')!.getBoundingClientRect();
    const centre = meeting.x + meeting.width / 2;
    expect(at('11 AM'), '11 AM').to.be.below(centre);
    expect(at('12 PM'), '12 PM').to.be.above(centre);
    expect(el.warnings.some((w) => w.path === 'time-zone')).to.equal(false);
    // The vertical layout tells the same hours: the view is 8 AM to 6 PM in Los Angeles (4 PM to 2 AM UTC).
    const phone = await mountBuiltIn(390);
    phone.timeZone = 'America/Los_Angeles';
    phone.zoomTo('2023-11-15T16:00Z', '2023-11-16T02:00Z');
    await phone.updateComplete;
    const hours = $$(phone, '[part="axis"] .tick').map((tick) => {
      const [, hour, half] = /^(\d+) (AM|PM)$/.exec(tick.textContent.trim())!;
      return (+hour % 12) + (half === 'PM' ? 12 : 0);
    });
    expect(hours.length).to.be.greaterThan(0);
    for (const hour of hours) expect(hour).to.be.within(8, 18);
  });

  it('without time-zone, tells the hours on the clock of the one venue zone the data name', async () => {
    // Election night in New York, every time with its venue zone: on a UTC axis polls closing at 6 PM stood at 11 PM.
    const ny = (id: string, start: string, title: string) => ({ id, start, title, timeZone: 'America/New_York' });
    const night = [
      ny('indiana', '2024-11-05T18:00-05:00', 'Polls close in Indiana'),
      ny('georgia', '2024-11-05T19:00-05:00', 'Polls close in Georgia'),
      ny('called', '2024-11-06T05:30Z', 'The race is called'),
    ];
    const hoursBeside = async (el: MeetingTimeline) => {
      el.zoomTo('2024-11-05T22:30Z', '2024-11-06T01:30Z');
      await el.updateComplete;
      const ticks = $$(el, '[part="axis"] .tick');
      const x = (label: string) =>
        ticks
          .find((tick) => tick.textContent?.trim() === label)
          ?.querySelector('line')!
          .getBoundingClientRect().x;
      const box = mark(el, 'indiana')!.querySelector('.mark')!.getBoundingClientRect();
      return { context: context(el), at: x, centre: box.x + box.width / 2 };
    };
    for (const width of [1280, 390]) {
      const el = await mountData(night, width);
      expect(el.timeZone).to.equal('auto');
      const { context: said, at, centre } = await hoursBeside(el);
      if (width === 1280) {
        expect(said).to.equal('Nov 5, 2024, EST');
        expect(at('6 PM'), '6 PM').to.be.closeTo(centre, 1);
        expect(at('11 PM'), '11 PM').to.equal(undefined);
      }
      expect(el.warnings.some((w) => w.path === 'time-zone')).to.equal(false);
      el.select('indiana');
      await el.updateComplete;
      expect($(el, '[part="details"] .local-time')!.textContent.replace(/\s/g, ' ')).to.equal('6:00 PM EST');
    }
    // Asked for, UTC is kept.
    const utc = await mountData(night, 1280);
    utc.timeZone = 'UTC';
    const { context: said, at, centre } = await hoursBeside(utc);
    expect(said).to.equal('Nov 5, 2024, UTC');
    expect(at('11 PM'), '11 PM').to.be.closeTo(centre, 1);
    // A time that names no zone, or another zone named: no one clock, so UTC.
    for (const other of [
      { id: 'x', start: '2024-11-06T04:00Z', title: 'No zone' },
      { id: 'x', start: '2024-11-05T20:00-08:00', title: 'Nevada', timeZone: 'America/Los_Angeles' },
    ]) {
      const el = await mountData([...night, other], 1280);
      expect((await hoursBeside(el)).context).to.equal('Nov 5, 2024, UTC');
    }
  });

  it('with time-zone, the night clocks go back: each tick where that clock says its hour', async () => {
    // New York, 1 November 2026: 2 AM EDT (6:00 UTC) becomes 1 AM EST.
    const el = await mountData(
      [
        { id: 'a', start: '2026-11-01T03:00Z', title: 'Before' },
        { id: 'b', start: '2026-11-01T09:00Z', title: 'After' },
      ],
      1280,
    );
    el.timeZone = 'America/New_York';
    el.zoomTo('2026-11-01T02:30Z', '2026-11-01T09:30Z');
    await el.updateComplete;
    const x = (label: string) =>
      $$(el, '[part="axis"] .tick')
        .find((tick) => tick.textContent?.trim() === label)
        ?.querySelector('line')!
        .getBoundingClientRect().x;
    // Midnight is the month's first tick, "Nov".
    const [midnight, one, two, three] = [x('Nov'), x('1 AM'), x('2 AM'), x('3 AM')];
    const said = $$(el, '[part="axis"] text').map((t) => t.textContent?.trim());
    for (const at of [midnight, one, two, three]) expect(at, said.join(' | ')).to.be.a('number');
    const hour = three! - two!;
    expect(two! - one!).to.be.closeTo(hour, 1);
    // From midnight EDT (4:00 UTC) to 1 AM EST (6:00 UTC) is two hours: the hour from 1 AM EDT is told once.
    expect(one! - midnight!).to.be.closeTo(2 * hour, 1);
  });

  it('with time-zone, the details panel tells an exact time with no venue zone on the axis’s clock', async () => {
    const events = [
      { id: 'polls', start: '2026-11-03T23:00Z', title: 'Polls close in the East' },
      { id: 'written', start: '2026-11-03T18:00-06:00', title: 'An offset written in the data' },
      { id: 'venue', start: '2026-11-03T18:00-08:00', title: 'Nevada', timeZone: 'America/Los_Angeles' },
      { id: 'wall', start: '2026-11-03T20:00', title: 'A wall-clock time' },
    ];
    const localTime = async (el: MeetingTimeline, id: string) => {
      el.select(id);
      await el.updateComplete;
      return $(el, '[part="details"] .local-time')!.textContent.replace(/\s/g, ' ');
    };
    const utc = await mountData(events, 1280);
    expect(await localTime(utc, 'polls')).to.equal('11:00 PM UTC');
    const ny = await mountData(events, 1280);
    ny.timeZone = 'America/New_York';
    await ny.updateComplete;
    // The axis's clock, where the venue names none…
    expect(await localTime(ny, 'polls')).to.equal('6:00 PM EST');
    expect(await localTime(ny, 'written')).to.equal('7:00 PM EST');
    // …but a venue's own zone is its local time, and a wall-clock time is in no zone.
    expect(await localTime(ny, 'venue')).to.equal('6:00 PM PST');
    expect(await localTime(ny, 'wall')).to.equal('8:00 PM');
  });

  it('the details panel says a timed session from its start to its end on the venue’s clock', async () => {
    // A conference's closing keynote, 4:20 to 5:00 PM in Berlin: the panel said "4:20 PM GMT+2" alone.
    const session = (id: string, from: string, to: string, title: string) => ({
      id,
      start: `2025-06-12T${from}+02:00`,
      end: `2025-06-12T${to}+02:00`,
      title,
      timeZone: 'Europe/Berlin',
    });
    const el = await mountData(
      [session('keynote', '16:20', '17:00', 'Closing keynote'), session('party', '17:30', '20:00', 'Party')],
      1280,
    );
    el.select('keynote');
    await el.updateComplete;
    expect($(el, '[part="details"] .local-time')!.textContent.replace(/\s/g, ' ')).to.equal('4:20 – 5:00 PM GMT+2');
  });

  it('reads a time-zone Intl does not know as UTC, with a warning naming the attribute', async () => {
    const el = await mountBuiltIn(1280);
    el.timeZone = 'Mars/Olympus_Mons';
    el.zoomTo('2023-11-15T12:00Z', '2023-11-16T06:00Z');
    await el.updateComplete;
    expect(context(el)).to.equal('Nov 15, 2023, UTC');
    expect(el.warnings.find((w) => w.path === 'time-zone')?.message).to.contain('Mars/Olympus_Mons');
  });

  it('names no zone for dates and wall-clock times, drawn at their own hour', async () => {
    const el = await mountData(
      [
        { id: 'a', start: '2023-11-15T11:20', title: 'A wall-clock time' },
        { id: 'b', start: '2023-11-15T15:00', title: 'Another' },
      ],
      1280,
    );
    el.zoomTo('2023-11-15T06:00Z', '2023-11-16T00:00Z');
    await el.updateComplete;
    expect(context(el)).to.equal('Nov 15, 2023');
  });
});

describe('<meeting-timeline> legend', () => {
  it('names every kind in the data with its mark, kinds it does not know each in their own style', async () => {
    const el = await mountData([
      { start: '2020-01-01', title: 'A', kind: 'in-person' },
      { start: '2020-02-01', title: 'B', kind: 'launch' },
      { start: '2020-03-01', title: 'C', kind: 'landing' },
    ]);
    const items = $$(el, '[part="legend"] li');
    expect(items.map((li) => li.textContent.trim())).to.deep.equal(['In person', 'launch', 'landing']);
    const styles = items.map((li) => li.querySelector('svg')!.getAttribute('class'));
    expect(new Set(styles).size).to.equal(3);
    const colours = $$(el, '[part~="event"] .mark').map((m) => getComputedStyle(m).fill);
    expect(new Set(colours).size).to.equal(3);
  });

  it('a long kind name wraps beside its whole mark, and a long word in the title breaks, within a phone’s width', async () => {
    const long = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
    const el = await mountData(
      {
        title: `The ${long} timeline`,
        events: [
          { start: '2020-01-01', title: 'A', kind: `kind-${long}` },
          { start: '2020-02-01', title: 'B', kind: `kind-${long}-two` },
          { start: '2020-03-01', title: 'C', kind: 'in-person' },
          { start: '2020-04-01', title: 'D', kind: 'phone' },
        ],
      },
      390,
    );
    const host = el.getBoundingClientRect();
    const items = $$(el, '[part="legend"] li');
    expect(items).to.have.length(4);
    for (const li of items) {
      const name = li.textContent.trim();
      // The swatch shrank to nothing beside a name that ran past the element's edge, cut there.
      expect(li.querySelector('svg')!.getBoundingClientRect().width, name).to.equal(16);
      const text = document.createRange();
      text.selectNodeContents(li);
      expect(text.getBoundingClientRect().right, name).to.be.at.most(host.right + 0.5);
    }
    // Names that fit stay on one line.
    const short = items.filter((li) => li.textContent.trim().length < 20);
    expect(short).to.have.length(2);
    for (const li of short) expect(li.getBoundingClientRect().height, li.textContent.trim()).to.be.below(24);
    const title = document.createRange();
    title.selectNodeContents($(el, '.title')!);
    expect(title.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
  });

  it('a dataset of one kind has no legend', async () => {
    const el = await mountData([{ start: '2020-01-01', title: 'A' }]);
    expect($(el, '[part="legend"]')).to.equal(null);
  });
});
