// <meeting-timeline>: the ways in (data, src, an inline JSON script) and bad input of every kind.
import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { $, $$, mark, mountData, eventsDuring, type MeetingTimeline } from '../helpers.js';
import type { ErrorDetail, LoadDetail } from '../../src/meeting-timeline.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).href;

async function mountSrc(src: string): Promise<{ el: MeetingTimeline; first: Promise<Event> }> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
  const el = document.createElement('meeting-timeline');
  el.locale = 'en-US';
  el.src = src;
  const first = Promise.race([oneEvent(el, 'mt-load'), oneEvent(el, 'mt-error')]);
  holder.append(el);
  return { el, first };
}

describe('<meeting-timeline> src', () => {
  it('src loads a JSON file and fires mt-load', async () => {
    const { el, first } = await mountSrc(`${FIXTURES}events-a.json`);
    const event = (await first) as CustomEvent<LoadDetail>;
    expect(event.type).to.equal('mt-load');
    expect(event.detail.events.map((e) => e.id)).to.deep.equal(['a1', 'a2']);
    expect(event.detail.skipped).to.deep.equal([]);
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect($(el, '[role="heading"]')!.textContent.trim()).to.equal('Fixture A');
    expect(mark(el, 'a1')).to.exist;
  });

  it('a large src is parsed in a task after the one that read its body, so the page can paint between', async () => {
    // 2 MB of JSON, served from a blob: URL.
    const events = Array.from({ length: 12_000 }, (_, i) => ({
      id: `big${i}`,
      start: new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString(),
      title: `Event ${i} — ${'words '.repeat(16)}`,
    }));
    const text = JSON.stringify({ events });
    expect(text.length).to.be.above(1_000_000);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    // Marks the task in which the body was read: a message posted then runs after that task, and before any
    // task the element posts after it.
    let bodyTask = false;
    const reader = Object.getOwnPropertyDescriptor(Blob.prototype, 'text')!;
    const read = reader.value as (this: Blob) => Promise<string>;
    Blob.prototype.text = async function (this: Blob) {
      const body = await read.call(this);
      if (body.length === text.length) {
        bodyTask = true;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          bodyTask = false;
        };
        channel.port2.postMessage(null);
      }
      return body;
    };
    const parse = JSON.parse;
    const parsedInBodyTask: boolean[] = [];
    JSON.parse = function (this: JSON, value: string, reviver?: (key: string, value: unknown) => unknown) {
      if (value.length === text.length) parsedInBodyTask.push(bodyTask);
      return parse.call(this, value, reviver) as unknown;
    };
    try {
      const { el, first } = await mountSrc(url);
      expect(((await first) as CustomEvent).type).to.equal('mt-load');
      expect(el.events).to.have.length(12_000);
    } finally {
      Object.defineProperty(Blob.prototype, 'text', reader);
      JSON.parse = parse;
      URL.revokeObjectURL(url);
    }
    expect(parsedInBodyTask).to.deep.equal([false]);
  });

  it('changing src aborts the earlier request and shows only the latest', async () => {
    const { el } = await mountSrc(`${FIXTURES}events-a.json?delay=600`);
    const loads: string[][] = [];
    el.addEventListener('mt-load', (e) => loads.push(e.detail.events.map((ev) => ev.id)));
    await aTimeout(50);
    el.src = `${FIXTURES}events-b.json`;
    await waitUntil(() => loads.length > 0, 'the latest src did not load', { timeout: 3000 });
    // Past the earlier response's delay: it never lands.
    await aTimeout(800);
    expect(loads).to.deep.equal([['b1', 'b2', 'b3']]);
    expect(el.events.map((e) => e.id)).to.deep.equal(['b1', 'b2', 'b3']);
  });

  it('a 404 fires mt-error and shows a notice with a retry button', async () => {
    const { el, first } = await mountSrc(`${FIXTURES}missing.json`);
    const event = (await first) as CustomEvent<ErrorDetail>;
    expect(event.type).to.equal('mt-error');
    expect(event.detail.errors[0].path).to.equal('src');
    expect(event.detail.errors[0].message).to.contain('404');
    await el.updateComplete;
    const notice = $(el, '[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('missing.json');
    const retry = $(el, '[part="notice"] .retry')!;
    const again = oneEvent(el, 'mt-error');
    retry.click();
    expect(((await again) as CustomEvent<ErrorDetail>).detail.errors[0].message).to.contain('404');
  });

  it('a response that is not JSON fires mt-error', async () => {
    const { el, first } = await mountSrc(`${FIXTURES}not-json.json`);
    const event = (await first) as CustomEvent<ErrorDetail>;
    expect(event.type).to.equal('mt-error');
    expect(event.detail.errors[0].message).to.contain('not JSON');
    await el.updateComplete;
    expect(el.events).to.deep.equal([]);
  });

  it('a network failure fires mt-error', async () => {
    const { first } = await mountSrc('http://127.0.0.1:9/events.json');
    const event = (await first) as CustomEvent<ErrorDetail>;
    expect(event.type).to.equal('mt-error');
    expect(event.detail.errors).to.have.length(1);
  });

  it('a file with some bad items renders the rest and lists the skipped ones', async () => {
    const { el, first } = await mountSrc(`${FIXTURES}mixed.json`);
    const errors = oneEvent(el, 'mt-error');
    const load = (await first) as CustomEvent<LoadDetail>;
    expect(load.detail.events.map((e) => e.id)).to.deep.equal(['ok1', 'ok2']);
    expect(load.detail.skipped.map((e) => e.path)).to.deep.equal(['events[1].start']);
    const { detail } = (await errors) as CustomEvent<ErrorDetail>;
    expect(detail.errors[0].message).to.contain('2023-02-30');
  });
});

