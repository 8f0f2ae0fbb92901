// <meeting-timeline>: zoom and pan, keyboard, pointer, selection and the details panel, and the rule
// that events fire on user action only.
import { expect, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { $, $$, mark, mountBuiltIn, mountData, eventsDuring, span, day, type MeetingTimeline } from '../helpers.js';
import type { RangeChangeDetail, SelectDetail } from '../../src/meeting-timeline.js';
import { TIMED_SESSIONS } from '../fixtures/timed-sessions.js';

const ALL_EVENTS = ['mt-select', 'mt-rangechange', 'mt-load', 'mt-error'];

function click(target: Element): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, view: window }));
}

/** The centre of `target`'s box; for the chart, pass its box (the svg's parent), which clips the svg's spare room. */
function center(target: Element): { x: number; y: number } {
  const box = target.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/** Drags the chart `dx` px to the right with the mouse, from its centre; resolves at mt-rangechange. */
async function dragChart(el: MeetingTimeline, dx: number): Promise<void> {
  const svg = $(el, 'svg')!;
  const { x, y } = center(svg.parentElement!);
  const changed = oneEvent(el, 'mt-rangechange');
  svg.dispatchEvent(new MouseEvent('mousedown', { clientX: x, clientY: y, bubbles: true, view: window, button: 0 }));
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: x + dx, clientY: y, bubbles: true, view: window }));
  window.dispatchEvent(new MouseEvent('mouseup', { clientX: x + dx, clientY: y, bubbles: true, view: window }));
  await changed;
}

