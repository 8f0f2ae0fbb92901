// <meeting-timeline> reading outside formats (TimelineJS JSON, CSV) as they are, and staying safe with
// hostile text in every field of every format.
import { expect, fixture, html, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { csvFormat } from 'd3-dsv';
import { $, $$, mark, mountData, tickLines, type MeetingTimeline } from '../helpers.js';
import type { LoadDetail } from '../../src/meeting-timeline.js';

const FIXTURES = new URL('../fixtures/timelinejs/', import.meta.url).href;

async function load(src: string, format?: string, width = 900): Promise<{ el: MeetingTimeline; detail: LoadDetail }> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('meeting-timeline');
  el.locale = 'en-US';
  if (format) el.setAttribute('format', format);
  el.src = src;
  const loaded = oneEvent(el, 'mt-load');
  holder.append(el);
  const { detail } = (await loaded) as CustomEvent<LoadDetail>;
  await el.updateComplete;
  return { el, detail };
}

async function fixtureJSON(name: string): Promise<{ events: unknown[]; title?: { text?: { headline?: string } } }> {
  return (await (await fetch(FIXTURES + name)).json()) as Awaited<ReturnType<typeof fixtureJSON>>;
}

/** TimelineJS's own JSON samples and tests (the cosmological one has its own test). */
const TIMELINEJS_JSON = [
  'welcome.json',
  'eras.json',
  'groups_test_2.json',
  'marktwain.json',
  'seventh_century.json',
  'years.json',
];