describe('<meeting-timeline> inline JSON', () => {
  it('reads a <script type="application/json"> child, and follows edits to it', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    holder.innerHTML = `<meeting-timeline locale="en-US"><script type="application/json">
      {"title": "Inline", "events": [{"id": "i1", "start": "2019-05-01", "title": "Inline one"}]}
    </script></meeting-timeline>`;
    const el = holder.querySelector('meeting-timeline')!;
    await oneEvent(el, 'mt-load');
    await el.updateComplete;
    expect(el.events.map((e) => e.id)).to.deep.equal(['i1']);
    const reloaded = oneEvent(el, 'mt-load');
    el.querySelector('script')!.textContent = '[{"id": "i2", "start": "2019-06-01", "title": "Inline two"}]';
    await reloaded;
    expect(el.events.map((e) => e.id)).to.deep.equal(['i2']);
  });

  it('malformed inline JSON fires mt-error and shows a notice', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.innerHTML = '<script type="application/json">{ "events": [ </script>';
    const failed = oneEvent(el, 'mt-error');
    holder.append(el);
    const { detail } = (await failed) as CustomEvent<ErrorDetail>;
    expect(detail.errors[0].message).to.contain('not valid');
    await el.updateComplete;
    expect($(el, '[part="notice"]')!.textContent).to.contain('skipped');
  });
});

describe('<meeting-timeline> data', () => {
  it('takes the object form with title, description and eras', async () => {
    const el = await mountData({
      title: 'My story',
      description: 'A test',
      eras: [{ start: '2020-01-01', end: '2020-06-30', title: 'First half' }],
      events: [
        { id: 'x', start: '2020-02-01', title: 'X' },
        { id: 'y', start: '2020-09-01', title: 'Y' },
      ],
    });
    expect($(el, '[role="heading"]')!.textContent.trim()).to.equal('My story');
    expect($(el, '.header p')!.textContent).to.equal('A test');
    expect($$(el, '.era rect')).to.have.length(1);
  });

  it('accepts Date objects and ISO strings of every precision', async () => {
    const el = await mountData([
      { id: 'year', start: '2023', title: 'Year' },
      { id: 'month', start: '2023-11', title: 'Month' },
      { id: 'day', start: '2023-11-15', title: 'Day' },
      { id: 'time', start: '2023-11-15T11:00-08:00', title: 'Time' },
      { id: 'date', start: new Date(Date.UTC(2023, 5, 1)), title: 'Date object' },
    ]);
    expect(el.events.map((e) => e.id)).to.deep.equal(['year', 'date', 'month', 'day', 'time']);
    const year = el.events.find((e) => e.id === 'year')!;
    expect(year.start.endMs - year.start.ms).to.equal(365 * 86_400_000);
  });

  it('skips bad items, renders the rest, and shows a polite notice with the reasons', async () => {
    const el = await mountData([
      { id: 'ok', start: '2023-01-01', title: 'Fine' },
      { id: 'impossible', start: '2023-02-30', title: 'Impossible' },
      { id: 'backwards', start: '2023-05-01', end: '2023-04-01', title: 'Backwards' },
      { id: 'untitled', start: '2023-06-01' },
      { id: 'typed', start: 20230101, title: 'Number date' },
      { id: 'ok2', start: '2023-07-01', title: 'Also fine' },
    ]);
    expect(el.events.map((e) => e.id)).to.deep.equal(['ok', 'ok2']);
    expect(el.errors.map((e) => e.path)).to.deep.equal([
      'events[1].start',
      'events[2].end',
      'events[3].title',
      'events[4].start',
    ]);
    const notice = $(el, '[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('4 items were skipped');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).to.have.length(4);
    expect(notice.querySelector('details')).to.exist;
    expect(mark(el, 'ok')).to.exist;
  });

  it('garbage never throws out of the element', async () => {
    const inputs: unknown[] = [
      null,
      42,
      'events',
      true,
      [null],
      [42],
      { events: 'x' },
      [{ start: {}, title: {} }],
      [{ start: '2020', title: 'ok', place: 7, sources: 'x' }],
    ];
    const el = await mountData([]);
    for (const input of inputs) {
      el.data = input as never;
      await el.updateComplete;
    }
    expect(el.events.map((e) => e.title)).to.deep.equal(['ok']);
  });

  it('script in a title is shown as text and never runs', async () => {
    const win = window as unknown as { pwned?: boolean };
    win.pwned = false;
    const payload = '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>';
    const el = await mountData([
      {
        id: 'x',
        start: '2020-01-01',
        title: payload,
        summary: payload,
        sources: [{ href: 'javascript:window.pwned=true', label: 'bad' }],
      },
    ]);
    el.select('x');
    await el.updateComplete;
    await aTimeout(100);
    expect(win.pwned).to.equal(false);
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect($(el, '[part="details"] h3')!.textContent).to.equal(payload);
    expect($$(el, '[part="details"] a')).to.have.length(0);
  });

  it('data takes precedence over src, and fires nothing', async () => {
    const { el } = await mountSrc(`${FIXTURES}events-a.json?delay=300`);
    const seen = await eventsDuring(
      el,
      ['mt-load', 'mt-error'],
      async () => {
        el.data = [{ id: 'd', start: '2020-01-01', title: 'D' }];
        await el.updateComplete;
      },
      600,
    );
    expect(seen).to.deep.equal([]);
    expect(el.events.map((e) => e.id)).to.deep.equal(['d']);
  });
});
