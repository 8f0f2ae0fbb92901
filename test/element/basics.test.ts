// <meeting-timeline>: defaults, the built-in data, rendering and the accessible names of the marks.
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { $, $$, mark, mountBuiltIn, mountData, day, span, OVERLAPPING_ERAS, PRESIDENTS_EVENTS } from '../helpers.js';
import type { TimelineDataInput, TimelineEventInput } from '../../src/types.js';
import { defineMeetingTimeline } from '../../src/define.js';

const LEADER_IDS = [
  'call-2021-02',
  'call-2021-09',
  'virtual-2021-11',
  'video-2022-03',
  'call-2022-07',
  'bali-2022',
  'filoli-2023',
];

/**
 * Mounts `data` at 768 px under `dir`, and finds its era groups by their titles: `box(title, 'rect' | 'text')` is
 * the band's or the name's box.
 */
async function erasAt768(dir: 'ltr' | 'rtl', data: TimelineDataInput) {
  const holder = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width:768px"></div>`);
  const el = document.createElement('meeting-timeline');
  el.locale = 'en-US';
  el.data = data;
  holder.append(el);
  await el.updateComplete;
  await nextFrame();
  const named = new Map($$(el, '.era').map((g) => [g.querySelector('title')!.textContent, g] as const));
  const box = (title: string, part: string) => named.get(title)!.querySelector(part)!.getBoundingClientRect();
  return { el, named, box };
}

