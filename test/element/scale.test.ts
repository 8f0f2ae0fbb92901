// <meeting-timeline> with many events: the DOM stays bounded by what is visible, and the keyboard still
// reaches every event. (Speed is measured by `npm run bench`, not asserted here.)
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { mark, mountData, type MeetingTimeline } from '../helpers.js';
import { AXIS_HEIGHT, LOD_HOLD_MS } from '../../src/controllers/layout-controller.js';
import type { TimelineEventInput } from '../../src/types.js';
import type { RangeChangeDetail } from '../../src/index.js';

const KINDS = ['in-person', 'video', 'phone', 'visit', 'incident'];

/** 400 events ten minutes apart from 1 June 2020, `e0` to `e399`: a burst that is count marks at first. */
function burst(): TimelineEventInput[] {
  return Array.from({ length: 400 }, (_, i) => ({
    id: `e${i}`,
    start: new Date(Date.UTC(2020, 5, 1) + i * 600_000),
    title: `Event ${i}`,
  }));
}

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

  for (const [width, layout, least] of [
    [1200, 'horizontal', 50],
    [390, 'vertical', 10],
  ] as const)
    it(`while the view zooms step by step, count marks keep their nodes, numbers and size; at rest they are the view’s own (${layout})`, async () => {
      const events = manyEvents(10_000);
      const el = await mountData(events, width);
      expect(el.layout).to.equal(layout);
      const [a, b] = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
      const mid = (a + b) / 2;
      const show = async (el: MeetingTimeline, closer: number) => {
        const w = (b - a) / closer;
        el.zoomTo(mid - w / 2, mid + w / 2);
        await el.updateComplete;
      };
      const counts = (el: MeetingTimeline) => [...el.shadowRoot!.querySelectorAll('[part~="count"]')];
      const numbers = (el: MeetingTimeline) => counts(el).map((c) => c.textContent.trim());
      // A first step from rest, then steps 1.25 times closer each.
      await show(el, 1);
      await new Promise((resolve) => setTimeout(resolve, LOD_HOLD_MS + 100));
      await el.updateComplete;
      const rest = new Set(counts(el));
      await show(el, 1.25);
      // The first step holds the level of detail the view rested at: its count marks are the same nodes, moved
      // apart (at the step's own level, every one was drawn anew).
      const stayed = counts(el).filter((c) => rest.has(c));
      expect(stayed.length, 'count marks kept by a first step').to.be.above(counts(el).length * 0.8);
      const before = new Map(counts(el).map((c) => [c, c.textContent.trim()]));
      expect(before.size).to.be.above(least);
      const rewritten: Node[] = [];
      const resized: Node[] = [];
      const records: MutationRecord[] = [];
      const observer = new MutationObserver((found) => records.push(...found));
      observer.observe(el.shadowRoot!, { subtree: true, characterData: true, attributes: true, childList: true });
      await show(el, 1.25 * 1.25);
      records.push(...observer.takeRecords());
      observer.disconnect();
      // A count mark that came into view (new nodes, or those of one that left) is drawn whole; those that stayed are
      // what must not be rewritten.
      const came = new Set(records.flatMap((r) => [...r.addedNodes]));
      for (const r of records) {
        const count = r.target.parentElement?.closest('[part~="count"]');
        if (!count || came.has(count)) continue;
        if (r.type === 'characterData' || r.target.nodeName === 'text') rewritten.push(r.target);
        if (r.target.nodeName === 'rect') resized.push(r.target);
      }
      const kept = counts(el).filter((c) => before.get(c) === c.textContent.trim());
      // Only the count marks cut by the view's edges change (a few a lane); each rewritten text is laid out again.
      expect(kept.length, 'count marks kept with their numbers').to.be.above(counts(el).length * 0.8);
      expect(rewritten.length, 'count texts rewritten').to.be.below(counts(el).length * 0.2);
      // They move apart, keeping their size (each resized pill is painted again).
      expect(resized.length, 'count pills resized').to.be.below(counts(el).length * 0.2);
      // At rest, the count marks are those of the view's own scale: those of an element shown this span at once.
      const held = numbers(el);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await el.updateComplete;
      const fresh = await mountData(events, width);
      await show(fresh, 1.25 * 1.25);
      await new Promise((resolve) => setTimeout(resolve, 600));
      await fresh.updateComplete;
      expect(numbers(el)).to.deep.equal(numbers(fresh));
      expect(numbers(el), 'the held count marks were coarser').not.to.deep.equal(held);
    });

  for (const [width, layout] of [
    [1200, 'horizontal'],
    [390, 'vertical'],
  ] as const)
    it(`count marks that leave the view give their nodes to those that come into it, but for one holding the focus (${layout})`, async () => {
      const el = await mountData(manyEvents(10_000), width);
      expect(el.layout).to.equal(layout);
      const counts = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="count"]')];
      // Along the time axis, from the chart's start (px).
      const along = (c: Element) => {
        const [box, chart] = [c.getBoundingClientRect(), el.shadowRoot!.querySelector('svg')!.getBoundingClientRect()];
        return layout === 'vertical' ? box.top - chart.top : box.left - chart.left;
      };
      const [a, b] = [Date.UTC(2022, 6, 1), Date.UTC(2023, 0, 1)];
      el.zoomTo(a, b);
      await new Promise((resolve) => setTimeout(resolve, LOD_HOLD_MS + 100));
      await el.updateComplete;
      const before = counts();
      const length =
        layout === 'vertical' ? el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().height : width;
      // The view moves on by half of itself: the count marks of its first half leave, as many come in.
      const leaving = before.filter((c) => along(c) < length / 2 - 40);
      expect(leaving.length, 'count marks in the half that leaves').to.be.above(5);
      const held = leaving[Math.floor(leaving.length / 2)];
      held.focus();
      expect(el.shadowRoot!.activeElement).to.equal(held);
      const label = held.getAttribute('aria-label');
      el.zoomTo(a + (b - a) / 2, b + (b - a) / 2);
      await el.updateComplete;
      const now = counts();
      const made = now.filter((c) => !before.includes(c)).length;
      const removed = before.filter((c) => !c.isConnected).length;
      // With Lit's repeat, a node was made for each count mark that came and one removed for each that left.
      expect(now.length, 'count marks after the move').to.be.above(5);
      expect(made + removed, 'count mark nodes made and removed').to.be.at.most(
        Math.abs(now.length - before.length) + 1 + 4,
      );
      // The focused count mark's nodes were not given to another: it left, focus and all.
      expect(held.isConnected, 'the focused count mark left').to.equal(false);
      const active = el.shadowRoot!.activeElement;
      expect(
        active?.matches('[part~="count"]') && active.getAttribute('aria-label'),
        'focus on another count mark',
      ).not.to.equal(label);
    });

  it('a click on a count mark zooms in and leaves no focus ring on a count mark', async () => {
    const el = await mountData(manyEvents(10_000), 1200);
    el.fit();
    await new Promise((resolve) => setTimeout(resolve, LOD_HOLD_MS + 100));
    await el.updateComplete;
    const count = el.shadowRoot!.querySelectorAll('[part~="count"]')[4];
    const box = count.getBoundingClientRect();
    const before = el.range.to.getTime() - el.range.from.getTime();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await new Promise((resolve) => setTimeout(resolve, 900));
    await el.updateComplete;
    expect(el.range.to.getTime() - el.range.from.getTime(), 'zoomed in').to.be.below(before);
    // The count mark keeps the focus (its first event is first of a count mark still), and now stands for other events.
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.matches('[part~="count"]'), 'a count mark holds the focus').to.equal(true);
    expect(getComputedStyle(focused!).outlineStyle).to.equal('none');
    expect(getComputedStyle(focused!.querySelector('rect')!).strokeWidth).to.equal('1.5px');
  });

  for (const [width, layout] of [
    [1200, 'horizontal'],
    [390, 'vertical'],
  ] as const)
    it(`a click that splits a count mark leaves the focus on its first event's mark, where the keyboard walks on (${layout})`, async () => {
      // 400 events ten minutes apart (and, across, one far away): the first is drawn alone, the rest are a count
      // mark that splits after a click or a few.
      const events = burst();
      if (layout === 'horizontal') events.push({ id: 'far', start: '2021-06-01', title: 'Far away' });
      const el = await mountData(events, width);
      expect(el.layout).to.equal(layout);
      const root = el.shadowRoot!;
      const along = (c: Element) => c.getBoundingClientRect()[layout === 'vertical' ? 'top' : 'left'];
      let first: string | undefined;
      for (let click = 0; click < 8 && !(first && mark(el, first)); click++) {
        // The earliest count mark holds the earliest event not drawn alone.
        const count = [...root.querySelectorAll('[part~="count"]')].sort((a, b) => along(a) - along(b))[0];
        expect(count, `a count mark before click ${click + 1}`).to.exist;
        first = events.find((e) => !mark(el, e.id!))!.id!;
        const box = count.getBoundingClientRect();
        const rested = oneEvent(el, 'mt-rangechange');
        await sendMouse({
          type: 'click',
          position: [Math.round(box.x + box.width / 2), Math.round(box.y + Math.min(box.height / 2, 12))],
        });
        await rested;
        await el.updateComplete;
        if (!mark(el, first))
          expect(
            root.activeElement?.matches('[part~="count"]'),
            'a count mark that still holds it keeps the focus',
          ).to.equal(true);
      }
      expect(mark(el, first!), `${first} drawn alone`).to.exist;
      expect(root.activeElement?.getAttribute('data-id'), 'focused once the zoom rests').to.equal(first);
      // The walk goes on from there.
      await sendKeys({ press: layout === 'vertical' ? 'ArrowDown' : 'ArrowRight' });
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('data-id')).to.equal(`e${Number(first!.slice(1)) + 1}`);
    });

  for (const [width, layout] of [
    [1200, 'horizontal'],
    [390, 'vertical'],
  ] as const)
    it(`an arrow key on a count mark walks on from its first event, and Enter on it zooms in (${layout})`, async () => {
      // The burst's first event is drawn alone and the rest are count marks, the earliest holding e1 first. A click
      // (or a screen reader) leaves the focus on such a mark while it still holds its events.
      const el = await mountData(burst(), width);
      const root = el.shadowRoot!;
      const along = (c: Element) => c.getBoundingClientRect()[layout === 'vertical' ? 'top' : 'left'];
      const earliest = () =>
        [...root.querySelectorAll<SVGGElement>('[part~="count"]')].sort((a, b) => along(a) - along(b))[0];
      expect(mark(el, 'e0'), 'e0 drawn alone').to.exist;
      expect(mark(el, 'e1'), 'e1 in a count mark').to.not.exist;
      // Another event had the walk's place before (e0): the walk went on from there, to e1.
      mark(el, 'e0')!.focus();
      await el.updateComplete;
      earliest().focus();
      await sendKeys({ press: layout === 'vertical' ? 'ArrowDown' : 'ArrowRight' });
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('data-id')).to.equal('e2');
      // Enter on a count mark is a click on it.
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      el.fit();
      await new Promise((resolve) => setTimeout(resolve, 400));
      await el.updateComplete;
      const before = el.range.to.getTime() - el.range.from.getTime();
      earliest().focus();
      const rested = oneEvent(el, 'mt-rangechange');
      await sendKeys({ press: 'Enter' });
      await rested;
      expect(el.range.to.getTime() - el.range.from.getTime(), 'zoomed in').to.be.below(before / 2);
    });

  for (const target of ['count mark', 'name'] as const)
    it(`a click on a count mark holding a burst and an event a year on zooms in on the burst, not the year between (its ${target})`, async () => {
      // Down a phone's even scale, the 399 events of three days and one a year later are one count mark.
      const events = burst();
      events.push({ id: 'far', start: '2021-06-01', title: 'Far away' });
      const el = await mountData(events, 390);
      const count = el.shadowRoot!.querySelector('[part~="count"]')!;
      expect(count.getAttribute('aria-label')).to.match(/^400 /);
      const name = el.shadowRoot!.querySelector('text.count-name')!;
      expect(name.textContent).to.equal('Event 1');
      const box = (target === 'name' ? name : count).getBoundingClientRect();
      const before = el.range.to.getTime() - el.range.from.getTime();
      const rested = oneEvent(el, 'mt-rangechange');
      await sendMouse({
        type: 'click',
        position: [Math.round(box.x + Math.min(box.width / 2, 20)), Math.round(box.y + Math.min(box.height / 2, 12))],
      });
      await rested;
      const { from, to } = el.range;
      expect(to.getTime() - from.getTime(), 'zoomed in').to.be.below(before / 2);
      const shown = events.filter(
        (e) => +new Date(e.start as Date | string) >= +from && +new Date(e.start as Date | string) <= +to,
      );
      expect(shown.length, `events from ${from.toISOString()} to ${to.toISOString()}`).to.be.above(300);
    });

  it('a click on a count mark’s name down a phone leaves the focus on its first event’s mark, as one on the mark does', async () => {
    const el = await mountData(burst(), 390);
    const root = el.shadowRoot!;
    const name = root.querySelector('text.count-name')!;
    expect(name.textContent).to.equal('Event 1');
    const box = name.getBoundingClientRect();
    const rested = oneEvent(el, 'mt-rangechange');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + Math.min(box.width / 2, 20)), Math.round(box.y + box.height / 2)],
    });
    await rested;
    await el.updateComplete;
    expect(mark(el, 'e1'), 'e1 drawn alone').to.exist;
    expect(root.activeElement?.getAttribute('data-id')).to.equal('e1');
  });

  it('a click on a "+N" badge leaves the focus on the mark of the first of its events', async () => {
    // A burst of 260 events (more than 250 in view: count marks) and 40 events nine days apart, whose labels have
    // no room.
    const events: TimelineEventInput[] = [
      ...burst().slice(0, 260),
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `s${i}`,
        start: new Date(Date.UTC(2020, 5, 20) + i * 9 * 86_400_000),
        title: `Spread event ${i}`,
      })),
    ];
    const el = await mountData(events, 1200);
    const root = el.shadowRoot!;
    const badge = root.querySelector('[part~="cluster"]')!;
    expect(badge, 'a badge').to.exist;
    badge.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = badge.getBoundingClientRect();
    const rested = oneEvent(el, 'mt-rangechange');
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await rested;
    await el.updateComplete;
    const active = root.activeElement;
    expect(
      active?.matches('[part~="event"]'),
      `focus on an event's mark, not ${active?.outerHTML.slice(0, 60)}`,
    ).to.equal(true);
    const event = el.events.find((e) => e.id === active!.getAttribute('data-id'))!;
    expect(event.start.ms).to.be.within(el.range.from.getTime(), el.range.to.getTime());
    // Enter on a badge is a click on it too, and so is Space.
    for (const key of ['Enter', ' ']) {
      el.fit();
      await new Promise((resolve) => setTimeout(resolve, 400));
      await el.updateComplete;
      const wide = el.range.to.getTime() - el.range.from.getTime();
      root.querySelector<SVGGElement>('[part~="cluster"]')!.focus();
      const zoomed = oneEvent(el, 'mt-rangechange');
      await sendKeys({ press: key });
      await zoomed;
      expect(el.range.to.getTime() - el.range.from.getTime(), `${key} zoomed in`).to.be.below(wide);
    }
    // An arrow key on a badge walks on from the first of its events (a mark whose label had no room), not from the
    // walk's last place (e0, whose next is e1).
    el.fit();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await el.updateComplete;
    mark(el, 'e0')!.focus();
    await el.updateComplete;
    root.querySelector<SVGGElement>('[part~="cluster"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const to = root.activeElement?.getAttribute('data-id') ?? '';
    expect(to, 'the walk went on from the badge').to.match(/^s\d+$/);
    const before = el.events[el.events.findIndex((e) => e.id === to) - 1];
    expect(mark(el, before.id), `${before.id}, the badge's first, drawn`).to.exist;
    expect(mark(el, before.id)!.querySelector('[part~="label"]'), `${before.id} without a label`).to.not.exist;
  });

  it('a focus the reader moves elsewhere while a count mark’s zoom glides stays there', async () => {
    const events = burst();
    const el = await mountData(events, 390);
    const root = el.shadowRoot!;
    const count = [...root.querySelectorAll('[part~="count"]')].sort(
      (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
    )[0];
    const box = count.getBoundingClientRect();
    const rested = oneEvent(el, 'mt-rangechange');
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + 12)] });
    const button = root.querySelector<HTMLButtonElement>('[part="controls"] button')!;
    button.focus();
    await rested;
    await el.updateComplete;
    // The click's split drew the first event alone (as in the test above), and the focus was not taken to it.
    expect(mark(el, 'e1'), 'e1 drawn alone').to.exist;
    expect(root.activeElement).to.equal(button);
  });

  it('the marks of the first and last events stand clear of the count marks beside them', async () => {
    const el = await mountData(manyEvents(3000), 1200);
    el.fit();
    await el.updateComplete;
    const box = (e: Element) => e.getBoundingClientRect();
    const pills = [...el.shadowRoot!.querySelectorAll('[part~="count"] rect')].map(box);
    expect(pills.length).to.be.above(50);
    const byStart = [...el.events].sort((a, b) => a.start.ms - b.start.ms);
    for (const event of [byStart[0], byStart[byStart.length - 1]]) {
      const shape = box(mark(el, event.id)!.querySelector('.mark')!);
      const hidden = pills.filter(
        (p) => p.left < shape.right && p.right > shape.left && p.top < shape.bottom && p.bottom > shape.top,
      );
      expect(hidden, `count marks under ${event.id}`).to.deep.equal([]);
    }
  });

  it('at rest, count marks name one of their events below them, clear of every other label; not while the view moves', async () => {
    const events = manyEvents(1000);
    const el = await mountData(events, 1200);
    el.fit();
    await el.updateComplete;
    const root = el.shadowRoot!;
    const box = (e: Element) => e.getBoundingClientRect();
    const names = () => [...root.querySelectorAll('text.count-name')];
    const titles = new Set(events.map((e) => e.title));
    expect(root.querySelectorAll('[part~="count"]').length).to.be.above(100);
    // Every lane's first label row reads as events: several names a lane, not a row of numbers alone.
    expect(names().length, 'count marks naming an event').to.be.at.least(5 * 4);
    for (const name of names()) {
      const count = name.previousElementSibling!;
      expect(count.matches('[part~="count"]'), 'a name follows its count mark').to.equal(true);
      const [pill, text] = [box(count.querySelector('rect')!), box(name)];
      // Below its mark, starting under it; the whole title, or a cut of it.
      expect(text.top).to.be.at.least(pill.bottom);
      expect(text.left).to.be.within(pill.left, pill.right);
      const said = name.textContent.trim().replace(/…$/, '');
      expect(
        [...titles].some((t) => t.startsWith(said)),
        said,
      ).to.equal(true);
    }
    const labels = [...root.querySelectorAll('text[part~="label"]')].map(box);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i], labels[j]];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    // A view moving step after step skips the naming; at rest again, the names return.
    const [a, b] = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
    el.zoomTo(a + (b - a) / 20, b - (b - a) / 20);
    await el.updateComplete;
    // What the step's own update drew (read as it is drawn: a slow machine can reach rest before updateComplete).
    const drawn: number[] = [];
    const probe = { hostUpdated: () => drawn.push(names().length) };
    el.addController(probe);
    el.zoomTo(a + (b - a) / 10, b - (b - a) / 10);
    await el.updateComplete;
    el.removeController(probe);
    expect(drawn[0], 'names while the view moves').to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await el.updateComplete;
    expect(names().length, 'names once at rest').to.be.at.least(5 * 4);
    // A click on a name zooms in as a click on its count mark does (to the same span).
    const at = (el: MeetingTimeline) => [el.range.from.getTime(), el.range.to.getTime()];
    const name = names()[3];
    const twin = await mountData(events, 1200);
    twin.zoomTo(el.range.from, el.range.to);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await twin.updateComplete;
    const count = twin.shadowRoot!.querySelectorAll('text.count-name')[3].previousElementSibling!;
    const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const before = at(el);
    const ranged = (el: MeetingTimeline) => oneEvent<CustomEvent<RangeChangeDetail>>(el, 'mt-rangechange');
    const changed = [ranged(el), ranged(twin)];
    click(name);
    click(count);
    const [mine, theirs] = (await Promise.all(changed)).map(({ detail }) => [
      detail.from.getTime(),
      detail.to.getTime(),
    ]);
    expect(mine[1] - mine[0]).to.be.below((before[1] - before[0]) / 2);
    expect(mine).to.deep.equal(theirs);
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

  // 200 events down a phone are a row each (from about 300 they are count marks): a 5,800 px chart.
  for (const [width, layout, n] of [
    [1200, 'horizontal', 500],
    [390, 'vertical', 200],
  ] as const)
    it(`new data's first frame makes every mark within the window's height of the chart's top, the rest from the frame after it is painted; updateComplete waits for all (${layout})`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
      const el = document.createElement('meeting-timeline');
      el.data = manyEvents(n);
      holder.append(el);
      const root = el.shadowRoot!;
      const ids = () => new Set([...root.querySelectorAll('[part~="event"]')].map((m) => m.getAttribute('data-id')));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      // Looked at in a frame's callbacks, before those of the frame's own drawing (asked for by the first).
      let first = ids();
      for (let k = 0; !first.size && k < 600; k++) {
        await frame();
        first = ids();
      }
      // The frame that paints the first picture makes nothing more: the next frame's callbacks find what it had.
      await frame();
      expect(ids().size, 'marks made before the first picture was painted').to.equal(first.size);
      await el.updateComplete;
      expect(el.layout).to.equal(layout);
      const all = [...root.querySelectorAll<SVGGraphicsElement>('[part~="event"]')];
      expect(all.length, 'every event labelled at this width').to.equal(n);
      expect(first.size, 'the first frame made only some of them').to.be.below(all.length);
      // The chart's top, where the band is measured from (a mark's place is its symbol's centre).
      const top = root.querySelector('svg[part="chart"]')!.getBoundingClientRect().top;
      const inWindow = all.filter((m) => {
        const box = m.querySelector('path.mark')!.getBoundingClientRect();
        return box.top + box.height / 2 - top < innerHeight - 1;
      });
      expect(inWindow.length, 'marks within the window').to.be.above(layout === 'vertical' ? 10 : 20);
      const missing = inWindow.map((m) => m.getAttribute('data-id')).filter((id) => !first.has(id));
      expect(missing, 'marks within the window made in the first frame').to.deep.equal([]);
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

  it('a zoom step by step keeps the svg its size, in a box of the chart height, and at rest too', async () => {
    const el = await mountData(manyEvents(1000), 1200);
    const svg = () => el.shadowRoot!.querySelector('svg[part~="chart"]')!;
    const box = () => svg().parentElement!;
    const chart = () => Math.round(box().getBoundingClientRect().height);
    // The box ends where the chart does: the axis is its last AXIS_HEIGHT px, and no blank room shows below.
    const axisToEnd = () => {
      const axis = el.shadowRoot!.querySelector<SVGGElement>('[part~="axis"]')!;
      const top = svg().getBoundingClientRect().top + axis.transform.baseVal.consolidate()!.matrix.f;
      return Math.round(box().getBoundingClientRect().bottom - top);
    };
    const rest = async () => {
      await new Promise((resolve) => setTimeout(resolve, LOD_HOLD_MS + 200));
      await el.updateComplete;
    };
    const [a, b] = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
    const mid = (a + b) / 2;
    const sizes = new Set<string>();
    const heights = new Set<number>();
    let was = Number(svg().getAttribute('height'));
    // Fifteen steps in by 1.25× and back out, as bench/ does: the chart's rows change on the way.
    for (let i = 0; i < 30; i++) {
      const w = (b - a) / Math.pow(1.25, i < 15 ? i + 1 : 29 - i);
      el.zoomTo(mid - w / 2, mid + w / 2);
      await el.updateComplete;
      sizes.add(svg().getAttribute('height')!);
      heights.add(chart());
      // Resizing the svg lays out every label in it again: during a zoom, only a chart grown past it does.
      const now = Number(svg().getAttribute('height'));
      if (now !== was) expect(chart(), `step ${i}: the svg went from ${was} to ${now} px`).to.be.above(was);
      was = now;
      // What a reader sees is the chart's own height: the box clips the svg's spare room.
      expect(svg().getBoundingClientRect().height).to.be.at.least(chart());
      expect(axisToEnd(), `step ${i}`).to.equal(AXIS_HEIGHT);
      if (i === 14) {
        // Come to rest zoomed in: the level of detail is the view's own again, and the svg keeps its size.
        await rest();
        expect(Number(svg().getAttribute('height')), 'no resize at rest').to.equal(was);
        expect(chart()).to.be.below(was);
        expect(axisToEnd()).to.equal(AXIS_HEIGHT);
      }
    }
    expect(heights.size, 'the chart grows and shrinks with its rows').to.be.above(2);
    expect(sizes.size, 'the svg is resized far less often than the chart').to.be.below(heights.size / 2);
    // At rest after the zoom out, an svg over three times the chart's height takes half as much again as the chart.
    await rest();
    const now = Number(svg().getAttribute('height'));
    expect(now)
      .to.be.at.least(chart())
      .and.at.most(chart() * 3);
    if (now !== was) expect(now).to.equal(Math.ceil(chart() * 1.5));
    expect(axisToEnd()).to.equal(AXIS_HEIGHT);
  });

  it('down a phone, a zoom step by step resizes the svg only when the column outgrows it; a box clips it', async () => {
    const el = await mountData(manyEvents(200), 390);
    expect(el.layout).to.equal('vertical');
    const svg = () => el.shadowRoot!.querySelector('svg[part~="chart"]')!;
    const box = () => svg().parentElement!;
    const [a, b] = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
    const mid = (a + b) / 2;
    const heights = new Set<number>();
    let was = Number(svg().getAttribute('height'));
    let resized = 0;
    // Steps in by 1.25×: the column loses rows, and gains them back on the way out.
    for (let i = 0; i < 24; i++) {
      const w = (b - a) / Math.pow(1.25, i < 12 ? i + 1 : 23 - i);
      el.zoomTo(mid - w / 2, mid + w / 2);
      await el.updateComplete;
      const column = Math.round(box().getBoundingClientRect().height);
      heights.add(column);
      const now = Number(svg().getAttribute('height'));
      if (now !== was) {
        // Resizing the svg lays out every label in it again (200 rows: 5-12 ms a step in Chromium).
        expect(column, `step ${i}: the svg went from ${was} to ${now} px`).to.be.above(was);
        resized++;
      }
      was = now;
      expect(svg().getBoundingClientRect().height).to.be.at.least(column);
      // The last row is in the box: it clips only the blank room below the column.
      const rows = [...el.shadowRoot!.querySelectorAll('[part~="event"]')].map((m) => m.getBoundingClientRect().bottom);
      if (rows.length) expect(Math.max(...rows)).to.be.at.most(box().getBoundingClientRect().bottom + 1);
    }
    expect(heights.size, 'the column grows and shrinks with its rows').to.be.above(3);
    expect(resized, 'the svg is resized far less often than the column').to.be.below(heights.size / 2);
  });

  it('an update that moves nothing between the steps of a zoom (a chunk arriving) keeps the svg its size', async () => {
    const el = await mountData(manyEvents(1000), 1200);
    const svg = () => el.shadowRoot!.querySelector('svg[part~="chart"]')!;
    const chart = () => Math.round(svg().parentElement!.getBoundingClientRect().height);
    const [a, b] = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
    const mid = (a + b) / 2;
    // Steps out and in until the svg keeps more room than the chart takes.
    let held = false;
    for (let i = 0; i < 30 && !held; i++) {
      const w = (b - a) / Math.pow(1.25, i < 15 ? i + 1 : 29 - i);
      el.zoomTo(mid - w / 2, mid + w / 2);
      await el.updateComplete;
      held = Number(svg().getAttribute('height')) > chart();
    }
    expect(held, 'a step where the svg keeps room to spare').to.equal(true);
    const height = svg().getAttribute('height');
    const began = performance.now();
    el.requestUpdate();
    await el.updateComplete;
    if (performance.now() - began < LOD_HOLD_MS) expect(svg().getAttribute('height')).to.equal(height);
  });

  it('a zoom step keeps a lane of count marks while the view moves; at rest its labelled marks are drawn over frames, and updateComplete waits for all', async () => {
    const el = await mountData(manyEvents(1000), 1200);
    const root = el.shadowRoot!;
    const marks = () => root.querySelectorAll('[part~="event"]').length;
    const [a, b] = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
    el.zoomTo(a, b);
    await el.updateComplete;
    // At rest (the level of detail is the view's own again, LOD_HOLD_MS after it moved), so the step below
    // is a first step from rest.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await el.updateComplete;
    // One step in from the whole: some lanes could label every event in view now, but the view is moving.
    el.zoomTo(a + (b - a) * 0.1, b - (b - a) * 0.1);
    await el.updateComplete;
    const held = marks();
    expect(held, 'count marks kept while moving').to.be.below(50);
    expect(root.querySelectorAll('[part~="count"]').length).to.be.above(50);
    // At rest those lanes are labelled: a hundred marks and more, drawn over frames. How many a frame makes
    // depends on the time it took (a budget of a few ms); a clock that runs a millisecond a reading makes that
    // the same on a fast machine as on a slow one.
    const seen: number[] = [];
    const now = Object.getOwnPropertyDescriptor(performance, 'now');
    const real = performance.now.bind(performance);
    let readings = 0;
    performance.now = () => real() + ++readings;
    let drawn: number;
    try {
      for (let frame = 0; marks() <= held && frame < 600; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      let complete = false;
      const waited = el.updateComplete.then(() => (complete = true));
      seen.push(marks());
      while (!complete) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        seen.push(marks());
      }
      await waited;
      drawn = marks();
    } finally {
      if (now) Object.defineProperty(performance, 'now', now);
      else delete (performance as { now?: unknown }).now;
    }
    expect(drawn).to.be.above(held + 100);
    expect(seen[0], 'the first frame at rest draws only some of the new marks').to.be.below(drawn);
    // Drawn again at rest (not moving), the same marks: none was lost on the way.
    el.requestUpdate();
    await el.updateComplete;
    expect(marks()).to.equal(drawn);
  });

  it('an export during a zoom is the chart as seen, not the svg with its spare room', async () => {
    const el = await mountData(manyEvents(1000), 1200);
    const [a, b] = [Date.UTC(2022, 0, 1), Date.UTC(2024, 0, 1)];
    el.zoomTo(a + (b - a) * 0.45, a + (b - a) * 0.55);
    await el.updateComplete;
    el.fit();
    await el.updateComplete;
    const svg = el.shadowRoot!.querySelector('svg[part~="chart"]')!;
    const shown = Math.round(svg.parentElement!.getBoundingClientRect().height);
    expect(Number(svg.getAttribute('height')), 'the svg kept its room').to.be.above(shown);
    const root = new DOMParser().parseFromString(await el.toSVG(), 'image/svg+xml').documentElement;
    expect(Math.round(Number(root.getAttribute('height')))).to.equal(shown);
    expect(root.getAttribute('viewBox')).to.equal(`0 0 ${svg.getAttribute('width')} ${root.getAttribute('height')}`);
  });
});
