// <meeting-timeline> against odd input and odd use (issue #13): malformed URL hashes, names that live on
// Object.prototype, one load event a load, export of an element never attached, values dropped with a
// word, attributes the wrong way round, direction controls in titles, CSV given as `data`, a huge inline script.
import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { $, $$, mark, mountData, eventsDuring, type MeetingTimeline } from '../helpers.js';
import type { ErrorDetail, LoadDetail } from '../../src/meeting-timeline.js';

const ALL = ['mt-select', 'mt-rangechange', 'mt-load', 'mt-error'];

describe('<meeting-timeline> and the URL hash', () => {
  const original = location.href;
  afterEach(() => history.replaceState(null, '', original));

  for (const hash of ['#%', '#%E0%A4%A', '#%zz', '#no-such-event']) {
    it(`with history, a hash that names no event or cannot be decoded (${hash}) is ignored: the data load and say so`, async () => {
      history.replaceState(null, '', hash);
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
      const onError = (e: ErrorEvent) => rejections.push(e.error);
      window.addEventListener('unhandledrejection', onRejection);
      window.addEventListener('error', onError);
      try {
        const holder = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
        const el = document.createElement('meeting-timeline');
        el.history = true;
        const loaded = oneEvent(el, 'mt-load');
        holder.append(el);
        await loaded;
        await el.updateComplete;
        expect(el.events.length).to.be.greaterThan(20);
        expect(el.selected).to.equal(null);
        // A later bad hash is ignored too.
        location.hash = '%';
        await aTimeout(50);
        expect(el.selected).to.equal(null);
        expect(rejections).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
        window.removeEventListener('error', onError);
      }
    });
  }
});

describe('<meeting-timeline> and names that live on Object.prototype', () => {
  it('a kind such as constructor or toString draws like any other unknown kind', async () => {
    const el = await mountData([
      { id: 'a', start: '2020-01-01', title: 'A', kind: 'constructor' },
      { id: 'b', start: '2020-02-01', title: 'B', kind: 'toString' },
      { id: 'c', start: '2020-03-01', title: 'C', kind: '__proto__' },
    ]);
    for (const id of ['a', 'b', 'c']) {
      const path = mark(el, id)!.querySelector('.mark')!.getAttribute('d')!;
      expect(path, id).to.match(/^M[-\d.,]+.*Z$/);
      expect((mark(el, id)!.querySelector('.mark') as SVGGraphicsElement).getBBox().width, id).to.be.above(8);
    }
    expect($$(el, '.lane-label').map((t) => t.textContent)).to.deep.equal(['constructor', 'toString', '__proto__']);
  });

  it('a group such as hasOwnProperty or __proto__ is a lane named as written', async () => {
    const el = await mountData([
      { id: 'a', start: '2020-01-01', title: 'A', group: 'hasOwnProperty' },
      { id: 'b', start: '2020-02-01', title: 'B', group: '__proto__' },
      { id: 'c', start: '2020-03-01', title: 'C', group: 'valueOf' },
    ]);
    expect($$(el, '.lane-label').map((t) => t.textContent)).to.deep.equal(['hasOwnProperty', '__proto__', 'valueOf']);
  });
});

describe('<meeting-timeline> load events', () => {
  it('an inline TimelineJS script with a format attribute fires one mt-load', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    holder.innerHTML = `<meeting-timeline format="timelinejs"><script type="application/json">
      {"events": [{"start_date": {"year": "2020"}, "text": {"headline": "A"}}, {"start_date": {"year": "2021"}}]}
    </script></meeting-timeline>`;
    const el = holder.firstElementChild as MeetingTimeline;
    const seen = await eventsDuring(el, ALL, () => el.updateComplete, 600);
    // One load, one mt-load (and one mt-error for the slide it had to title itself).
    expect(seen.filter((name) => name === 'mt-load')).to.have.length(1);
    expect(seen.filter((name) => name === 'mt-error').length).to.be.at.most(1);
    expect(el.events).to.have.length(2);
  });

  it('the built-in data with a format attribute fires one mt-load', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    holder.innerHTML = '<meeting-timeline format="json"></meeting-timeline>';
    const el = holder.firstElementChild as MeetingTimeline;
    const seen = await eventsDuring(el, ALL, () => el.updateComplete, 600);
    expect(seen).to.deep.equal(['mt-load']);
  });
});