describe('<meeting-timeline> zoom and pan', () => {
  it('the zoom in button narrows the view and fires mt-rangechange', async () => {
    const el = await mountBuiltIn();
    const before = span(el);
    const changed = oneEvent(el, 'mt-rangechange');
    click($(el, '.zoom-in')!);
    const { detail } = (await changed) as CustomEvent<RangeChangeDetail>;
    expect(span(el)).to.be.closeTo(before / 2, before * 0.02);
    expect(detail.from).to.be.instanceOf(Date);
    expect(detail.to.getTime() - detail.from.getTime()).to.be.closeTo(before / 2, before * 0.02);
  });

  it('the zoom out button widens the view, and fit shows everything', async () => {
    // Within Firefox's 800 px window, where the pointer can reach the buttons.
    const el = await mountBuiltIn(760);
    const before = span(el);
    let changed = oneEvent(el, 'mt-rangechange');
    click($(el, '.zoom-out')!);
    await changed;
    expect(span(el)).to.be.above(before * 1.5);
    expect($(el, '.zoom-out')!.getAttribute('aria-disabled')).to.equal('false');
    expect($(el, '.fit')!.getAttribute('aria-disabled')).to.equal('false');
    changed = oneEvent(el, 'mt-rangechange');
    click($(el, '.fit')!);
    await changed;
    expect(el.range.from.getTime()).to.be.below(el.events[0].start.ms);
    expect(el.range.to.getTime()).to.be.above(el.events[el.events.length - 1].start.ms);
    // Showing everything, "−" has nowhere to go, and looks it ("−" after "Show all" looked as if it would do something).
    await el.updateComplete;
    expect($(el, '.zoom-out')!.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.fit')!.getAttribute('aria-disabled')).to.equal('true');
    expect(Number(getComputedStyle($(el, '.zoom-out')!).opacity)).to.be.at.most(0.6);
    expect($(el, '.zoom-in')!.getAttribute('aria-disabled')).to.equal('false');
    // Nor does it answer the pointer: hovered, its border stays (an enabled button's darkens).
    const border = (selector: string) => getComputedStyle($(el, selector)!).borderTopColor;
    const hover = async (selector: string) => {
      const box = $(el, selector)!.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
      });
    };
    const resting = border('.zoom-out');
    await hover('.zoom-out');
    expect(border('.zoom-out')).to.equal(resting);
    await hover('.zoom-in');
    // Only where the screen hovers (a headless browser answers `(hover: none)`, as a phone does; touch.test.ts).
    if (matchMedia('(hover)').matches) expect(border('.zoom-in')).to.not.equal(resting);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('the view is bounded to the data extent plus a margin, and a zoom that moves nothing fires nothing', async () => {
    const el = await mountBuiltIn();
    // Out to everything: each click that widens the view fires one mt-rangechange…
    for (let i = 0; i < 2; i++) {
      const changed = oneEvent(el, 'mt-rangechange');
      click($(el, '.zoom-out')!);
      await changed;
    }
    await aTimeout(100);
    // …then the view stands still, and says nothing.
    const seen = await eventsDuring(el, ALL_EVENTS, () => click($(el, '.zoom-out')!), 800);
    expect(seen).to.deep.equal([]);
    const first = el.events[0].start.ms;
    const last = el.events[el.events.length - 1].start.ms;
    const margin = (last - first) * 0.1;
    expect(el.range.from.getTime()).to.be.within(first - margin, first);
    expect(el.range.to.getTime()).to.be.within(last, last + margin);
  });

  it('a plain click on a mark selects it and fires no mt-rangechange', async () => {
    const el = await mountBuiltIn();
    const target = mark(el, 'filoli-2023')!.querySelector('.mark')!;
    target.scrollIntoView({ block: 'center' });
    const { x, y } = center(target);
    const seen = await eventsDuring(el, ALL_EVENTS, async () => {
      // A real click: the zoom sees the mousedown and mouseup as a gesture that moved nothing.
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    });
    expect(seen).to.deep.equal(['mt-select']);
  });

  it('the first click after a pan selects: a mark kept out of view does not swap the one under the pointer', async () => {
    const el = await mountBuiltIn();
    el.zoomTo('2022-11-01', '2023-03-01');
    await el.updateComplete;
    click(mark(el, 'bali-2022')!);
    await el.updateComplete;
    // Pan on in time until Bali is out of view on the left; it stays drawn (focused), first in the list, clipped.
    await dragChart(el, -500);
    await el.updateComplete;
    const bali = el.events.find((e) => e.id === 'bali-2022')!.start.ms;
    expect(el.range.from.getTime()).to.be.above(bali);
    const { from, to } = el.range;
    const inView = el.events.filter((e) => e.start.ms > from.getTime() && e.start.ms < to.getTime());
    expect(inView.length).to.be.at.least(2);
    for (const event of inView.slice(0, 2)) {
      const target = mark(el, event.id)!.querySelector('.mark')!;
      target.scrollIntoView({ block: 'center' });
      const { x, y } = center(target);
      const selected = oneEvent(el, 'mt-select');
      await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
      expect(((await selected) as CustomEvent<SelectDetail>).detail.event.id).to.equal(event.id);
      await el.updateComplete;
    }
  });

  it('Ctrl + wheel (and a trackpad pinch) zooms around the pointer', async () => {
    const el = await mountBuiltIn();
    const before = span(el);
    const svg = $(el, 'svg')!;
    const { x, y } = center(svg.parentElement!);
    const changed = oneEvent(el, 'mt-rangechange');
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -200,
        ctrlKey: true,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
        view: window,
      }),
    );
    await changed;
    expect(span(el)).to.be.below(before * 0.9);
  });

  it('a plain wheel scrolls the page past the chart, and says once how to zoom', async () => {
    const el = await mountBuiltIn();
    const before = el.range;
    const svg = $(el, 'svg')!;
    const { x, y } = center(svg.parentElement!);
    const wheel = new WheelEvent('wheel', {
      deltaY: 120,
      clientX: x,
      clientY: y,
      bubbles: true,
      cancelable: true,
      view: window,
    });
    const seen = await eventsDuring(el, ALL_EVENTS, () => svg.dispatchEvent(wheel), 300);
    expect(seen).to.deep.equal([]);
    expect(wheel.defaultPrevented, 'the page keeps its scroll').to.equal(false);
    expect(el.range).to.deep.equal(before);
    const hint = $(el, '.hint')!;
    expect(hint.textContent).to.match(/(Ctrl|⌘) \+ scroll to zoom/);
    // Laid over the chart (its styles come with the zoom's chunk, whose wheel shows it), not below it.
    expect(getComputedStyle(hint).position).to.equal('absolute');
    expect(getComputedStyle(hint).pointerEvents).to.equal('none');
  });

  it('a sideways wheel or Shift + wheel pans, and fires one mt-rangechange when it rests', async () => {
    const el = await mountBuiltIn();
    el.zoomTo('2023-03-01', '2023-06-01');
    await el.updateComplete;
    const before = el.range;
    const svg = $(el, 'svg')!;
    const { x, y } = center(svg.parentElement!);
    const seen = await eventsDuring(
      el,
      ALL_EVENTS,
      () => {
        for (const init of [{ deltaX: 60 }, { deltaX: 60 }, { deltaY: 60, shiftKey: true }]) {
          const wheel = new WheelEvent('wheel', {
            ...init,
            clientX: x,
            clientY: y,
            bubbles: true,
            cancelable: true,
            view: window,
          });
          svg.dispatchEvent(wheel);
          expect(wheel.defaultPrevented).to.equal(true);
        }
      },
      400,
    );
    expect(seen).to.deep.equal(['mt-rangechange']);
    expect(el.range.from.getTime()).to.be.above(before.from.getTime());
    expect(span(el)).to.be.closeTo(before.to.getTime() - before.from.getTime(), 1000);
  });

  it('dragging pans the view', async () => {
    const el = await mountBuiltIn();
    const before = el.range;
    await dragChart(el, 100);
    // Dragging right shows earlier times; the span is unchanged.
    expect(el.range.from.getTime()).to.be.below(before.from.getTime());
    expect(span(el)).to.be.closeTo(before.to.getTime() - before.from.getTime(), 1000);
  });

  it('a mouse drag shows the closed hand once it moves; a press alone leaves the cursor as it was', async () => {
    // Within Firefox's 800 px window. A press that changed the svg's (inherited) cursor restyled the whole chart.
    const el = await mountBuiltIn(760);
    await dragChart(el, 10);
    const svg = $(el, 'svg')!;
    const cursor = () => getComputedStyle(svg).cursor;
    const { x, y } = center(svg.parentElement!);
    const at = [Math.round(x), Math.round(y)] as [number, number];
    await sendMouse({ type: 'move', position: at });
    await sendMouse({ type: 'down' });
    expect(cursor(), 'pressed, not yet moved').to.equal('grab');
    await sendMouse({ type: 'move', position: [at[0] - 40, at[1]] });
    await waitUntil(() => cursor() === 'grabbing', 'the drag shows the closed hand');
    await sendMouse({ type: 'up' });
    expect(cursor(), 'released').to.equal('grab');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('the chart still zooms and pans after the list view was shown and hidden', async () => {
    const el = await mountBuiltIn();
    el.zoomTo('2023-01-01', '2023-07-01');
    await el.updateComplete;
    const before = el.range;
    el.listView = true;
    await el.updateComplete;
    el.listView = false;
    await el.updateComplete;
    // The view is kept, and the new chart element answers drags from that view.
    expect(el.range.from.getTime()).to.equal(before.from.getTime());
    await dragChart(el, 100);
    expect(el.range.from.getTime()).to.be.below(before.from.getTime());
    expect(span(el)).to.be.closeTo(before.to.getTime() - before.from.getTime(), 1000);
  });

  it('double-click zooms in', async () => {
    const el = await mountBuiltIn();
    const before = span(el);
    const svg = $(el, 'svg')!;
    const { x, y } = center(svg.parentElement!);
    const changed = oneEvent(el, 'mt-rangechange');
    svg.dispatchEvent(
      new MouseEvent('dblclick', { clientX: x, clientY: y, bubbles: true, cancelable: true, view: window }),
    );
    await changed;
    expect(span(el)).to.be.below(before * 0.6);
  });

  it('zoomTo(from, to) shows that span and fires no event', async () => {
    const el = await mountBuiltIn();
    const seen = await eventsDuring(el, ALL_EVENTS, async () => {
      el.zoomTo('2023-06-01', '2023-07-01');
      await el.updateComplete;
    });
    expect(seen).to.deep.equal([]);
    expect(el.range.from.getTime()).to.be.closeTo(day('2023-06-01'), 3_600_000);
    expect(el.range.to.getTime()).to.be.closeTo(day('2023-07-01'), 3_600_000);
    el.zoomTo(new Date(Date.UTC(2023, 0, 1)), new Date(Date.UTC(2023, 1, 1)));
    expect(el.range.from.getTime()).to.be.closeTo(day('2023-01-01'), 3_600_000);
  });
});