describe('<meeting-timeline> TimelineJS and CSV', () => {
  for (const name of TIMELINEJS_JSON) {
    it(`src="${name}" (TimelineJS) shows every event`, async () => {
      const file = await fixtureJSON(name);
      const { el, detail } = await load(FIXTURES + name);
      expect(detail.events.length).to.equal(file.events.length);
      expect(el.events.length).to.equal(file.events.length);
      if (file.title?.text?.headline) expect(el.dataTitle).to.be.a('string').and.not.equal('');
    });
  }

  it('src="cosmological.json" shows all six events, from the Big Bang to Now, each named in words', async () => {
    const { el, detail } = await load(FIXTURES + 'cosmological.json');
    expect(detail.events.length).to.equal(6);
    expect(el.events.map((e) => e.title)).to.deep.equal([
      'The Big Bang',
      'Matter domination',
      'Recombination',
      'Reionization',
      'Formation of the Solar System',
      '“Today”',
    ]);
    expect($(el, '[part="notice"]')?.textContent ?? '').not.to.contain('skipped');
    // Every event is in the list view's text and in a mark's accessible name.
    const names = el.events.map((e) => mark(el, e.id)?.getAttribute('aria-label') ?? '');
    const shown = names.filter(Boolean);
    expect(shown.length).to.be.greaterThan(2);
    expect(names[0] || names.find((n) => n.includes('Big Bang'))).to.contain('13.8 billion years ago');
    // The axis counts years from now, not calendar dates.
    const ticks = $$(el, '.tick text').map((t) => t.textContent);
    expect(ticks.length).to.be.greaterThan(2);
    expect(ticks.some((t) => /B years ago/.test(t ?? ''))).to.equal(true);
  });

  it('src="cosmological.json" down a phone: the narrow axis says each tick in words, on two lines, and the present "now"', async () => {
    const { el } = await load(FIXTURES + 'cosmological.json', undefined, 360);
    expect(el.layout).to.equal('vertical');
    const ticks = () => tickLines(el);
    await waitUntil(() => ticks().length > 2, 'the vertical axis drawn');
    // "14B years ago" is wider than the 64 px gutter: the count over the words, the same words down the axis (it
    // said "14 Ga", geologists' units).
    const lines = ticks();
    expect(lines.map((t) => t.join(' ')).join(' | ')).not.to.contain('Ga');
    const counted = lines.filter((t) => t.length === 2);
    expect(counted.length, JSON.stringify(lines)).to.be.greaterThan(1);
    for (const [count, words] of counted) {
      expect(count).to.match(/^\d+(\.\d+)?B$/);
      expect(words).to.equal('years ago');
    }
    expect(lines).to.deep.include(['now']);
    // Whole inside the element, each clear of the next.
    const box = el.getBoundingClientRect();
    const boxes = $$(el, '[part="axis"] .tick text').map((t) => t.getBoundingClientRect());
    for (const [i, b] of boxes.entries()) {
      expect(b.left).to.be.at.least(box.left - 0.5);
      if (i) expect(b.top).to.be.at.least(boxes[i - 1].bottom);
    }
  });

  it('src="cosmological.json" down a phone in Spanish: words two lines cannot hold keep the axis in Ga, the present "ahora"', async () => {
    const { el } = await load(FIXTURES + 'cosmological.json', undefined, 360);
    el.locale = 'es';
    const ticks = () => $$(el, '[part="axis"] .tick text').map((t) => t.textContent ?? '');
    // "hace 14 mil M años": "hace 14 mil M" alone is wider than the gutter. No tick mixes units with words.
    await waitUntil(() => ticks().some((t) => t.endsWith('Ga')), 'the axis redrawn in Spanish');
    expect(ticks().filter((t) => /^\d+(,\d+)?\u00a0Ga$/.test(t)).length).to.be.greaterThan(1);
    expect(ticks().join(' | ')).not.to.contain('hace');
    expect(ticks()).to.include('ahora');
    expect(ticks()).not.to.include('0');
  });

  it('every file’s axis labels, at tablet and desktop width, are whole and clear of one another', async () => {
    // The cosmological file drew "14B years ago", moved in from the axis's start, over "13B years ago".
    for (const name of ['cosmological.json', ...TIMELINEJS_JSON, 'women_in_computing.csv'])
      for (const width of [768, 1280]) {
        const { el } = await load(FIXTURES + name, undefined, width);
        const svg = $(el, 'svg')!.getBoundingClientRect();
        const labels = $$(el, '[part="axis"] .tick text').map((t) => t.getBoundingClientRect());
        expect(labels.length, `${name} at ${width} px: tick labels`).to.be.above(2);
        const where = `${name} at ${width} px`;
        for (const [i, a] of labels.entries()) {
          expect(a.left, where).to.be.at.least(svg.left - 0.5);
          expect(a.right, where).to.be.at.most(svg.right + 0.5);
          for (const b of labels.slice(i + 1))
            expect(a.right <= b.left || b.right <= a.left, `${where}: two tick labels overlap`).to.equal(true);
        }
      }
  });

  it('src="….csv" reads the TimelineJS spreadsheet template, one row an event', async () => {
    const { el } = await load(FIXTURES + 'women_in_computing.csv');
    expect(el.dataTitle).to.equal('Women in Computing');
    expect(el.events.length).to.be.greaterThan(8);
    expect(el.events.some((e) => e.title === 'Ada Lovelace')).to.equal(true);
  });

  it('format="csv" reads our own simple CSV from any URL', async () => {
    const csv = csvFormat([
      { start: '2020-01-01', end: '', title: 'One', summary: 'First', kind: 'visit', group: '', place: 'Paris' },
      { start: '2020-02-01', end: '2020-02-03', title: 'Two', summary: '', kind: 'phone', group: '', place: '' },
    ]);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/plain' }));
    const { el } = await load(url, 'csv');
    expect(el.events.map((e) => e.title)).to.deep.equal(['One', 'Two']);
    expect(el.events[0].place?.name).to.equal('Paris');
  });

  it('TimelineJS JSON given to data is read too, and updateComplete waits for it', async () => {
    const file = await fixtureJSON('welcome.json');
    const el = await mountData(file);
    expect(el.events.length).to.equal(file.events.length);
  });

  it('the details panel shows sanitised rich text and media from a TimelineJS slide', async () => {
    const el = await mountData({
      events: [
        {
          unique_id: 'slide',
          start_date: { year: 2020, month: 5, day: 1 },
          text: { headline: 'Rich', text: '<p>Hello <em>there</em> <a href="https://example.org/">link</a></p>' },
          media: { url: 'https://example.org/picture.png', caption: 'A picture', credit: 'Someone', alt: 'Alt text' },
        },
      ],
    });
    el.select('slide');
    await el.updateComplete;
    const details = $(el, '[part="details"]')!;
    expect(details.querySelector('.rich em')!.textContent).to.equal('there');
    const link = details.querySelector<HTMLAnchorElement>('.rich a')!;
    expect(link.rel).to.contain('noopener');
    const img = details.querySelector<HTMLImageElement>('[part="media"] img')!;
    expect(img.getAttribute('src')).to.equal('https://example.org/picture.png');
    expect(img.alt).to.equal('Alt text');
    expect(details.querySelector('figcaption')!.textContent).to.contain('Someone');
  });
});

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<svg><script>window.__pwned = 3</script></svg>',
  '<svg onload="window.__pwned = 4"></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = 5">',
  '<a href="javascript:window.__pwned = 6">click</a>',
  '<a href="jav&#x61;script:window.__pwned = 7">click</a>',
  '<iframe src="javascript:window.__pwned = 8"></iframe>',
  '<details open ontoggle="window.__pwned = 9">',
  '{{constructor.constructor("window.__pwned = 10")()}}',
  '${window.__pwned = 11}',
];
const BAD_URLS = [
  'javascript:window.__pwned = 12',
  'data:text/html,<script>window.__pwned = 13</script>',
  ' JaVaScRiPt:window.__pwned = 14',
];

