// <meeting-timeline>'s chunks as the browser loads them, in the horizontal layout. A file of its own (and the
// vertical layout's in chunks-vertical.test.ts): each test file runs in a fresh page, so the chunks are not
// already loaded by another test.
import { expect, fixture, html } from '@open-wc/testing';
import { crowdedEvents, mountData, resourceTiming } from '../helpers.js';
import { MeetingTimeline } from '../../src/meeting-timeline.js';

/** What each render of a `<probe-timeline>` drew: how many events the element had, and count marks. */
const renders = new WeakMap<Element, { events: number; counts: number; marks: number }[]>();
class ProbeTimeline extends MeetingTimeline {
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const list = renders.get(this) ?? [];
    renders.set(this, list);
    const root = this.shadowRoot!;
    list.push({
      events: this.events.length,
      counts: root.querySelectorAll('[part~="count"]').length,
      marks: root.querySelectorAll('[part~="event"]').length,
    });
  }
}
customElements.define('probe-timeline', ProbeTimeline);

describe('<meeting-timeline> chunks', () => {
  // First in the file: the page has not loaded the zoom's chunk yet.
  it('asks for the zoom’s chunk in idle time after the first picture is painted, not while it is drawn', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.locale = 'en-US';
    el.data = { events: [{ start: '2023-11-15', title: 'Filoli' }] };
    holder.append(el);
    // The element draws in a microtask, before the next frame; this callback runs in that frame, before its paint.
    const frame = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="event"]')).to.exist;
    const zoom = resourceTiming('/src/controllers/zoom-binding.ts');
    expect(zoom, 'zoom-binding.ts loaded').to.exist;
    // (Firefox rounds both times to the millisecond.)
    expect(zoom!.startTime).to.be.at.least(frame);
  });

  it('asks for the count marks’ views with the crowded-lane chunk, not once that chunk has been read', async () => {
    const el = await mountData(crowdedEvents(2000, 20), 1000);
    expect(el.shadowRoot!.querySelectorAll('[part~="count"]').length).to.be.greaterThan(0);
    const marks = resourceTiming('/src/views/crowded-marks.ts');
    // Imported by crowded.ts alone: asked for only once crowded.ts has arrived and been read. (Its end is no
    // measure: a quick response can end before a request made in the same task has started.)
    const read = resourceTiming('/src/layout/crowded-lane.ts');
    expect(marks, 'crowded-marks.ts loaded').to.exist;
    expect(read, 'crowded-lane.ts loaded').to.exist;
    // Found by reading crowded.ts too, it would be asked for with crowded-lane.ts, just after it.
    expect(marks!.startTime).to.be.below(read!.startTime);
    // The count marks' styles come with their chunk (they left the core's stylesheet).
    const count = el.shadowRoot!.querySelector('[part~="count"]')!;
    expect(getComputedStyle(count).cursor).to.equal('zoom-in');
    expect(getComputedStyle(count.querySelector('rect')!).strokeWidth).to.equal('1.5px');
    expect(getComputedStyle(count.querySelector('text')!).fontWeight).to.equal('700');
  });

  // After the test above: the crowded-lane chunk is in the page's module map, so only when it is asked for decides
  // whether it is at hand for the first render of the events (an import resolves a task or so after it is made).
  it('asks for the crowded-lane chunk as a load of many events begins: their first render has its count marks', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('probe-timeline') as ProbeTimeline;
    el.locale = 'en-US';
    // Past 20,000 events: validated in slices, over several tasks.
    el.data = crowdedEvents(20_500, 20);
    holder.append(el);
    await el.updateComplete;
    const list = renders.get(el)!;
    const first = list.find((render) => render.events === 20_500)!;
    expect(first, 'a render of the events').to.exist;
    // Asked for only by the first frame found crowded, the chunk came after that render, which drew the crowded
    // lanes empty (no count marks) and was drawn again.
    expect(first.counts, 'count marks in the first render of the events').to.be.greaterThan(0);
    expect(list.at(-1)!.counts).to.equal(first.counts);
  });
});