describe('<meeting-timeline> with no attributes', () => {
  it('is defined, and a second registration warns instead of throwing', () => {
    expect(customElements.get('meeting-timeline')).to.be.a('function');
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    let registered: boolean;
    try {
      registered = defineMeetingTimeline();
    } finally {
      console.warn = warn;
    }
    expect(registered).to.equal(false);
    expect(warnings).to.have.length(1);
  });

  it('shows the built-in Biden–Xi data with the seven leader interactions', async () => {
    const el = await mountBuiltIn();
    const ids = el.events.map((e) => e.id);
    for (const id of LEADER_IDS) expect(ids).to.include(id);
    expect(ids.length).to.be.greaterThan(LEADER_IDS.length + 10);
    expect($(el, '[role="heading"]')!.textContent).to.contain('Bali');
  });

  it('the title is a heading of level 2, and heading-level changes it', async () => {
    const el = await mountBuiltIn();
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    el.setAttribute('heading-level', '3');
    await el.updateComplete;
    expect($(el, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('events are sorted by start', async () => {
    const el = await mountBuiltIn();
    const starts = el.events.map((e) => e.start.ms);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('opens on Bali to Filoli, with a margin, and the 2021 calls out of view', async () => {
    const el = await mountBuiltIn();
    const { from, to } = el.range;
    expect(from.getTime()).to.be.below(day('2022-11-14'));
    expect(from.getTime()).to.be.above(day('2022-08-01'));
    expect(to.getTime()).to.be.above(day('2023-11-15'));
    expect(to.getTime()).to.be.below(day('2024-02-15'));
    expect(mark(el, 'bali-2022')).to.exist;
    expect(mark(el, 'filoli-2023')).to.exist;
    expect(mark(el, 'call-2021-02')).to.equal(null);
  });

  it('fit() reaches the 2021 calls', async () => {
    const el = await mountBuiltIn();
    el.fit();
    await el.updateComplete;
    expect(mark(el, 'call-2021-02')).to.exist;
    expect(el.range.from.getTime()).to.be.below(day('2021-02-10'));
  });

  it('draws the span the built-in data asks for, and says it in the header', async () => {
    const el = await mountBuiltIn();
    expect($(el, '.header .gap')!.textContent).to.contain('366 days');
    expect($(el, '.span text')!.textContent).to.equal('366 days');
  });

  it('spans are data: a dataset gets one only when it asks, labelled with the days unless it gives a label', async () => {
    const events = [
      { id: 'a', start: '2020-01-01', title: 'First', kind: 'in-person' },
      { id: 'b', start: '2020-01-11', title: 'Second', kind: 'in-person' },
    ];
    const plain = await mountData(events);
    expect($(plain, '.header .gap')).to.equal(null);
    expect($(plain, '.span')).to.equal(null);
    const asked = await mountData({ events, spans: [{ from: 'a', to: 'b', headline: true }] });
    expect($(asked, '.header .gap')!.textContent).to.contain('10 days');
    expect($(asked, '.span text')!.textContent).to.equal('10 days');
    const labelled = await mountData({ events, spans: [{ from: 'b', to: 'a', label: 'ten days apart' }] });
    expect($(labelled, '.header .gap')).to.equal(null);
    expect($(labelled, '.span text')!.textContent).to.equal('ten days apart');
  });

  it('the in-person meetings stand out: a larger mark and a bold label', async () => {
    const el = await mountBuiltIn();
    const bali = mark(el, 'bali-2022')!.querySelector('.mark') as SVGGraphicsElement;
    const visit = $(el, '[part~="event"].k-visit .mark') as unknown as SVGGraphicsElement;
    expect(bali.getBBox().width).to.be.greaterThan(visit.getBBox().width);
    const strong = $$(el, '[part~="label"].strong').map((t) => t.textContent);
    expect(strong.some((t) => t?.includes('Bali'))).to.equal(true);
  });

  it('draws lanes by kind, each with a visible label', async () => {
    const el = await mountBuiltIn();
    const lanes = $$(el, '[part~="lane"]').map((lane) => lane.dataset.lane);
    expect(lanes).to.deep.equal(['in-person', 'video', 'phone', 'visit', 'incident']);
    const labels = $$(el, '.lane-label').map((t) => t.textContent);
    expect(labels).to.deep.equal(['In person', 'Video', 'Phone', 'Visits', 'Incidents']);
  });

  it('each kind has its own mark shape, not only its own colour', async () => {
    const el = await mountBuiltIn();
    el.fit();
    await el.updateComplete;
    const shapes = new Map<string, string>();
    for (const g of $$(el, '[part~="event"]')) {
      const kind = [...g.classList].find((c) => c.startsWith('k-'))!;
      shapes.set(kind, g.querySelector('.mark')!.getAttribute('d')!);
    }
    expect(shapes.size).to.equal(5);
    expect(new Set(shapes.values()).size).to.equal(5);
  });

  it('names every mark by title, date as the reader says it, and place', async () => {
    const el = await mountBuiltIn();
    const bali = mark(el, 'bali-2022')!;
    const name = bali.getAttribute('aria-label')!;
    expect(name).to.contain(el.events.find((e) => e.id === 'bali-2022')!.title);
    expect(name).to.contain('Nov 14, 2022');
    expect(name).to.contain('The Mulia');
    expect(bali.getAttribute('part')).to.equal('event');
    expect(bali.getAttribute('role')).to.equal('button');
  });

  it('has a time axis with tick labels in the reader locale', async () => {
    const el = await mountBuiltIn(1000, 'de-DE');
    const ticks = $$(el, '[part="axis"] .tick text').map((t) => t.textContent);
    expect(ticks.length).to.be.greaterThan(3);
    const months = (locale: string) =>
      Array.from({ length: 12 }, (_, m) =>
        new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2023, m, 1)),
      );
    const de = months('de-DE');
    const en = months('en-US');
    const monthTicks = ticks.filter((t) => !/^\d{4}$/.test(t));
    expect(monthTicks.length).to.be.greaterThan(0);
    for (const tick of monthTicks) expect(de).to.include(tick);
    expect(monthTicks.some((t) => !en.includes(t))).to.equal(true);
  });

  it('draws eras as background bands', async () => {
    const el = await mountBuiltIn();
    el.fit();
    await el.updateComplete;
    expect($$(el, '.era rect').length).to.equal(3);
  });

  it('names each era band, cut to its room when narrow (a third of its name at least, else none), the whole name on hover', async () => {
    const el = await mountBuiltIn(1280);
    const eras = $$(el, '.era');
    // The opening view: the end of the Pelosi era, a strip at the left, then Groundwork for Filoli.
    expect(eras.map((g) => g.querySelector('title')?.textContent)).to.deep.equal([
      'From the Pelosi visit to Bali',
      'Groundwork for Filoli',
    ]);
    const names = eras.map((g) => g.querySelector('text')?.textContent ?? '');
    expect(names[1]).to.equal('Groundwork for Filoli');
    // The strip is about 60 px, cut off by the view's start: its name read "From t…", which told nothing. The
    // band stays, named on hover.
    expect(eras[0].querySelector('rect')!.getBoundingClientRect().width).to.be.within(20, 120);
    expect(names[0]).to.equal('');
    for (const [i, g] of eras.entries()) {
      const text = g.querySelector('text');
      if (!text) continue;
      expect(text.getBoundingClientRect().right, names[i]).to.be.at.most(
        g.querySelector('rect')!.getBoundingClientRect().right,
      );
      expect(names[i].length * 3, names[i]).to.be.above(g.querySelector('title')!.textContent.length);
    }
  });

  it('eras that meet on a day give the day to the later one: one shade, and no name over the later band', async () => {
    // The Pelosi era ends on 14 November 2022, the day Groundwork for Filoli begins.
    const el = await mountBuiltIn(1280);
    const drawn = () =>
      $$(el, '.era').map((g) => ({
        title: g.querySelector('title')!.textContent,
        band: g.querySelector('rect')!.getBoundingClientRect(),
        name: g.querySelector('text')?.getBoundingClientRect(),
      }));
    // Two days about the 14th: the bands meet at its start, and do not overlap (both on the day were a third shade).
    el.zoomTo('2022-11-13T12:00Z', '2022-11-15T12:00Z');
    await el.updateComplete;
    const [pelosi, groundwork] = drawn();
    expect([pelosi.title, groundwork.title]).to.deep.equal(['From the Pelosi visit to Bali', 'Groundwork for Filoli']);
    expect(pelosi.band.right).to.be.closeTo(groundwork.band.left, 1);
    // The 14th alone: the later era's band only, named; the earlier era's name stood at the right, under the later
    // band, as if the Pelosi era came after Bali.
    el.zoomTo('2022-11-14T00:00Z', '2022-11-15T00:00Z');
    await el.updateComplete;
    const eras = drawn();
    expect(eras.filter((e) => e.name).map((e) => e.title)).to.deep.equal(['Groundwork for Filoli']);
    const later = eras.find((e) => e.title === 'Groundwork for Filoli')!.band;
    for (const { title, band } of eras) if (band !== later) expect(band.right, title).to.be.at.most(later.left + 1);
  });

  it('overlapping eras each keep the top of their band, and their name, along their whole extent', async () => {
    const el = await mountData({ events: PRESIDENTS_EVENTS, eras: OVERLAPPING_ERAS }, 1280);
    const bands = $$(el, '.era');
    expect(bands.map((g) => g.querySelector('title')!.textContent)).to.have.members(
      OVERLAPPING_ERAS.map((e) => e.title),
    );
    const boxes = bands.map((g) => ({
      name: g.querySelector('title')!.textContent,
      rect: g.querySelector('rect')!.getBoundingClientRect(),
      text: g.querySelector('text')?.textContent,
    }));
    // Each era is named whole (there is room), on a row of the strip of its own where it overlaps another.
    for (const { name, text } of boxes) expect(text, name).to.equal(name);
    // Painted in order: no band drawn later covers the top row of an earlier one where they overlap. The Bush
    // presidency's band seemed to end in 2003 where the Iraq War's began, and the war's in 2009 under Obama's.
    for (const [i, { name, rect }] of boxes.entries()) {
      for (const later of boxes.slice(i + 1)) {
        const overlap = later.rect.left < rect.right - 1 && later.rect.right > rect.left + 1;
        if (overlap) expect(later.rect.top, `${later.name} over ${name}`).to.be.at.least(rect.top + 16);
      }
    }
    // Three rows of names (the Bush presidency, the Iraq War and the Great Recession overlap), then the lanes.
    const lane = $$(el, '[part="lane"]')[0].getBoundingClientRect();
    expect(lane.top - Math.min(...boxes.map((b) => b.rect.top))).to.equal(52);
    // Eras that follow one another (the built-in data's) share one row, as before.
    const story = await mountBuiltIn(1280);
    const first = $$(story, '[part="lane"]')[0].getBoundingClientRect().top;
    expect(first - $(story, '.era rect')!.getBoundingClientRect().top).to.equal(20);
  });

  it('a reign of six years among the Tudors is named in its band at 1280 px, cut to what fits', async () => {
    const reign = (title: string, start: string, end: string) => ({ title, start, end });
    const el = await mountData(
      {
        events: [
          { id: 'bosworth', start: '1485-08-22', title: 'Battle of Bosworth' },
          { id: 'armada', start: '1588-07-29', title: 'Spanish Armada defeated' },
        ],
        eras: [
          reign('Henry VII', '1485-08-22', '1509-04-21'),
          reign('Henry VIII', '1509-04-21', '1547-01-28'),
          reign('Edward VI', '1547-01-28', '1553-07-06'),
          reign('Mary I', '1553-07-19', '1558-11-17'),
          reign('Elizabeth I', '1558-11-17', '1603-03-24'),
        ],
      },
      1280,
    );
    const eras = $$(el, '.era');
    const names = eras.map((g) => g.querySelector('text')?.textContent ?? '');
    expect(names[0]).to.equal('Henry VII');
    // Edward VI's band is about 64 px: "Edward VI" takes 63 px, so it shows cut ("Edward…"), not blank.
    expect(names[2]).to.match(/^Edwar.*…$/);
    expect(names[3]).to.equal('Mary I');
    for (const [i, g] of eras.entries()) {
      const band = g.querySelector('rect')!.getBoundingClientRect();
      const name = g.querySelector('text')!.getBoundingClientRect();
      expect(name.right, names[i]).to.be.at.most(band.right);
    }
  });

  for (const dir of ['ltr', 'rtl'] as const)
    it(`a short era by the axis' end is named in full, its name ending at its band, clear of the name before (${dir})`, async () => {
      const { el, named, box } = await erasAt768(dir, {
        events: [
          { start: '1992-06', title: 'Unemployment peaks at 7.8%' },
          { start: '2023-01', title: 'Unemployment at 3.4%, lowest since 1969' },
        ],
        eras: [
          { title: 'Early 1990s recession', start: '1990-07', end: '1991-03' },
          { title: 'Great Recession', start: '2007-12', end: '2009-06' },
          { title: 'COVID-19 recession', start: '2020-02', end: '2020-04' },
        ],
      });
      // Two months by the axis' end: the name had three years of strip after it and was cut ("COVID-19 r…").
      expect(named.get('COVID-19 recession')!.querySelector('text')?.textContent).to.equal('COVID-19 recession');
      const [band, name, before] = [
        box('COVID-19 recession', 'rect'),
        box('COVID-19 recession', 'text'),
        box('Great Recession', 'text'),
      ];
      if (dir === 'ltr') {
        expect(name.right).to.be.within(band.left, band.right);
        expect(name.left).to.be.above(before.right + 4);
      } else {
        expect(name.left).to.be.within(band.left, band.right);
        expect(name.right).to.be.below(before.left - 4);
      }
      const chart = el.getBoundingClientRect();
      expect(name.left).to.be.at.least(chart.left);
      expect(name.right).to.be.at.most(chart.right);
    });

  for (const dir of ['ltr', 'rtl'] as const)
    it(`a war of four years over a life's eras is named in full past its narrow band, up to the next era in its row (${dir})`, async () => {
      const era = (title: string, start: string, end: string) => ({ title, start, end });
      const { el, named, box } = await erasAt768(dir, {
        events: [
          { id: 'born', start: '1867-11-07', title: 'Born in Warsaw' },
          { id: 'died', start: '1934-07-04', title: 'Dies at Sancellemoz' },
        ],
        eras: [
          era('Warsaw', '1867', '1891-10'),
          era('Paris', '1891-11', '1934-07-04'),
          // Over Paris, in a row of their own: the war, and the years of the Radium Institute in Warsaw after it.
          era('First World War', '1914-07-28', '1918-11-11'),
          era('Radium Institute of Warsaw', '1925-05-07', '1934-07-04'),
        ],
      });
      // The war's band is about 45 px wide; its name, over 90, stood nowhere.
      const war = box('First World War', 'rect');
      expect(war.width).to.be.below(60);
      expect(named.get('First World War')!.querySelector('text')?.textContent).to.equal('First World War');
      const name = box('First World War', 'text');
      const institute = box('Radium Institute of Warsaw', 'rect');
      expect(institute.top, 'the two share a row').to.equal(war.top);
      // It starts in its band and runs on past its end (right, or left right to left), short of the next era's band.
      if (dir === 'ltr') {
        expect(name.left).to.be.within(war.left, war.left + 6);
        expect(name.right).to.be.above(war.right + 20);
        expect(name.right).to.be.below(institute.left);
      } else {
        expect(name.right).to.be.within(war.right - 6, war.right);
        expect(name.left).to.be.below(war.left - 20);
        expect(name.left).to.be.above(institute.right);
      }
      // The institute's name, with no era after it, runs to the axis' end at most: cut there, inside the element.
      const last = box('Radium Institute of Warsaw', 'text');
      const chart = el.getBoundingClientRect();
      expect(last.width).to.be.above(30);
      expect(last.left).to.be.at.least(chart.left);
      expect(last.right).to.be.at.most(chart.right);
    });
});

describe('<meeting-timeline> rendering', () => {
  it('draws events with an end as bars', async () => {
    const el = await mountData([
      { id: 'long', start: '2020-01-01', end: '2020-03-01', title: 'Long' },
      { id: 'short', start: '2020-02-01', title: 'Short' },
    ]);
    expect(mark(el, 'long')!.querySelector('.bar')).to.exist;
    expect(mark(el, 'short')!.querySelector('.bar')).to.equal(null);
    const bar = mark(el, 'long')!.querySelector('.bar') as SVGGraphicsElement;
    expect(bar.getBBox().width).to.be.greaterThan(100);
  });

  it('a label that starts on its own long bar reads on a faint band of it, the bar in full beyond the label', async () => {
    const el = await mountData([
      { id: 'dynasty', start: '0618-06-18', end: '0907-06-01', title: 'Tang Dynasty in China' },
      { id: 'brief', start: '0700-01-01', end: '0700-03-01', title: 'Brief' },
      { id: 'point', start: '0650-01-01', title: 'A point' },
    ]);
    const dynasty = mark(el, 'dynasty')!;
    const label = dynasty.querySelector('[part~="label"]')!;
    expect(label.classList.contains('on-bar')).to.equal(true);
    const text = label.getBoundingClientRect();
    // Solid bar under the label showed between its words through the halo: under it the bar is faint, no halo.
    const band = dynasty.querySelector('.bar.faint')!;
    expect(Number(getComputedStyle(band).fillOpacity)).to.be.below(0.5);
    expect(getComputedStyle(label).stroke).to.equal('none');
    const solid = [...dynasty.querySelectorAll('.bar:not(.faint)')].map((bar) => bar.getBoundingClientRect());
    expect(solid.length).to.equal(1);
    expect(solid[0].left, 'the solid bar starts past the label').to.be.at.least(text.right);
    // Band and bar run from the mark to the end of 907.
    const whole = band.getBoundingClientRect();
    expect(whole.left).to.be.below(text.left);
    expect(Math.round(solid[0].right)).to.equal(Math.round(whole.right));
    expect(whole.right).to.be.above(text.right + 100);
    // A label beside its mark (no bar under it) is not on a bar, and keeps its halo.
    const plain = mark(el, 'point')!.querySelector('[part~="label"]')!;
    expect(plain.classList.contains('on-bar')).to.equal(false);
    expect(getComputedStyle(plain).stroke).to.not.equal('none');
  });

  it('the selection ring of a mark, small or in-person, stays clear of its label', async () => {
    const el = await mountData([
      { id: 'call', start: '2023-01-10', title: 'A call', kind: 'video' },
      { id: 'summit', start: '2023-06-10', title: 'A summit', kind: 'in-person' },
    ]);
    for (const id of ['call', 'summit']) {
      el.selected = id;
      await el.updateComplete;
      const button = mark(el, id)!;
      const ring = getComputedStyle(button.querySelector('.ring')!);
      expect(ring.stroke, id).to.not.equal('none');
      const [r, half] = [parseFloat(ring.r), parseFloat(ring.strokeWidth) / 2];
      // Round the symbol and its outline (14 or 18 px across, scaled by --mt-mark-size's default of 14: 1)…
      const path = button.querySelector('.mark') as SVGGraphicsElement;
      const symbol = path.getBBox();
      const outline = parseFloat(getComputedStyle(path).strokeWidth) / 2;
      expect(r - half, id).to.be.at.least(Math.max(symbol.width, symbol.height) / 2 + outline);
      // …and its outer edge no further from the mark's centre than where the label starts, on either side.
      const label = button.querySelector('[part~="label"]')!;
      expect(Math.abs(Number(label.getAttribute('x'))), id).to.be.at.least(r + half);
    }
  });

  it('a few dozen events crowded together each get their own mark and label, none overlapping', async () => {
    const events: TimelineEventInput[] = [];
    for (let i = 0; i < 60; i++) {
      events.push({
        id: `e${i}`,
        start: new Date(Date.UTC(2020, 0, 1 + (i % 30), i)),
        title: `A rather long event title ${i}`,
        kind: 'visit',
      });
    }
    const el = await mountData(events, 800);
    const labels = $$(el, '[part~="label"]').map((t) => t.getBoundingClientRect());
    expect(labels.length).to.equal(60);
    expect($$(el, '[part~="count"], [part~="cluster"]')).to.have.length(0);
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i];
        const b = labels[j];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels ${i} and ${j} overlap`).to.equal(false);
      }
    }
  });

  it('a label starts at its mark, or ends at it near the far edge, in the same row', async () => {
    const el = await mountBuiltIn(900);
    el.fit();
    await el.updateComplete;
    for (const mark of $$(el, '[part~="event"]')) {
      const label = mark.querySelector('[part~="label"]');
      if (!label) continue;
      const shape = mark.querySelector('.mark')!.getBoundingClientRect();
      const text = label.getBoundingClientRect();
      const centre = (shape.top + shape.bottom) / 2;
      expect(centre, mark.dataset.id).to.be.within(text.top, text.bottom);
      const gap = Math.min(Math.abs(text.left - shape.right), Math.abs(shape.left - text.right));
      expect(gap, mark.dataset.id).to.be.below(12);
    }
  });

  it('only a lane crowded past what rows can hold folds events into count marks and "+N" badges', async () => {
    const events: TimelineEventInput[] = [];
    for (let i = 0; i < 1000; i++)
      events.push({ id: `e${i}`, start: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000), title: `Event ${i}` });
    const el = await mountData(events, 800);
    // The single marks' own labels (count marks name an event of theirs too, in a label outside any mark).
    const labels = $$(el, '[part~="event"] [part~="label"]');
    const number = (t: Element) => Number(t.textContent.replace(/\D/g, ''));
    const badges = $$(el, '[part~="cluster"] text').map(number);
    const counts = $$(el, '[part~="count"] text').map(number);
    expect(counts.length).to.be.greaterThan(0);
    // Every event is either drawn on its own, behind a "+N" label badge, or inside a count mark.
    const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
    const marks = $$(el, '[part~="event"]').length;
    expect(marks + sum(counts)).to.equal(1000);
    expect(labels.length + sum(badges)).to.equal(marks);
    // The first and the last event are never folded.
    expect(mark(el, 'e0')).to.exist;
    expect(mark(el, 'e999')).to.exist;
  });

  it('a count mark zooms in on its events in steps a reader can follow', async () => {
    const events: TimelineEventInput[] = [];
    for (let i = 0; i < 400; i++)
      events.push({ id: `e${i}`, start: new Date(Date.UTC(2020, 5, 1) + i * 600_000), title: `Crowded ${i}` });
    events.push({ id: 'far', start: '2021-06-01', title: 'Far away' });
    const el = await mountData(events, 800);
    let before = span(el);
    for (let step = 0; step < 6 && $(el, '[part~="count"]'); step++) {
      const count = $(el, '[part~="count"]')!;
      expect(count.getAttribute('aria-label')).to.match(/^\d+ more events/);
      const changed = oneEvent(el, 'mt-rangechange');
      count.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await changed;
      await el.updateComplete;
      const after = span(el);
      expect(after).to.be.below(before * 0.55);
      expect(after).to.be.at.least(before / 4.05);
      before = after;
    }
    expect($$(el, '[part~="label"]').length).to.be.greaterThan(3);
  });

  it('fills its container and redraws on resize (ResizeObserver on the element)', async () => {
    const el = await mountBuiltIn(900);
    expect($(el, 'svg')!.getAttribute('width')).to.equal('900');
    const range = el.range;
    el.parentElement!.style.width = '500px';
    // The observer reports at the next frame; on a busy machine that can be later than a fixed wait.
    await waitUntil(() => $(el, 'svg')?.getAttribute('width') === '500', 'redrawn at 500 px', { timeout: 3000 });
    await el.updateComplete;
    expect($(el, 'svg')!.getAttribute('width')).to.equal('500');
    // The reader keeps the same span after a resize.
    expect(Math.abs(el.range.from.getTime() - range.from.getTime())).to.be.below(86_400_000);
    expect(Math.abs(el.range.to.getTime() - range.to.getTime())).to.be.below(86_400_000);
  });

  it('groups make the lanes when the data has them', async () => {
    const el = await mountData([
      { id: 'a', start: '2020-01-01', title: 'A', group: 'Washington' },
      { id: 'b', start: '2020-02-01', title: 'B', group: 'Beijing' },
      { id: 'c', start: '2020-03-01', title: 'C', group: 'Washington' },
    ]);
    expect($$(el, '.lane-label').map((t) => t.textContent)).to.deep.equal(['Washington', 'Beijing']);
  });

  it('lanes of groups, and of kinds beyond the built-in ones, come as the data first names them', async () => {
    // Written group by group, Beijing's rows after Washington's, though Beijing's first event is the earlier.
    const el = await mountData([
      { id: 'a', start: '2020-03-01', title: 'A', group: 'Washington' },
      { id: 'b', start: '2020-04-01', title: 'B', group: 'Washington' },
      { id: 'c', start: '2020-01-01', title: 'C', group: 'Beijing' },
    ]);
    expect($$(el, '.lane-label').map((t) => t.textContent)).to.deep.equal(['Washington', 'Beijing']);
    // Kinds: the lanes and the legend in one order, the built-in kinds first.
    el.data = [
      { id: 'a', start: '2020-03-01', title: 'A', kind: 'summit' },
      { id: 'b', start: '2020-01-01', title: 'B', kind: 'call' },
      { id: 'c', start: '2020-02-01', title: 'C', kind: 'phone' },
    ];
    await el.updateComplete;
    expect($$(el, '.lane-label').map((t) => t.textContent)).to.deep.equal(['Phone', 'summit', 'call']);
    expect($$(el, '[part="legend"] li').map((li) => li.textContent.trim())).to.deep.equal(['Phone', 'summit', 'call']);
  });

  it('data given to the hour within a day opens on its own hours; a lone date on two days', async () => {
    // A conference's day, 9 AM to 7 PM: the opening view was two days, the sessions a third of the width.
    const el = await mountData(
      [
        { id: 'a', start: '2026-06-12T09:00', end: '2026-06-12T09:30', title: 'Opening keynote' },
        { id: 'b', start: '2026-06-12T13:00', end: '2026-06-12T14:30', title: 'Workshop' },
        { id: 'c', start: '2026-06-12T17:00', end: '2026-06-12T19:00', title: 'Drinks' },
      ],
      1280,
    );
    const hours = (el.range.to.getTime() - el.range.from.getTime()) / 3_600_000;
    expect(hours).to.be.within(10, 12);
    expect(el.range.from.getTime()).to.be.at.most(Date.UTC(2026, 5, 12, 9));
    expect(el.range.to.getTime()).to.be.at.least(Date.UTC(2026, 5, 12, 19));
    el.data = [{ id: 'd', start: '2026-06-12', title: 'A date' }];
    await el.updateComplete;
    expect(el.range.to.getTime() - el.range.from.getTime()).to.equal(2 * 86_400_000);
  });

  it('a lane of events with no kind is named as the legend names it, and a lone one not at all', async () => {
    const el = await mountData([
      { id: 'a', start: '2020-01-01', title: 'A call', kind: 'phone' },
      { id: 'b', start: '2020-02-01', title: 'No kind' },
    ]);
    // The lane said "event", the legend "Other".
    expect($$(el, '.lane-label').map((t) => t.textContent)).to.deep.equal(['Phone', 'Other']);
    expect($$(el, '[part="legend"] li').map((li) => li.textContent.trim())).to.deep.equal(['Phone', 'Other']);
    el.data = [{ id: 'b', start: '2020-02-01', title: 'No kind' }];
    await el.updateComplete;
    expect($$(el, '.lane-label').map((t) => t.textContent)).to.deep.equal(['']);
  });

  it('view-start and view-end set the first view', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.setAttribute('view-start', '2020-03-01');
    el.setAttribute('view-end', '2020-04-01');
    el.data = [
      { id: 'a', start: '2020-01-01', title: 'A' },
      { id: 'b', start: '2020-12-01', title: 'B' },
    ];
    holder.append(el);
    await el.updateComplete;
    expect(el.range.from.getTime()).to.be.within(day('2020-02-20'), day('2020-03-01'));
    expect(el.range.to.getTime()).to.be.within(day('2020-04-01'), day('2020-04-10'));
  });
});