/** Clicks every mark and opens every event's details, then every link and button in the panel. */
async function clickEverything(el: MeetingTimeline): Promise<void> {
  for (const event of el.events) {
    el.select(event.id);
    await el.updateComplete;
    for (const target of $$(el, '[part="details"] a, [part="details"] img, [part="details"] summary')) {
      target.addEventListener('click', (e) => e.preventDefault(), { once: true });
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    }
  }
  el.fit();
  await el.updateComplete;
  for (const m of $$(el, '[part~="event"]'))
    m.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await el.updateComplete;
  await aTimeout(50);
}

function expectNothingRan(el: MeetingTimeline): void {
  expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  expect(el.shadowRoot!.querySelector('script, iframe, svg svg, math, [onerror], [onload], [ontoggle]')).to.equal(null);
  for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.protocol).to.match(/^(https?|mailto):$/);
}

describe('<meeting-timeline> hostile text', () => {
  afterEach(() => delete (window as unknown as { __pwned?: number }).__pwned);

  it('our JSON: payloads in every text field and link never run', async () => {
    const events = PAYLOADS.map((payload, i) => ({
      id: `x${i}`,
      start: `2020-01-${String(i + 1).padStart(2, '0')}`,
      title: payload,
      summary: payload,
      html: payload,
      kind: payload,
      group: i % 2 ? payload : undefined,
      place: { name: payload, city: payload, country: payload },
      participants: [payload],
      outcomes: [payload],
      sources: [
        { href: BAD_URLS[i % BAD_URLS.length], label: payload },
        { href: 'https://example.org/', label: payload },
      ],
      media: {
        url: BAD_URLS[i % BAD_URLS.length],
        caption: payload,
        credit: payload,
        alt: payload,
        link: BAD_URLS[(i + 1) % BAD_URLS.length],
      },
    }));
    const el = await mountData({
      title: PAYLOADS[0],
      description: PAYLOADS[1],
      events,
      eras: [{ start: '2020-01-01', end: '2020-01-05', title: PAYLOADS[2] }],
    });
    expect(el.events.length).to.equal(PAYLOADS.length);
    await clickEverything(el);
    expectNothingRan(el);
  });

  it('TimelineJS JSON: payloads in headlines, text, media and eras never run', async () => {
    const events = PAYLOADS.map((payload, i) => ({
      unique_id: `t${i}`,
      start_date: { year: 2020, month: 1, day: i + 1, display_date: payload },
      text: { headline: payload, text: `<p>${payload}</p>` },
      media: {
        url: BAD_URLS[i % BAD_URLS.length],
        caption: payload,
        credit: payload,
        thumbnail: BAD_URLS[0],
        alt: payload,
      },
      group: payload,
    }));
    const el = await mountData({
      title: { text: { headline: PAYLOADS[3], text: PAYLOADS[4] } },
      events,
      eras: [{ start_date: { year: 2020 }, end_date: { year: 2021 }, text: { headline: PAYLOADS[5] } }],
    });
    expect(el.events.length).to.equal(PAYLOADS.length);
    await clickEverything(el);
    expectNothingRan(el);
  });

  it('CSV: payloads in every column never run', async () => {
    const rows = PAYLOADS.map((payload, i) => ({
      Year: '2020',
      Month: '1',
      Day: String(i + 1),
      Time: '',
      'End Year': '',
      'End Month': '',
      'End Day': '',
      'End Time': '',
      'Display Date': payload,
      Headline: payload,
      Text: payload,
      Media: BAD_URLS[i % BAD_URLS.length],
      'Media Credit': payload,
      'Media Caption': payload,
      'Media Thumbnail': BAD_URLS[0],
      'Alt Text': payload,
      Type: '',
      Group: payload,
      Background: payload,
    }));
    const url = URL.createObjectURL(new Blob([csvFormat(rows)], { type: 'text/csv' }));
    const holder = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.src = url;
    const loaded = oneEvent(el, 'mt-load');
    holder.append(el);
    await loaded;
    expect(el.events.length).to.equal(PAYLOADS.length);
    await clickEverything(el);
    expectNothingRan(el);
    expect(mark(el, el.events[0].id)).to.exist;
  });
});