describe('<meeting-timeline> export when never attached', () => {
  it('toSVG() and toPNG() of a detached element reject at once with a clear message', async () => {
    const el = document.createElement('meeting-timeline');
    el.data = [{ start: '2020-01-01', title: 'A' }];
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timed out'), 1000));
    for (const call of [() => el.toSVG(), () => el.toPNG()]) {
      const outcome = await Promise.race([
        call().then(
          () => 'resolved',
          (e: Error) => e.message,
        ),
        timeout,
      ]);
      expect(outcome).to.contain('not in a document');
    }
  });
});

describe('<meeting-timeline> values dropped from kept items', () => {
  const input = {
    events: [
      {
        id: 'a',
        start: '2020-01-01',
        title: 'A',
        sources: [{ href: 'javascript:alert(1)', label: 'bad' }],
        participants: [null, 1, 'Ann'],
        timeZone: 'Mars/Olympus_Mons',
        media: { url: 'javascript:alert(2)' },
      },
    ],
  };

  it('are listed in `warnings`, counted in the notice, and named in mt-load and mt-error', async () => {
    const el = document.createElement('meeting-timeline');
    const holder = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    holder.innerHTML = `<meeting-timeline><script type="application/json">${JSON.stringify(input)}</script></meeting-timeline>`;
    const timeline = holder.firstElementChild as MeetingTimeline;
    const load = oneEvent(timeline, 'mt-load');
    const error = oneEvent(timeline, 'mt-error');
    const loaded = ((await load) as CustomEvent<LoadDetail>).detail;
    const failed = ((await error) as CustomEvent<ErrorDetail>).detail;
    await timeline.updateComplete;
    const paths = timeline.warnings.map((w) => w.path);
    expect(paths).to.include.members([
      'events[0].sources[0].href',
      'events[0].participants[0]',
      'events[0].participants[1]',
      'events[0].timeZone',
      'events[0].media.url',
    ]);
    expect(timeline.errors).to.deep.equal([]);
    expect(loaded.warnings).to.deep.equal(timeline.warnings);
    expect(failed.errors).to.deep.equal([]);
    expect(failed.warnings).to.deep.equal(timeline.warnings);
    const notice = $(timeline, '[part="notice"]')!;
    expect(notice.textContent).to.contain(`${timeline.warnings.length} values were ignored.`);
    expect(notice.querySelectorAll('li')).to.have.length(timeline.warnings.length);
    el.remove();
  });

  it('a TimelineJS file reports what its adapter drops the same way', async () => {
    const el = await mountData(
      {
        events: [{ start_date: { year: '2020' }, text: { headline: 'A' }, media: { url: 'javascript:alert(1)' } }],
      },
      900,
    );
    await el.updateComplete;
    expect(el.warnings.map((w) => w.path)).to.include('events[0].media.url');
  });
});

