// <timeline-event>: events written in HTML, readable before the script runs, drawn once it does.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { $, mark, type MeetingTimeline } from '../helpers.js';
import { readTimelineEvents } from '../../src/data/from-elements.js';

const MARKUP = `
  <meeting-timeline locale="en-US">
    <timeline-event id="bali" start="2022-11-14" kind="in-person" place="Nusa Dua, Bali">
      <h3>Bali meeting</h3><p>The first in-person meeting.</p>
    </timeline-event>
    <timeline-event id="filoli" start="2023-11-15T11:20-08:00" kind="in-person" place="Woodside" time-zone="America/Los_Angeles">
      <h3>Filoli meeting</h3><p>The second.</p><p>Talks resumed.</p>
    </timeline-event>
  </meeting-timeline>`;

describe('<timeline-event>', () => {
  it('readTimelineEvents(host) reads attributes, the heading and the paragraphs, defined or not', () => {
    const host = document.createElement('div');
    host.innerHTML = MARKUP.replace('<meeting-timeline locale="en-US">', '').replace('</meeting-timeline>', '');
    expect(readTimelineEvents(host)).to.deep.equal([
      {
        id: 'bali',
        start: '2022-11-14',
        title: 'Bali meeting',
        kind: 'in-person',
        place: 'Nusa Dua, Bali',
        summary: 'The first in-person meeting.',
      },
      {
        id: 'filoli',
        start: '2023-11-15T11:20-08:00',
        title: 'Filoli meeting',
        kind: 'in-person',
        timeZone: 'America/Los_Angeles',
        place: 'Woodside',
        summary: 'The second.\n\nTalks resumed.',
      },
    ]);
  });

  it('without the script, the events are readable HTML', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    holder.innerHTML = MARKUP.replaceAll('meeting-timeline', 'not-yet-timeline').replaceAll(
      'timeline-event',
      'not-yet-event',
    );
    expect(holder.textContent).to.contain('Bali meeting');
    expect(holder.querySelector('h3')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('once defined, the timeline draws them and hides the markup', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    holder.innerHTML = MARKUP;
    const el = holder.querySelector('meeting-timeline') as MeetingTimeline;
    await oneEvent(el, 'mt-load');
    await el.updateComplete;
    expect(el.events.map((e) => e.id)).to.deep.equal(['bali', 'filoli']);
    expect(mark(el, 'bali')).to.exist;
    expect(el.querySelector('h3')!.getBoundingClientRect().height).to.equal(0);
    el.select('filoli');
    await el.updateComplete;
    expect($(el, '[part="details"] .local-time')!.textContent).to.contain('PST');
  });

  it('adding, removing or editing a child updates the timeline', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    holder.innerHTML = MARKUP;
    const el = holder.querySelector('meeting-timeline') as MeetingTimeline;
    await oneEvent(el, 'mt-load');
    let loaded = oneEvent(el, 'mt-load');
    const added = document.createElement('timeline-event');
    added.id = 'later';
    added.setAttribute('start', '2024-04-02');
    added.innerHTML = '<h3>Phone call</h3>';
    el.append(added);
    await loaded;
    expect(el.events.map((e) => e.id)).to.deep.equal(['bali', 'filoli', 'later']);
    loaded = oneEvent(el, 'mt-load');
    el.querySelector('#bali')!.remove();
    await loaded;
    expect(el.events.map((e) => e.id)).to.deep.equal(['filoli', 'later']);
    loaded = oneEvent(el, 'mt-load');
    added.setAttribute('start', '2021-01-01');
    await loaded;
    expect(el.events.map((e) => e.id)).to.deep.equal(['later', 'filoli']);
    loaded = oneEvent(el, 'mt-load');
    added.querySelector('h3')!.textContent = 'Renamed';
    await loaded;
    expect(el.events[0].title).to.equal('Renamed');
  });

  it('is defined as a custom element with reflected attributes', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const event = document.createElement('timeline-event');
    holder.append(event);
    expect(customElements.get('timeline-event')).to.be.a('function');
    event.start = '2020-01-01';
    await event.updateComplete;
    expect(event.getAttribute('start')).to.equal('2020-01-01');
  });
});
