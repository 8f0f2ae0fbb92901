// <meeting-timeline> story mode (issue #16): the data's story told step by step on the same time axis.
import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { $, $$, mark, mountBuiltIn, mountData, eventsDuring, type MeetingTimeline } from '../helpers.js';
import { violations } from '../axe.js';
import type { StepDetail } from '../../src/meeting-timeline.js';

const ALL = ['mt-select', 'mt-rangechange', 'mt-load', 'mt-error', 'mt-step'];

/** Tells the built-in story: clicks "Tell the story" and waits for the first step. */
async function tell(width = 1000): Promise<MeetingTimeline> {
  const el = await mountBuiltIn(width);
  ($(el, '.story-toggle') as HTMLButtonElement).click();
  await el.updateComplete;
  await waitUntil(() => $(el, '[part="story"]'), 'no story panel');
  await el.updateComplete;
  return el;
}

const where = (el: MeetingTimeline) => $(el, '[part="story"] .where')!.textContent.trim();
const inView = (el: MeetingTimeline, id: string) => {
  const ms = el.events.find((e) => e.id === id)!.start.ms;
  return ms >= el.range.from.getTime() && ms <= el.range.to.getTime();
};

describe('<meeting-timeline> story mode', () => {
  it('the built-in data offers "Tell the story"; a dataset without a story does not', async () => {
    const el = await mountBuiltIn();
    expect($(el, '.story-toggle')!.textContent.trim()).to.equal('Tell the story');
    const plain = await mountData([{ start: '2020-01-01', title: 'A' }]);
    expect($(plain, '.story-toggle')).to.equal(null);
  });

  it('"Tell the story" opens on the first step: its event selected and in view, its caption shown and announced', async () => {
    const el = await tell();
    expect(el.story).to.equal(true);
    expect(el.hasAttribute('story')).to.equal(true);
    expect(el.storyStep).to.equal(0);
    expect(where(el)).to.equal('Step 1 of 13');
    expect(el.selected).to.equal('call-2021-02');
    // The view glides there (instantly under reduced motion; see preferences.media.test.ts).
    await waitUntil(() => inView(el, 'call-2021-02'), 'the first step is not brought into view', { timeout: 2000 });
    expect($(el, '[part="details"]')).to.exist;
    expect($(el, '[part="story"] .caption')!.textContent).to.contain('First of seven');
    expect($(el, '.visually-hidden[role="status"]')!.textContent).to.match(/^Step 1 of 13: /);
    // The view follows the step: zoomed in on it, not the whole story.
    expect(el.range.to.getTime() - el.range.from.getTime()).to.be.below(365 * 86_400_000);
  });

  it('Next and Previous step through the story, the view following, with mt-step and nothing else', async () => {
    const el = await tell();
    const steps: StepDetail[] = [];
    el.addEventListener('mt-step', (e) => steps.push(e.detail));
    const seen = await eventsDuring(el, ALL, () => ($(el, '.story-next') as HTMLButtonElement).click(), 500);
    expect(seen).to.deep.equal(['mt-step']);
    expect(steps[0].index).to.equal(1);
    expect(steps[0].event!.id).to.equal('call-2021-09');
    expect(where(el)).to.equal('Step 2 of 13');
    expect(el.selected).to.equal('call-2021-09');
    // The view glides to the step; on a busy machine its last frame can come after the 500 ms above.
    await waitUntil(() => inView(el, 'call-2021-09'), 'the second step is not brought into view', { timeout: 2000 });
    ($(el, '.story-previous') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(where(el)).to.equal('Step 1 of 13');
    await waitUntil(() => inView(el, 'call-2021-02'), 'the first step is not brought back into view', {
      timeout: 2000,
    });
    expect($(el, '.story-previous')!.getAttribute('aria-disabled')).to.equal('true');
    // At the first step, Previous does nothing (it is aria-disabled, so it keeps its focus: a disabled button lost
    // it), not even step 1 again.
    expect(
      await eventsDuring(el, ALL, () => ($(el, '.story-previous') as HTMLButtonElement).click(), 300),
    ).to.deep.equal([]);
    expect(where(el)).to.equal('Step 1 of 13');
  });

  it('in story mode next() and previous() step the story, as its buttons do, and fire nothing', async () => {
    // They selected the next event in time while the story's panel stayed on its step.
    const el = await tell();
    const seen = await eventsDuring(el, ALL, () => el.next(), 500);
    expect(seen).to.deep.equal([]);
    await el.updateComplete;
    expect(el.storyStep).to.equal(1);
    expect(where(el)).to.equal('Step 2 of 13');
    expect(el.selected).to.equal('call-2021-09');
    el.previous();
    el.previous();
    await el.updateComplete;
    expect(el.storyStep).to.equal(0);
    expect(el.selected).to.equal('call-2021-02');
    // Exploring, they walk the events in time again.
    ($(el, '.story-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    expect(el.storyStep).to.equal(null);
    expect(el.selected).to.equal(el.events[1].id);
  });

  it('"Tell the story" from the list view leaves the list: the story is told on the chart', async () => {
    // Its panel sat below the whole list, out of sight: the button said "Explore" and nothing else changed in view.
    const el = await mountBuiltIn(1000);
    el.listView = true;
    await el.updateComplete;
    ($(el, '.story-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="story"]'), 'no story panel');
    expect(el.story).to.equal(true);
    expect(el.listView).to.equal(false);
    expect($(el, 'svg[part~="chart"]')).to.exist;
    expect($(el, '[part="list"]')).to.equal(null);
    // Leaving the story does not bring the list back.
    ($(el, '.story-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.listView).to.equal(false);
  });

  it('"List view" in story mode leaves the story: the list holds its steps, and its panel sat below the list', async () => {
    const el = await tell(768);
    ($(el, '.list-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="list"]'), 'no list');
    expect(el.listView).to.equal(true);
    expect(el.story).to.equal(false);
    expect($(el, '[part="story"]')).to.equal(null);
    expect($(el, '.story-toggle')!.textContent.trim()).to.equal('Tell the story');
    // The list still names the story's steps, first.
    expect($(el, '.story-list')).to.exist;
    // Leaving the list does not bring the story back.
    ($(el, '.list-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.story).to.equal(false);
  });

  it('the arrow keys step, and Escape leaves the story', async () => {
    const el = await tell();
    ($(el, '.story-next') as HTMLButtonElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(where(el)).to.equal('Step 3 of 13');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(where(el)).to.equal('Step 2 of 13');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.story).to.equal(false);
    expect($(el, '[part="story"]')).to.equal(null);
  });

  it('in story mode the details of the step’s event have no Previous and Next of their own: the story’s panel walks', async () => {
    // Two rows of "← Previous" and "Next →", one walking the story and one the events, stood one above the other.
    const el = await tell();
    await waitUntil(() => $(el, '[part="details"]'), 'no details');
    expect($(el, '[part="details"] .walk')).to.equal(null);
    expect($(el, '[part="story"] .story-next')).to.exist;
    // Exploring, the details walk the events again.
    ($(el, '.story-explore') as HTMLButtonElement).click();
    await el.updateComplete;
    el.select('call-2021-02');
    await el.updateComplete;
    expect($$(el, '[part="details"] .walk button').map((b) => b.className)).to.deep.equal(['previous', 'next']);
  });

  it('the reader can leave to explore and come back to the step they were at', async () => {
    const el = await tell();
    for (let i = 0; i < 3; i++) ($(el, '.story-next') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(where(el)).to.equal('Step 4 of 13');
    ($(el, '.story-explore') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.story).to.equal(false);
    expect(el.storyStep).to.equal(null);
    // Exploring: the chart is the reader's again.
    el.fit();
    await el.updateComplete;
    ($(el, '.story-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(where(el)).to.equal('Step 4 of 13');
    await waitUntil(() => inView(el, 'video-2022-03'), 'the step is not brought back into view', { timeout: 2000 });
  });

  it('with history, the URL hash records the step, and a page opened at it tells from there', async () => {
    const original = location.href;
    try {
      const el = await tell();
      el.history = true;
      ($(el, '.story-next') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(location.hash).to.equal('#step-2');
      history.replaceState(null, '', '#step-5');
      const holder = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
      const again = document.createElement('meeting-timeline');
      again.history = true;
      const loaded = oneEvent(again, 'mt-load');
      holder.append(again);
      await loaded;
      await again.updateComplete;
      await waitUntil(() => $(again, '[part="story"]'), 'no story panel');
      expect(again.story).to.equal(true);
      expect(where(again)).to.equal('Step 5 of 13');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('autoplay moves on by itself, and holds while the pointer or focus is on the element, the tab is hidden, or the reader pauses', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.setAttribute('autoplay', '0.25');
    el.story = true;
    const loaded = oneEvent(el, 'mt-load');
    holder.append(el);
    await loaded;
    await waitUntil(() => el.storyStep !== null && el.storyStep > 0, 'autoplay did not move on', { timeout: 3000 });
    const pause = $(el, '.story-pause') as HTMLButtonElement;
    expect(pause.textContent.trim()).to.equal('Pause');
    // Pointer over the element: it holds.
    el.dispatchEvent(new PointerEvent('pointerenter'));
    let at = el.storyStep;
    await aTimeout(700);
    expect(el.storyStep).to.equal(at);
    el.dispatchEvent(new PointerEvent('pointerleave'));
    await waitUntil(() => el.storyStep !== at, 'did not resume', { timeout: 3000 });
    // Focus within: it holds.
    pause.focus();
    at = el.storyStep;
    await aTimeout(700);
    expect(el.storyStep).to.equal(at);
    pause.blur();
    // The reader pauses: it holds until they play again.
    pause.click();
    await el.updateComplete;
    expect(pause.getAttribute('aria-pressed')).to.equal('true');
    expect(pause.textContent.trim()).to.equal('Play');
    pause.blur();
    at = el.storyStep;
    await aTimeout(700);
    expect(el.storyStep).to.equal(at);
    pause.click();
    pause.blur();
    // A hidden tab: it holds.
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      at = el.storyStep;
      await aTimeout(700);
      expect(el.storyStep).to.equal(at);
    } finally {
      Object.defineProperty(document, 'hidden', hidden);
      delete (document as { hidden?: boolean }).hidden;
      document.dispatchEvent(new Event('visibilitychange'));
    }
    await waitUntil(() => el.storyStep !== at, 'did not resume after the tab came back', { timeout: 3000 });
    el.story = false;
  });

  it('nothing moves by itself without autoplay', async () => {
    const el = await tell();
    const at = el.storyStep;
    await aTimeout(1200);
    expect(el.storyStep).to.equal(at);
    expect($(el, '.story-pause')).to.equal(null);
  });

  it('the list view (and so print) lists the story’s steps with their captions, then the events', async () => {
    const el = await mountBuiltIn();
    el.listView = true;
    await el.updateComplete;
    const steps = $$(el, '.story-list li');
    expect(steps).to.have.length(13);
    expect(steps[0].textContent).to.contain('1st of 7');
    expect(steps[0].textContent).to.contain('First of seven');
    expect($$(el, '[part="list"] > li')).to.have.length(el.events.length);
  });

  it('a dataset without a story tells its events in time order', async () => {
    const el = await mountData([
      { id: 'b', start: '2020-02-01', title: 'Second', summary: 'Then this.' },
      { id: 'a', start: '2020-01-01', title: 'First', summary: 'This first.' },
    ]);
    el.story = true;
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="story"]'), 'no story panel');
    expect(where(el)).to.equal('Step 1 of 2');
    expect($(el, '[part="story"] .step-title')!.textContent).to.equal('First');
    expect($(el, '[part="story"] .caption')!.textContent).to.equal('This first.');
  });

  it('on a phone, the caption sits full width under a chart that follows the step', async () => {
    const el = await tell(360);
    const chart = $(el, 'svg')!.getBoundingClientRect();
    const panel = $(el, '[part="story"]')!.getBoundingClientRect();
    // Under the chart, or at the window's foot over it while the chart runs on below.
    expect(panel.top >= chart.bottom - 1 || Math.abs(panel.bottom - innerHeight) < 1, 'the caption’s place').to.equal(
      true,
    );
    expect(panel.width).to.be.at.least(350);
    // Every step, not only the first few: the chart's drawn height follows its rows, not time, and must not
    // bound how far the view may travel.
    for (let step = 1; step < 8; step++) {
      ($(el, '.story-next') as HTMLButtonElement).click();
      await el.updateComplete;
      const id = el.selected!;
      await waitUntil(() => inView(el, id), `step ${step + 1} (${id}) is not brought into view`, { timeout: 2000 });
    }
  });

  it('on a phone, a step’s long title and a URL in its caption break within the panel', async () => {
    const long = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch';
    const el = await mountData(
      {
        events: [
          { id: 'a', start: '2020-01-05', title: 'Arrives' },
          { id: 'b', start: '2020-02-05', title: 'Leaves' },
        ],
        story: [
          { event: 'a', title: `Step ${long}`, caption: `Read https://example.org/very/long/path/${long}${long}` },
          { event: 'b', caption: 'Second' },
        ],
      },
      390,
    );
    el.story = true;
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="story"]'), 'no story panel');
    const host = el.getBoundingClientRect();
    for (const node of $$(el, '[part="story"] .step-title, [part="story"] .caption')) {
      const text = document.createRange();
      text.selectNodeContents(node);
      // Both ran on past the element's edge, cut there (to 1,124 px at 390).
      expect(text.getBoundingClientRect().right, node.className).to.be.at.most(host.right + 0.5);
    }
  });

  it('has no axe violations in story mode', async () => {
    const el = await tell();
    expect(await violations(el)).to.deep.equal([]);
  });

  describe('on a small screen', () => {
    after(async () => {
      await sendMouse({ type: 'move', position: [0, 0] });
      await setViewport({ width: 800, height: 600 });
    });
    afterEach(() => scrollTo(0, 0));

    const box = (node: Element) => node.getBoundingClientRect();
    const panel = (el: MeetingTimeline) => box($(el, '[part="story"]')!);
    /** The selected event's symbol (its mark's whole box holds its label and bar). */
    const symbol = (el: MeetingTimeline) => mark(el, el.selected!)?.querySelector('.mark');
    /** A real click at the middle of `node` (puppeteer's own scrolls it first). */
    const press = async (node: Element) => {
      const { x, y, width, height } = box(node);
      await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    };
    /**
     * Waits for the page to hold still for 500 ms: longer than the reveal waits for the chart to hold still (20
     * frames), so a scroll it is about to start is not missed.
     */
    const settled = async () => {
      for (let was = NaN, tries = 0; was !== scrollY && tries < 10; tries++) {
        was = scrollY;
        await aTimeout(500);
      }
    };
    /**
     * Steps `steps` times with Next, pressed as a reader does, and checks each step: its caption and Next at the
     * window's foot, and its event's symbol in the window above them.
     */
    const walk = async (el: MeetingTimeline, steps: number) => {
      for (let step = 0; step <= steps; step++) {
        await el.updateComplete;
        const what = `step ${step + 1} (${el.selected})`;
        if (el.selected) await waitUntil(() => symbol(el), `${what}: its mark is not drawn`, { timeout: 2000 });
        // The reveal waits for the view's glide and the chart's height to hold still.
        await waitUntil(
          () => !el.selected || (box(symbol(el)!).top >= 0 && box(symbol(el)!).bottom <= panel(el).top),
          `${what}: the mark is not in the window above the caption`,
          { timeout: 3000 },
        );
        await settled();
        const next = box($(el, '.story-next')!);
        expect(next.top, `${what}: Next`).to.be.at.least(0);
        expect(next.bottom, `${what}: Next`).to.be.at.most(innerHeight + 1);
        expect(panel(el).bottom, `${what}: the caption's foot`).to.be.at.most(innerHeight + 1);
        if (el.selected) {
          expect(box(symbol(el)!).top, `${what}: the mark`).to.be.at.least(0);
          expect(box(symbol(el)!).bottom, `${what}: the mark`).to.be.at.most(panel(el).top);
        }
        if (step < steps) await press($(el, '.story-next')!);
      }
    };

    describe('held sideways (844 × 390)', () => {
      before(() => setViewport({ width: 844, height: 390 }));

      /** The built-in story under 150 px of the page's own text, as a page shows it. */
      const mountUnderText = async () => {
        const page = await fixture<HTMLDivElement>(
          html`<div style="width:800px"><p style="height:150px">Intro</p></div>`,
        );
        const el = document.createElement('meeting-timeline');
        const loaded = oneEvent(el, 'mt-load');
        page.append(el);
        await loaded;
        await el.updateComplete;
        return el;
      };

      it('the caption and Next stay in the window under the chart, and each step the reader asks for brings its mark above them', async () => {
        const el = await mountUnderText();
        await press($(el, '.story-toggle')!);
        await waitUntil(() => $(el, '[part="story"]'), 'no story panel');
        // Before, the window showed the header and the lanes, the caption and Next under its foot.
        await walk(el, 3);
        expect(where(el)).to.equal('Step 4 of 13');
        el.story = false;
      });

      it('a story the page turns on does not move the page', async () => {
        // Neither pointer nor focus on the element.
        await sendMouse({ type: 'move', position: [0, 0] });
        const el = await mountUnderText();
        el.story = true;
        await waitUntil(() => $(el, '[part="story"]'), 'no story panel');
        await el.updateComplete;
        await aTimeout(300);
        expect(scrollY).to.equal(0);
        el.story = false;
      });
    });

    describe('upright (390 × 844)', () => {
      before(() => setViewport({ width: 390, height: 844 }));

      it('down a chart taller than the window, the caption and Next stay at the window’s foot, each step’s mark above them', async () => {
        // A century of events, the first lasting it all, told from a title step over the whole of it: the vertical
        // chart is over 1,000 px tall, and Next was below it, under the window's foot.
        const events = Array.from({ length: 22 }, (_, i) => ({
          id: `e${i}`,
          start: `0${602 + i * 4}-01-01`,
          ...(i === 2 ? { end: '0907-01-01' } : {}),
          title: `Event ${i + 1} of the seventh century, named at some length`,
        }));
        const el = await mountData(
          {
            events,
            story: [
              { title: 'The seventh century', caption: 'Its events, one by one.' },
              ...events.slice(0, 4).map((e) => ({ event: e.id, caption: `${e.title}: ${'a sentence. '.repeat(4)}` })),
            ],
          },
          370,
        );
        await press($(el, '.story-toggle')!);
        await waitUntil(() => $(el, '[part="story"]'), 'no story panel');
        expect(box($(el, '.chart-column')!).height).to.be.above(innerHeight);
        await walk(el, 4);
        expect(where(el)).to.equal('Step 5 of 5');
        el.story = false;
      });

      it('a long caption scrolls within the panel, half the window at most, its Previous and Next at its foot', async () => {
        const el = await mountData(
          {
            events: [{ id: 'a', start: '2020-01-05', title: 'Arrives' }],
            story: [{ event: 'a', caption: 'A long caption. '.repeat(120) }],
          },
          370,
        );
        el.story = true;
        await waitUntil(() => $(el, '[part="story"]'), 'no story panel');
        await el.updateComplete;
        const story = $(el, '[part="story"]')!;
        expect(story.scrollHeight).to.be.above(story.clientHeight);
        expect(panel(el).height).to.be.at.most(innerHeight / 2 + 1);
        const next = box($(el, '.story-next')!);
        expect(next.bottom).to.be.at.most(panel(el).bottom);
        expect(next.top).to.be.at.least(panel(el).top);
        el.story = false;
      });
    });
  });
});