describe('<meeting-timeline> small ones', () => {
  it('a reversed view-start and view-end are read the right way round, with a warning', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.setAttribute('view-start', '2020-04-01');
    el.setAttribute('view-end', '2020-03-01');
    el.data = [
      { id: 'a', start: '2020-01-01', title: 'A' },
      { id: 'b', start: '2020-12-01', title: 'B' },
    ];
    holder.append(el);
    await el.updateComplete;
    const { from, to } = el.range;
    expect(from.getTime()).to.be.below(Date.UTC(2020, 2, 1));
    expect(to.getTime()).to.be.above(Date.UTC(2020, 3, 1));
    expect(to.getTime() - from.getTime()).to.be.below(60 * 86_400_000);
    expect(el.warnings.map((w) => w.path)).to.deep.equal(['view-end']);
  });

  it('150,000 eras, most of them overlapping, draw with a strip of at most eight rows of names', async () => {
    // Their rows' count was Math.max(...rows): a spread of more than about 125,000 values overflows Chromium's stack.
    const eras = Array.from({ length: 150_000 }, (_, i) => ({
      title: `Era ${i}`,
      start: `${1000 + (i % 900)}-01-01`,
      end: '2000-01-01',
    }));
    const el = await mountData(
      {
        events: [{ id: 'a', start: '2020-01-01', title: 'A' }],
        eras,
        view: { start: '2010-01-01', end: '2030-01-01' },
      },
      800,
    );
    expect(el.events).to.have.length(1);
    const lane = $$(el, '[part="lane"]')[0].getBoundingClientRect();
    expect(lane.top - $(el, 'svg[part="chart"]')!.getBoundingClientRect().top).to.equal(4 + 16 * 8);
  });

  it('a title of zero-width characters only is blank: the item is skipped', async () => {
    const el = await mountData([
      { id: 'a', start: '2020-01-01', title: '\u200b\u200c\u200d\u2060\ufeff' },
      { id: 'b', start: '2020-02-01', title: 'B' },
    ]);
    expect(el.events.map((e) => e.id)).to.deep.equal(['b']);
    expect(el.errors.map((e) => e.path)).to.deep.equal(['events[0].title']);
  });

  it('direction controls in a title stay inside it: the accessible name isolates the data’s text', async () => {
    const el = await mountData([{ id: 'a', start: '2020-01-01', title: 'Talks \u202e reversed', place: 'Bali' }]);
    const name = mark(el, 'a')!.getAttribute('aria-label')!;
    expect(name).to.equal('\u2068Talks \u202e reversed\u2069, Jan 1, 2020, \u2068Bali\u2069');
    el.listView = true;
    await el.updateComplete;
    expect($(el, '[part="list"] bdi')!.textContent).to.equal('Talks \u202e reversed');
  });

  it('a year -000000 is not a year', async () => {
    const el = await mountData([{ id: 'a', start: '-000000', title: 'Zero' }]);
    expect(el.events).to.have.length(0);
    expect(el.errors.map((e) => e.path)).to.deep.equal(['events[0].start']);
  });

  it('a CSV string given as data with format="csv" is parsed', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.format = 'csv';
    el.data = 'Year,Month,Day,Headline\n2020,1,2,From a sheet\n2021,3,4,Another row\n' as unknown as [];
    holder.append(el);
    await el.updateComplete;
    expect(el.events.map((e) => e.title)).to.deep.equal(['From a sheet', 'Another row']);
  });

  it('a 200,000-event inline script is read like a file: attaching returns at once and the page keeps running', async () => {
    const events = Array.from({ length: 200_000 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString(),
      title: `Event ${i}`,
    }));
    const holder = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('meeting-timeline');
    const script = Object.assign(document.createElement('script'), { type: 'application/json' });
    script.textContent = JSON.stringify(events);
    el.append(script);
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setTimeout(tick);
    };
    setTimeout(tick);
    const loaded = oneEvent(el, 'mt-load');
    // Parsing 14 MB of JSON takes a task of its own, not the one that attached the element (checked by
    // watching JSON.parse, not a clock: this machine's timings vary too much to assert).
    const parse = JSON.parse;
    let parsedWhileAttaching = false;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => {
      parsedWhileAttaching = true;
      return parse(...args) as unknown;
    };
    try {
      holder.append(el);
    } finally {
      JSON.parse = parse;
    }
    expect(parsedWhileAttaching).to.equal(false);
    await loaded;
    ticking = false;
    expect(el.events.length).to.equal(200_000);
    expect(ticks).to.be.at.least(10);
  });
});