describe('<meeting-timeline> selection and details', () => {
  it('clicking an event selects it, fires mt-select and opens the details panel', async () => {
    const el = await mountBuiltIn();
    const selected = oneEvent(el, 'mt-select');
    click(mark(el, 'filoli-2023')!);
    const { detail } = (await selected) as CustomEvent<SelectDetail>;
    expect(detail.event.id).to.equal('filoli-2023');
    await el.updateComplete;
    expect(el.selected).to.equal('filoli-2023');
    expect(el.getAttribute('selected')).to.equal('filoli-2023');
    const details = $(el, '[part="details"]')!;
    expect(details).to.exist;
    expect(details.querySelector('h3')!.textContent).to.equal(detail.event.title);
    expect(details.querySelector('.date')!.textContent).to.contain('Nov 15, 2023');
    expect(details.querySelector('.local-time')!.textContent).to.match(/11:20\s?AM/);
    expect(details.querySelector('.local-time')!.textContent).to.contain('PST');
    expect(details.querySelector('.place')!.textContent).to.contain('Filoli');
    expect(details.querySelector('.participants')!.textContent).to.contain('Xi Jinping');
    expect(details.querySelector('.summary')!.textContent.length).to.be.greaterThan(40);
    const outcomes = details.querySelector('.outcomes')!.textContent.toLowerCase();
    expect(outcomes).to.contain('military');
    expect(outcomes).to.match(/counter-?narcotics/);
    const links = [...details.querySelectorAll<HTMLAnchorElement>('.sources a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      expect(link.protocol).to.match(/^https?:$/);
      expect(link.rel).to.contain('noopener');
    }
  });

  it('Enter on a focused event selects it; Escape closes the panel and returns focus', async () => {
    const el = await mountBuiltIn();
    const bali = mark(el, 'bali-2022')!;
    bali.focus();
    const selected = oneEvent(el, 'mt-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<SelectDetail>;
    expect(detail.event.id).to.equal('bali-2022');
    await el.updateComplete;
    expect($(el, '[part="details"]')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await aTimeout(0);
    expect($(el, '[part="details"]')).to.equal(null);
    expect(el.selected).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(mark(el, 'bali-2022'));
  });

  it('arrow keys move focus through events in time, and the view follows', async () => {
    const el = await mountBuiltIn();
    const bali = mark(el, 'bali-2022')!;
    bali.focus();
    const index = el.events.findIndex((e) => e.id === 'bali-2022');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal(el.events[index + 1].id);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal(el.events[0].id);
    expect(mark(el, el.events[0].id)).to.exist;
    expect(el.range.from.getTime()).to.be.at.most(el.events[0].start.ms);
  });

  it('ArrowUp and ArrowDown move to the nearest event in the lane above or below', async () => {
    const el = await mountBuiltIn();
    mark(el, 'filoli-2023')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // Below the in-person lane is the video lane; its nearest event in time to Filoli is the March 2022 call.
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('video-2022-03');
    // Back up, the in-person meeting nearest to March 2022 is Bali; there is no lane above that.
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('bali-2022');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('bali-2022');
  });

  it('+, - and 0 zoom around the focused event and fit', async () => {
    const el = await mountBuiltIn();
    mark(el, 'bali-2022')!.focus();
    const before = span(el);
    let changed = oneEvent(el, 'mt-rangechange');
    await sendKeys({ press: '+' });
    await changed;
    expect(span(el)).to.be.closeTo(before / 2, before * 0.02);
    const bali = el.events.find((e) => e.id === 'bali-2022')!.start.ms;
    expect(bali).to.be.within(el.range.from.getTime(), el.range.to.getTime());
    changed = oneEvent(el, 'mt-rangechange');
    await sendKeys({ press: '-' });
    await changed;
    expect(span(el)).to.be.closeTo(before, before * 0.02);
    changed = oneEvent(el, 'mt-rangechange');
    await sendKeys({ press: '0' });
    await changed;
    expect(el.range.from.getTime()).to.be.below(el.events[0].start.ms);
  });

  it('the event marks are one tab stop', async () => {
    const el = await mountBuiltIn();
    const tabbable = $$(el, '[part~="event"]').filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabbable).to.have.length(1);
  });

  it('Tab from the last control goes to the marks’ tab stop, not to their list', async () => {
    // Chromium makes an SVG element with a focus listener a tab stop: the marks' list (it listens for focusin) took
    // one, an empty stop between "List view" and the first mark.
    const el = await mountBuiltIn();
    ($(el, '.list-toggle') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.getAttribute('part')).to.equal('event');
    expect(focused?.getAttribute('tabindex')).to.equal('0');
  });

  it('next and previous buttons walk the events in time', async () => {
    const el = await mountBuiltIn();
    click(mark(el, 'bali-2022')!);
    await el.updateComplete;
    const index = el.events.findIndex((e) => e.id === 'bali-2022');
    const selected = oneEvent(el, 'mt-select');
    click($(el, '[part="details"] .next')!);
    expect(((await selected) as CustomEvent<SelectDetail>).detail.event.id).to.equal(el.events[index + 1].id);
    await el.updateComplete;
    click($(el, '[part="details"] .previous')!);
    await el.updateComplete;
    expect(el.selected).to.equal('bali-2022');
  });

  it('"−" clicked just after "+" from everything shown undoes it: the limit is asked of where the glide is going', async () => {
    // The limit was asked of the view as it was, still showing everything a moment into the glide, so "−" did
    // nothing and the view ended zoomed in.
    const el = await mountBuiltIn(760);
    el.fit();
    await el.updateComplete;
    await aTimeout(100);
    const all = el.range.to.getTime() - el.range.from.getTime();
    // In one task: the glide has begun, and the view has not yet moved.
    click($(el, '.zoom-in')!);
    click($(el, '.zoom-out')!);
    await aTimeout(700);
    expect((el.range.to.getTime() - el.range.from.getTime()) / all).to.be.closeTo(1, 0.01);
  });

  it('quick clicks on "+" add up: three zoom 8×, each going on from where the glide before was going', async () => {
    // Each click zoomed from the view half-way through the glide before: three clicks 50 ms apart zoomed 2.2×.
    const el = await mountBuiltIn(1280);
    await el.updateComplete;
    const span = () => el.range.to.getTime() - el.range.from.getTime();
    const before = span();
    for (let i = 0; i < 3; i++) {
      click($(el, '.zoom-in')!);
      await aTimeout(50);
    }
    await aTimeout(600);
    expect(before / span()).to.be.closeTo(8, 0.05);
    // And back out by three, to the span it started from.
    for (let i = 0; i < 3; i++) {
      click($(el, '.zoom-out')!);
      await aTimeout(50);
    }
    await aTimeout(600);
    expect(span() / before).to.be.closeTo(1, 0.01);
  });

  it('"+" down to the closest zoom stays on the events it zoomed towards', async () => {
    // At the closest zoom (an hour) the zoom's limit kept the scale but not the middle: the 14th click jumped to an
    // empty hour at the data's end (26 December 2023), with no event in view.
    const el = await mountBuiltIn(1280);
    await el.updateComplete;
    for (let i = 0; i < 16; i++) {
      click($(el, '.zoom-in')!);
      await aTimeout(50);
    }
    await aTimeout(600);
    const { from, to } = el.range;
    expect(to.getTime() - from.getTime()).to.be.closeTo(3_600_000, 60_000);
    expect(to.getTime()).to.be.below(Date.UTC(2023, 10, 16));
    expect($$(el, '[part~="event"]').length).to.be.above(0);
    // There, "+" has nowhere to go, and looks it.
    expect($(el, '.zoom-in')!.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.zoom-out')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('a step with nowhere to go looks it: Next at the last event, Previous at the story’s first step', async () => {
    // Both looked like the enabled button beside them, and did nothing when clicked.
    const el = await mountBuiltIn();
    el.selected = el.events[el.events.length - 1].id;
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="details"] .next'), 'the details panel');
    const opacity = (selector: string) => Number(getComputedStyle($(el, selector)!).opacity);
    expect($(el, '[part="details"] .next')!.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '[part="details"] .previous')!.getAttribute('aria-disabled')).to.equal('false');
    expect(opacity('[part="details"] .next')).to.be.at.most(0.6);
    expect(getComputedStyle($(el, '[part="details"] .next')!).cursor).to.equal('default');
    expect(opacity('[part="details"] .previous')).to.equal(1);
    el.selected = null;
    ($(el, '.story-toggle') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.story-previous'), 'the story panel');
    expect($(el, '.story-previous')!.getAttribute('aria-disabled')).to.equal('true');
    expect(opacity('.story-previous')).to.be.at.most(0.6);
    expect(opacity('.story-next')).to.equal(1);
  });

  it('Next stepped to the last event keeps the keyboard’s place, and does nothing more', async () => {
    // Disabled at the last event, the focused button lost focus: the page's body had it, and Tab went back to the
    // element's first control.
    const el = await mountBuiltIn(1280);
    el.selected = el.events[el.events.length - 2].id;
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="details"] .next'), 'the details panel');
    ($(el, '[part="details"] .next') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const last = el.events[el.events.length - 1].id;
    expect(el.selected).to.equal(last);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="details"] .next'));
    let fired = 0;
    el.addEventListener('mt-select', () => fired++);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(last);
    expect(fired).to.equal(0);
  });

  it('the close button closes the panel', async () => {
    const el = await mountBuiltIn();
    click(mark(el, 'bali-2022')!);
    await el.updateComplete;
    click($(el, '[part="details"] .close')!);
    await el.updateComplete;
    expect($(el, '[part="details"]')).to.equal(null);
    expect(el.hasAttribute('selected')).to.equal(false);
  });
});

describe('<meeting-timeline> API: code changes fire no events', () => {
  it('select(), next(), previous() and the selected property fire nothing', async () => {
    const el = await mountBuiltIn();
    const seen = await eventsDuring(el, ALL_EVENTS, async () => {
      el.select('filoli-2023');
      await el.updateComplete;
      expect($(el, '[part="details"]')).to.exist;
      el.next();
      el.previous();
      el.selected = 'bali-2022';
      await el.updateComplete;
      el.fit();
    });
    expect(seen).to.deep.equal([]);
    expect(el.selected).to.equal('bali-2022');
  });

  it('setting data, locale or selected fires nothing', async () => {
    const el = await mountData([{ id: 'a', start: '2020-01-01', title: 'A' }]);
    const seen = await eventsDuring(el, ALL_EVENTS, async () => {
      el.data = [
        { id: 'b', start: '2021-01-01', title: 'B' },
        { id: 'bad', start: '2021-02-30', title: 'Bad' },
      ];
      el.locale = 'fr-FR';
      el.selected = 'b';
      await el.updateComplete;
    });
    expect(seen).to.deep.equal([]);
    expect(el.events.map((e) => e.id)).to.deep.equal(['b']);
    expect(el.errors.map((e) => e.path)).to.deep.equal(['events[1].start']);
  });

  it('the selected attribute selects an event', async () => {
    const el = await mountBuiltIn();
    el.setAttribute('selected', 'bali-2022');
    await el.updateComplete;
    expect(el.selected).to.equal('bali-2022');
    expect($(el, '[part="details"] h3')!.textContent).to.contain('Bali');
  });

  it('select() of an off-screen event brings it into view', async () => {
    const el = await mountBuiltIn();
    expect(mark(el, 'call-2021-02')).to.equal(null);
    el.select('call-2021-02');
    await el.updateComplete;
    expect(mark(el, 'call-2021-02')).to.exist;
  });
});

describe('<meeting-timeline> screen readers', () => {
  it('exposes the drawn events as one ordered list, in time order, with their place in the whole set', async () => {
    const el = await mountBuiltIn();
    const list = $(el, '[role="list"]')!;
    expect(list.getAttribute('aria-label')).to.be.a('string');
    const items = [...list.querySelectorAll(':scope > [role="listitem"]')];
    expect(items.length).to.be.greaterThan(5);
    const ids = items.map((item) => item.querySelector<HTMLElement>('[part~="event"]')!.dataset.id!);
    const order = ids.map((id) => el.events.findIndex((e) => e.id === id));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    expect(items[0].getAttribute('aria-setsize')).to.equal(String(el.events.length));
    expect(items[0].getAttribute('aria-posinset')).to.equal(String(order[0] + 1));
    // Labels, lanes, eras and the axis are decoration.
    for (const label of $$(el, '[part~="label"], .lane-label, [part="axis"], .era'))
      expect(label.closest('[aria-hidden="true"]')).to.exist;
  });

  it('a polite live region says the selected headline and date, and the range after a zoom', async () => {
    const el = await mountBuiltIn();
    const live = $(el, '.visually-hidden[aria-live="polite"]')!;
    click(mark(el, 'bali-2022')!);
    await el.updateComplete;
    const bali = el.events.find((e) => e.id === 'bali-2022')!;
    expect(live.textContent).to.contain(bali.title);
    expect(live.textContent).to.contain('Nov 14, 2022');
    expect(live.textContent).to.not.contain(bali.summary!);
    const changed = oneEvent(el, 'mt-rangechange');
    click($(el, '.zoom-in')!);
    await changed;
    await el.updateComplete;
    expect(live.textContent).to.match(/^Showing /);
  });

  it('the list view shows the same events as a plain list, and selecting from it opens the details', async () => {
    const el = await mountBuiltIn();
    const toggle = $(el, '.list-toggle') as HTMLButtonElement;
    toggle.click();
    await el.updateComplete;
    expect(el.listView).to.equal(true);
    expect(el.hasAttribute('list-view')).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, 'svg[part~="chart"]')).to.equal(null);
    const items = $$(el, '[part="list"] > li');
    expect(items).to.have.length(el.events.length);
    expect(items[0].textContent).to.contain(el.events[0].title);
    const selected = oneEvent(el, 'mt-select');
    (items[3].querySelector('button') as HTMLButtonElement).click();
    expect(((await selected) as CustomEvent<SelectDetail>).detail.event.id).to.equal(el.events[3].id);
    await el.updateComplete;
    expect($(el, '[part="details"]')).to.exist;
  });

  it('in the list view, narrow, the details open under their item; Escape and × bring focus back to its title', async () => {
    // Below the whole list, the panel was thousands of px from its item: at 768 px the page jumped 2,400 px down.
    const el = await mountBuiltIn(700);
    el.listView = true;
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="list"]'), 'no list');
    const item = $$(el, '[part="list"] > li')[12];
    const title = item.querySelector('button.link') as HTMLButtonElement;
    title.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="details"]'), 'no details');
    expect(el.selected).to.equal(el.events[12].id);
    const panel = $(el, '[part="details"]')!;
    expect(panel.closest('li')).to.equal(item);
    expect($$(el, '[part="details"]')).to.have.length(1);
    // Right under the item's text, not below the list.
    const itemText = item.querySelector('.list-meta')!.getBoundingClientRect();
    expect(panel.getBoundingClientRect().top - itemText.bottom).to.be.within(0, 80);
    // It does not show again the title and summary its item shows; the title still names it.
    expect(panel.querySelector('h3')!.getBoundingClientRect().width).to.be.at.most(1);
    expect((panel.querySelector('p.summary') as HTMLElement).offsetParent).to.equal(null);
    expect(panel.querySelector('p.summary')!.textContent).to.equal(el.events[12].summary);
    // Nor its date and place; what the item does not say (participants, sources) it does.
    const shown = [...panel.querySelectorAll('dt')].filter((dt) => dt.offsetParent !== null);
    expect(shown.map((dt) => dt.textContent.trim())).to.deep.equal(['Participants']);
    expect((panel.querySelector('.sources') as HTMLElement).offsetParent).to.not.equal(null);
    expect(el.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)!.textContent).to.contain(
      el.events[12].title,
    );
    // From inside the panel (its close button, the next stop), Escape closes it and focus goes back to the title.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="details"] .close'));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(title);
    // So does pressing ×.
    title.click();
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="details"] .close'), 'no close button');
    ($(el, '[part="details"] .close') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(title);
    // Then the next title, opened from the keyboard, keeps the focus (it went back to the title closed before).
    const next = $$(el, '[part="list"] > li')[13].querySelector('button.link') as HTMLButtonElement;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(next);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => $(el, '[part="details"]'), 'no details for the next item');
    await el.updateComplete;
    expect(el.selected).to.equal(el.events[13].id);
    expect(el.shadowRoot!.activeElement).to.equal(next);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    // Wide, the panel sits beside the list, as beside the chart.
    const wide = await mountBuiltIn(1280);
    wide.listView = true;
    await wide.updateComplete;
    await waitUntil(() => $(wide, '[part="list"]'), 'no list');
    ($$(wide, '[part="list"] > li')[12].querySelector('button.link') as HTMLButtonElement).click();
    await wide.updateComplete;
    await waitUntil(() => $(wide, '[part="details"]'), 'no details');
    expect($(wide, '[part="details"]')!.closest('[part="list"]')).to.equal(null);
  });

  it('the list view hides the zoom controls, which have nothing to zoom there, and leaves its toggle where it was', async () => {
    const el = await mountBuiltIn();
    const shown = () =>
      ['.zoom-in', '.zoom-out', '.fit'].filter((c) => ($(el, c) as HTMLElement).offsetParent !== null);
    expect(shown()).to.deep.equal(['.zoom-in', '.zoom-out', '.fit']);
    const toggle = $(el, '.list-toggle') as HTMLButtonElement;
    // Measured from the element's own edge: the page may scroll as the list makes it taller.
    const right = () => el.getBoundingClientRect().right - toggle.getBoundingClientRect().right;
    const at = right();
    const unpressed = getComputedStyle(toggle).backgroundColor;
    toggle.click();
    await el.updateComplete;
    expect(shown()).to.deep.equal([]);
    expect(right()).to.be.closeTo(at, 0.5);
    // Pressed, the toggle says so: drawn in the text's colour.
    expect(getComputedStyle(toggle).backgroundColor).to.not.equal(unpressed);
    expect(getComputedStyle(toggle).backgroundColor).to.equal(getComputedStyle(el).color);
    // Back to the chart, they are back.
    toggle.click();
    await el.updateComplete;
    expect(shown()).to.deep.equal(['.zoom-in', '.zoom-out', '.fit']);
    expect(getComputedStyle(toggle).backgroundColor).to.equal(unpressed);
  });

  it('the list view says each event’s group, which the chart says by its lane', async () => {
    const el = await mountData([
      { id: 'a', start: '2024-01-10', title: 'Grid bill', group: 'Energy', place: 'Westminster' },
      { id: 'b', start: '2024-02-10', title: 'Clinics bill', group: 'Health' },
      { id: 'c', start: '2024-03-10', title: 'Budget day' },
      // A conference's rooms as groups, each also the place's name: said once ("Main hall, Berlin · Main hall").
      {
        id: 'd',
        start: '2024-04-10',
        title: 'Keynote',
        group: 'Main hall',
        place: { name: 'Main hall', city: 'Berlin' },
      },
      // A group that is only part of a place's word is still said.
      { id: 'e', start: '2024-05-10', title: 'Talk', group: 'Hall', place: 'Main hall' },
    ]);
    ($(el, '.list-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const meta = $$(el, '[part="list"] .list-meta').map((p) => p.textContent.replace(/\s+/g, ' ').trim());
    expect(meta).to.deep.equal([
      'Jan 10, 2024 · Westminster · Energy',
      'Feb 10, 2024 · Health',
      'Mar 10, 2024',
      'Apr 10, 2024 · Main hall, Berlin',
      'May 10, 2024 · Main hall · Hall',
    ]);
  });

  it('the list view says each timed event’s local time beside its date, as the details panel does', async () => {
    // A conference day's sessions all said "Jun 12, 2025" and nothing more.
    const el = await mountData([...TIMED_SESSIONS, { id: 'day', start: '2025-06-13', title: 'Day after' }]);
    ($(el, '.list-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const meta = $$(el, '[part="list"] .list-meta').map((p) => p.textContent.replace(/\s+/g, ' ').trim());
    expect(meta).to.deep.equal([
      'Jun 12, 2025 · about 9:00 AM UTC\u22124',
      'Jun 12, 2025 · 4:20 – 5:00 PM GMT+2 · Main hall',
      'Jun 13, 2025',
    ]);
  });

  it('the details say the lane the chart draws the event in: its group, else its kind’s name', async () => {
    const el = await mountData([
      { id: 'a', start: '2024-01-10', title: 'Grid bill', group: 'Energy', kind: 'phone' },
      { id: 'b', start: '2024-02-10', title: 'Budget day' },
    ]);
    const lane = async (id: string): Promise<string | undefined> => {
      el.select(id);
      await el.updateComplete;
      return $(el, '[part="details"]')!.querySelector('.lane')?.textContent;
    };
    expect(await lane('a')).to.equal('Energy');
    // No lane name for an event without a group or a kind.
    expect(await lane('b')).to.equal(undefined);
    el.data = [{ id: 'c', start: '2024-03-10', title: 'Call', kind: 'phone' }];
    await el.updateComplete;
    expect(await lane('c')).to.equal('Phone');
  });

  it('the list view lays out only the items in the window (50,000 events took 6 s of layout and paint)', async () => {
    const events = Array.from({ length: 300 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
      title: `Event ${i + 1}`,
    }));
    const el = await mountData(events);
    el.listView = true;
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const items = $$(el, '[part="list"] li');
    expect(items).to.have.length(300);
    // An item's content, which content-visibility skips (the item itself is its box).
    const shown = (li: HTMLElement) => li.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });
    expect(shown(items[0])).to.equal(true);
    expect(shown(items[299])).to.equal(false);
    // Scrolled to, it is drawn.
    items[299].scrollIntoView();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(shown(items[299])).to.equal(true);
  });

  it('a long list view shows its first 500 items at once and the rest in idle time, every one at print', async () => {
    const events = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      title: `Event ${i + 1}`,
    }));
    const el = await mountData(events);
    const items = () => $$(el, '[part="list"] > li');
    el.listView = true;
    await el.updateComplete;
    expect(items()).to.have.length(500);
    await waitUntil(() => items().length === 2000, 'the rest of the items', { timeout: 10000 });
    // In time order, none twice.
    expect(items().map((li) => li.querySelector('bdi')!.textContent)).to.deep.equal(events.map((e) => e.title));
    // A selection marks its item wherever it is.
    el.select('e1999');
    await el.updateComplete;
    expect(items()[1999].querySelector('button')!.getAttribute('aria-pressed')).to.equal('true');
    // Printed, a new list is whole in the render beforeprint asks for.
    const other = await mountData(events);
    window.dispatchEvent(new Event('beforeprint'));
    await other.updateComplete;
    expect($$(other, '[part="list"] > li')).to.have.length(2000);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('the list view names the eras with their dates, which the chart shows only as bands', async () => {
    const el = await mountBuiltIn();
    ($(el, '.list-toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const section = $(el, '.era-list')!;
    expect(section.querySelector('[role="heading"]')!.textContent).to.equal('Eras');
    expect([...section.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Calls and video links: Feb 10, 2021 – Jul 28, 2022',
      'From the Pelosi visit to Bali: Aug 2 – Nov 14, 2022',
      'Groundwork for Filoli: Nov 14, 2022 – Nov 15, 2023',
    ]);
    // Data without eras has no such section.
    el.data = [{ start: '2023-01-01', title: 'One' }];
    await el.updateComplete;
    expect($(el, '.era-list')).to.equal(null);
  });

  it('the list view wraps long titles within the element, its sections inset as the header is, at 390 and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const el = await mountBuiltIn(width);
      ($(el, '.list-toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const host = el.getBoundingClientRect();
      // At 390 px the longer titles were one line cut at the element's edge ("Pelosi visits Taiwan; China suspe").
      const texts = $$(el, '[part="list"] bdi, .story-list li, .era-list li, .list-view p');
      expect(texts.length, `${width}`).to.be.above(el.events.length);
      for (const node of texts) {
        const box = node.getBoundingClientRect();
        expect(box.right, `${width}: ${node.textContent.trim().slice(0, 40)}`).to.be.at.most(host.right - 8);
      }
      // The story's and the eras' headings stood at the element's very edge, the events' list 16 px in.
      const inset = $(el, '.title')!.getBoundingClientRect().left;
      for (const heading of $$(el, '.story-list > [role="heading"], .era-list > [role="heading"]')) {
        expect(heading.getBoundingClientRect().left, `${width}: ${heading.textContent}`).to.be.closeTo(inset, 1);
      }
    }
  });

  it('focus stays on a mark when the reader pans it out of view', async () => {
    const el = await mountBuiltIn();
    const bali = mark(el, 'bali-2022')!;
    bali.focus();
    el.zoomTo('2021-01-01', '2021-03-01');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(mark(el, 'bali-2022'));
  });
});
