// <meeting-timeline> in narrow containers: orientation="auto" turns vertical below the breakpoint (time
// runs down), `horizontal` / `vertical` force a layout, and at 360 px nothing overflows and labels stay readable.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { violations } from '../axe.js';
import { $, $$, mark, mountBuiltIn, mountData, span, OVERLAPPING_ERAS, PRESIDENTS_EVENTS } from '../helpers.js';
import type { MeetingTimeline } from '../helpers.js';
import { MIN_BAR } from '../../src/layout/frame.js';

/** A built-in timeline with attributes, in a container of this width. */
async function mountWith(width: number, attributes: Record<string, string> = {}, style = ''): Promise<MeetingTimeline> {
  const holder = await fixture<HTMLDivElement>(html`<div style="width:${width}px;${style}"></div>`);
  const el = document.createElement('meeting-timeline');
  el.locale = 'en-US';
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const loaded = oneEvent(el, 'mt-load');
  holder.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

function box(target: Element): DOMRect {
  return target.getBoundingClientRect();
}

/** The vertical axis's labels (the break's dots left out), and what they say. */
function axisLabels(el: MeetingTimeline): { labels: HTMLElement[]; said: string[] } {
  const labels = $$(el, '[part="axis"] text').filter((t) => !t.classList.contains('break-dots'));
  return { labels, said: labels.map((t) => t.textContent.trim()) };
}

/** Asserts that the axis says `text` below its (first) break, beside the mark of `id`, no lower than that mark. */
function expectSaidBelowBreak(el: MeetingTimeline, text: string, id: string): void {
  const { labels, said } = axisLabels(el);
  const label = labels.find((t) => t.textContent.trim() === text);
  expect(label, said.join(' | ')).to.not.equal(undefined);
  const at = box(label!);
  const gap = box($(el, '.axis-break')!);
  expect(at.top).to.be.above((gap.top + gap.bottom) / 2);
  expect(at.bottom).to.be.at.most(box(mark(el, id)!).bottom + 2);
}

/** Asserts that each of `parts` (a mark's bar, faded span or dashed stub) is clear of every other event's symbol. */
function expectClearOfOtherMarks(el: MeetingTimeline, parts: readonly Element[]): void {
  expect(parts.length).to.be.above(0);
  for (const part of parts) {
    const own = part.closest('[part~="event"]')!.getAttribute('data-id');
    const b = box(part);
    for (const e of el.events.filter((e) => e.id !== own)) {
      const symbol = box(mark(el, e.id)!.querySelector('.mark')!);
      const apart =
        b.bottom <= symbol.top || b.top >= symbol.bottom || b.right <= symbol.left || b.left >= symbol.right;
      expect(apart, `${own}'s ${part.getAttribute('class')} and ${e.id}'s mark`).to.equal(true);
    }
  }
}

/** The band of the era an era's name (drawn over every band, apart from it) names. */
function bandOf(el: MeetingTimeline, name: Element): Element {
  const title = name.closest('.era-label')!.querySelector('title')!.textContent;
  return $$(el, '.era')
    .find((g) => g.querySelector('title')!.textContent === title)!
    .querySelector('rect')!;
}

describe('<meeting-timeline> orientation', () => {
  it('auto (the default) is horizontal when wide and vertical below 600 px', async () => {
    const wide = await mountBuiltIn(1000);
    expect(wide.orientation).to.equal('auto');
    expect(wide.layout).to.equal('horizontal');
    const narrow = await mountBuiltIn(360);
    expect(narrow.layout).to.equal('vertical');
    expect($(narrow, '.frame')!.classList.contains('vertical')).to.be.true;
  });

  it('in the vertical layout time runs down', async () => {
    const el = await mountBuiltIn(360);
    el.zoomTo('2022-11-01', '2023-10-01');
    await el.updateComplete;
    // Every drawn mark sits below the ones before it in time, in one column.
    const drawn = el.events.map((e) => mark(el, e.id)).filter((m): m is SVGGElement => m !== null);
    // The year holds 18 built-in events, so some are folded into count marks; at least five marks show.
    expect(drawn.length + $$(el, '[part="count"]').length).to.be.at.least(5);
    expect(drawn.length).to.be.at.least(4);
    const boxes = drawn.map(box);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].top).to.be.at.least(boxes[i - 1].top);
      expect(Math.abs(boxes[i].left - boxes[0].left)).to.be.below(2);
    }
    expect(boxes[boxes.length - 1].top).to.be.above(boxes[0].top + 200);
    // The axis runs down the leading side.
    const axis = box($(el, '[part="axis"]')!);
    expect(axis.height).to.be.above(axis.width);
  });

  it('horizontal and vertical force a layout at any width', async () => {
    const narrow = await mountWith(360, { orientation: 'horizontal' });
    expect(narrow.layout).to.equal('horizontal');
    const wide = await mountWith(1000, { orientation: 'vertical' });
    expect(wide.layout).to.equal('vertical');
    // Switching keeps the view.
    wide.zoomTo('2023-01-01', '2023-07-01');
    await wide.updateComplete;
    const before = wide.range;
    wide.orientation = 'horizontal';
    await wide.updateComplete;
    expect(wide.layout).to.equal('horizontal');
    expect(Math.abs(wide.range.from.getTime() - before.from.getTime())).to.be.below(3_600_000);
    expect(Math.abs(wide.range.to.getTime() - before.to.getTime())).to.be.below(3_600_000);
  });

  it('the breakpoint is settable by attribute or by --mt-breakpoint', async () => {
    expect((await mountWith(500, { breakpoint: '400' })).layout).to.equal('horizontal');
    expect((await mountWith(700, {}, '--mt-breakpoint: 800px')).layout).to.equal('vertical');
    expect((await mountWith(700)).layout).to.equal('horizontal');
  });

  it('follows the container: widening a narrow timeline turns it horizontal', async () => {
    const el = await mountBuiltIn(360);
    expect(el.layout).to.equal('vertical');
    el.parentElement!.style.width = '900px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
    expect(el.layout).to.equal('horizontal');
  });

  it('at 360 px nothing overflows and every label is readable', async () => {
    const el = await mountBuiltIn(360);
    el.fit();
    await el.updateComplete;
    const host = box(el);
    expect(el.scrollWidth).to.be.at.most(360);
    const parts = $$(el, 'text, [part~="event"], [part="controls"] button, [part="header"] *');
    expect(parts.length).to.be.above(10);
    for (const part of parts) {
      const rect = box(part);
      if (!rect.width) continue;
      expect(rect.left, part.outerHTML.slice(0, 60)).to.be.at.least(host.left - 0.5);
      expect(rect.right, part.outerHTML.slice(0, 60)).to.be.at.most(host.right + 0.5);
    }
    // Labels: at least 12 px text, none overlapping another, each with some of its title.
    const labels = $$(el, '[part="label"]').map((label) => ({ label, rect: box(label) }));
    expect(labels.length).to.be.above(3);
    for (const { label } of labels) {
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(12);
      expect((label.textContent ?? '').trim().length).to.be.above(3);
    }
    labels.sort((a, b) => a.rect.top - b.rect.top);
    for (let i = 1; i < labels.length; i++) expect(labels[i].rect.top).to.be.at.least(labels[i - 1].rect.bottom - 1);
  });

  it('in the vertical layout overlapping eras are all named, and an era overlapped by a later one shows beside it', async () => {
    const el = await mountData({ events: PRESIDENTS_EVENTS, eras: OVERLAPPING_ERAS }, 390);
    expect(el.layout).to.equal('vertical');
    el.fit();
    await el.updateComplete;
    // Every name is drawn over every band: the Obama presidency's, which begins within the Great Recession, was
    // under its band, faded.
    const names = $$(el, '.era-name');
    expect(names.map((n) => n.textContent)).to.have.members(OVERLAPPING_ERAS.map((e) => e.title));
    const rects = $$(el, '.era rect');
    for (const name of names) {
      for (const rect of rects) {
        expect(rect.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING, name.textContent).to.not.equal(0);
      }
    }
    // A band that overlaps an earlier era starts further from the axis, a row's inset each, so the earlier one's
    // colour runs on beside it to its end: the Bush presidency's did stop where the Iraq War began.
    const band = (title: string) =>
      box(
        bandOf(
          el,
          names.find((n) => n.textContent === title)!,
        ),
      );
    const [bush, war, recession, obama] = OVERLAPPING_ERAS.map((era) => band(era.title));
    expect(war.left).to.be.closeTo(bush.left + 6, 0.5);
    expect(recession.left).to.be.closeTo(bush.left + 12, 0.5);
    expect(obama.left).to.be.closeTo(bush.left, 0.5);
    expect(bush.bottom).to.be.above(recession.top);
  });

  it('in the vertical layout every era in view is named at the top of its band, clear of marks and labels', async () => {
    const el = await mountBuiltIn(390);
    for (const show of [() => undefined, () => el.fit()]) {
      show();
      await el.updateComplete;
      const names = $$(el, '.era-name');
      // The opening view reaches two eras (one running at its top), the whole story three.
      expect(names.map((n) => n.textContent)).to.include('Groundwork for Filoli');
      // Every band drawn is named.
      expect(names.length).to.equal($$(el, '.era').length);
      const others = $$(el, '[part="label"], [part~="event"] .mark').map(box);
      // Text boxes are the font's line boxes (Firefox's a few px taller than the glyphs): 2 px of them may meet.
      const SLACK = 2;
      for (const name of names) {
        const at = box(name);
        const band = box(bandOf(el, name));
        expect(at.top, name.textContent).to.be.at.least(band.top);
        expect(at.bottom, name.textContent).to.be.at.most(band.bottom);
        expect(at.right, name.textContent).to.be.at.most(band.right);
        for (const other of others) {
          const apart =
            at.bottom <= other.top + SLACK ||
            at.top >= other.bottom - SLACK ||
            at.right <= other.left ||
            at.left >= other.right;
          expect(
            apart,
            `${name.textContent} (${at.top}–${at.bottom}) over a label or mark at ${other.top}–${other.bottom}`,
          ).to.equal(true);
        }
      }
    }
    expect($$(el, '.era-name').map((n) => n.textContent)).to.deep.equal([
      'Calls and video links',
      'From the Pelosi visit to Bali',
      'Groundwork for Filoli',
    ]);
  });

  it('in the vertical layout eras that meet on a day give the day to the later one', async () => {
    // "From the Pelosi visit to Bali" ends on 14 November 2022, the day "Groundwork for Filoli" begins: zoomed in on
    // that day, the Pelosi era's band and name stood over it, as if it ran on after Bali.
    const el = await mountBuiltIn(390);
    el.zoomTo('2022-11-14T00:00Z', '2022-11-15T00:00Z');
    await el.updateComplete;
    expect($$(el, '.era-name').map((n) => n.textContent)).to.deep.equal(['Groundwork for Filoli']);
    el.zoomTo('2022-11-12T00:00Z', '2022-11-15T00:00Z');
    await el.updateComplete;
    expect($$(el, '.era-name').map((n) => n.textContent)).to.deep.equal([
      'From the Pelosi visit to Bali',
      'Groundwork for Filoli',
    ]);
    const pelosi = box(bandOf(el, $$(el, '.era-name')[0]));
    const groundwork = box(bandOf(el, $$(el, '.era-name')[1]));
    expect(pelosi.bottom).to.be.at.most(groundwork.top + 1);
  });

  it('in the vertical layout a Chinese title wraps between characters, where it has no spaces to wrap at', async () => {
    // Long enough to wrap at 390 px also where no CJK font is installed (Chromium's boxes are 7 px, not 12).
    const title =
      '斐洛里庄园会晤：恢复两军高层沟通，合作打击芬太尼，并同意重启气候变化工作组，双方同意保持高层交往并推动关系稳定发展';
    const el = await mountData(
      [
        { id: 'a', start: '2022-11-14', title: '巴厘岛会晤' },
        { id: 'b', start: '2023-11-15', title },
        { id: 'c', start: '2023-11-16', title: 'Biden and Xi agree to resume military talks at Filoli' },
        { id: 'd', start: '2023-11-17', title: `At ${'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(2)} Hall` },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    const label = mark(el, 'b')!.querySelector('[part="label"]')!;
    const lines = [...label.querySelectorAll('tspan')].map((t) => t.textContent);
    // It was one line cut with an ellipsis, the whole title only in a tooltip.
    expect(lines.length).to.be.at.least(2);
    // The label's text is the title as written: no space between lines broken between characters (each line
    // had one after it, so copied or exported the title read "斐洛里庄园会晤：恢 复两军…").
    expect(lines.join('')).to.equal(title);
    expect(label.querySelector('title')).to.equal(null);
    // The closing punctuation stays at the end of its character's line.
    for (const line of lines.slice(1)) expect(line).to.not.match(/^[，：]/);
    // English lines broken at spaces keep them.
    const english = [...mark(el, 'c')!.querySelectorAll('[part="label"] tspan')].map((t) => t.textContent);
    expect(english.length).to.be.at.least(2);
    expect(english.join('')).to.equal('Biden and Xi agree to resume military talks at Filoli');
    // A word wider than a line is cut: the whole title is the label's tooltip, though the last line is whole.
    const cut = mark(el, 'd')!.querySelector('[part="label"]')!;
    expect([...cut.querySelectorAll('tspan')].at(-1)!.textContent).to.equal('Hall');
    expect(cut.querySelector('title')?.textContent).to.match(/^At Pneumono.* Hall$/);
  });

  it('in the vertical layout no tick stands beside a row of another day, where a week is a row’s height', async () => {
    // A season: a match every Saturday at 3 PM. Week ticks fall on Sundays, nine hours after a match: they stood
    // 1.5 px below it, beside its title ("Aug 24" beside the match of 23 August).
    const matches = Array.from({ length: 20 }, (_, i) => ({
      id: `m${i}`,
      start: new Date(Date.UTC(2025, 7, 16 + 7 * i, 15)).toISOString().slice(0, 19),
      title: `Match ${i + 1}`,
    }));
    const el = await mountData(matches, 390);
    expect(el.layout).to.equal('vertical');
    const centre = (target: Element) => (box(target).top + box(target).bottom) / 2;
    const rows = matches.map(({ id }) => centre(mark(el, id)!.querySelector('.mark')!));
    const ticks = $$(el, '[part="axis"] .tick line').map(centre);
    expect(ticks.length).to.be.above(5);
    for (const tick of ticks) {
      const nearest = Math.min(...rows.map((row) => Math.abs(row - tick)));
      expect(nearest, `a tick at ${tick}`).to.be.at.least(10);
    }
  });

  it('in the vertical layout the top names no year the view starts in before its first tick and event', async () => {
    const starts = ['2021-02-10', '2021-09-09', '2021-11-15', '2022-03-18', '2022-07-28', '2022-08-02'];
    starts.push('2022-11-14', '2023-02-04', '2023-06-18', '2023-07-06', '2023-08-27', '2023-11-15');
    const el = await mountData(
      starts.map((start, i) => ({ id: `e${i}`, start, title: `Event ${i + 1}` })),
      390,
    );
    expect(el.layout).to.equal('vertical');
    const { said } = axisLabels(el);
    // The view starts late in 2020, before the "2021" tick of quarterly ticks: a "2020" at the top, above it,
    // read as the first event's year.
    expect(el.range.from.getUTCFullYear()).to.equal(2020);
    expect(said).to.include('Apr');
    expect(said).to.not.include('2020');
    expect(said.filter((text) => text === '2021')).to.have.length(1);
  });

  it('in the vertical layout a break that hides where the year changes is followed by the new year', async () => {
    const el = await mountData(
      [
        { id: 'a', start: '2020-06-01', title: 'Before the break' },
        { id: 'b', start: '2021-03-15', title: 'After the break' },
        { id: 'c', start: '2021-04-01', title: 'Later' },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    expect($$(el, '.axis-break').length).to.be.at.least(1);
    const { said } = axisLabels(el);
    // The top says 2020; no tick in view is the year's, so 2021 is said below the break, beside March's event.
    expect(said).to.include('2020');
    expectSaidBelowBreak(el, '2021', 'b');
    // And it is the only label that says 2021 before March's tick.
    expect(said.filter((text) => text === '2021')).to.have.length(1);
  });

  it('in the vertical layout a break under day ticks is followed by the day of the row below it, with its month', async () => {
    const el = await mountData(
      [
        { id: 'a', start: '2023-07-20', title: 'Before the break' },
        { id: 'b', start: '2023-08-28', title: 'After the break' },
        { id: 'c', start: '2023-09-05', title: 'Later' },
        { id: 'd', start: '2023-09-12', title: 'Later still' },
      ],
      390,
    );
    expect($$(el, '.axis-break').length).to.be.at.least(1);
    const { said } = axisLabels(el);
    // Day ticks ("Jul 23", "Sep 3"): August's first day is inside the break, and no tick says the day of the
    // event below it, so "Aug 28" is said beside it (it was "Aug" alone).
    expect(
      said.some((text) => /^[A-Z][a-z]{2} \d+$/.test(text)),
      said.join(' | '),
    ).to.equal(true);
    expectSaidBelowBreak(el, 'Aug 28', 'b');
  });

  it('in the vertical layout every row below a break over week ticks has its day beside it', async () => {
    // A fortnight's milestones a week or so apart: each gap was a break hiding the ticks, and Code freeze, Hotfix and
    // Retrospective stood beside no date at all.
    const el = await mountData(
      [
        ['2023-12-18', 'Design review'],
        ['2023-12-27', 'Code freeze'],
        ['2024-01-01', 'Release 4.0'],
        ['2024-01-09', 'Hotfix 4.0.1'],
        ['2024-01-17', 'Retrospective'],
      ].map(([start, title], i) => ({ id: `e${i}`, start, title })),
      390,
    );
    el.zoomTo('2023-12-15', '2024-01-20');
    await el.updateComplete;
    expect($$(el, '.axis-break').length).to.be.at.least(3);
    const { labels, said } = axisLabels(el);
    for (const [id, day] of [
      ['e1', 'Dec 27'],
      ['e3', 'Jan 9'],
      ['e4', 'Jan 17'],
    ]) {
      const label = labels.find((t) => t.textContent.trim() === day);
      expect(label, `${day}: ${said.join(' | ')}`).to.not.equal(undefined);
      const symbol = box(mark(el, id)!.querySelector('.mark')!);
      expect(box(label!).top + box(label!).height / 2, day).to.be.closeTo(symbol.top + symbol.height / 2, 8);
    }
  });

  it('in the vertical layout the days of a launch week drawn out by its rows are said beside them, under month ticks', async () => {
    // A product's year, a milestone every 45 days, and its launch week: twelve events in six days. Their rows draw
    // the week out to 300 px between the month ticks "Sep" and "Oct", and no day was said beside any of them.
    const year = [
      'Kick-off',
      'Budget approved',
      'Vendor chosen',
      'Design sprint',
      'Prototype demo',
      'Beta opens',
      'Security audit',
      'Pricing set',
      'Press briefing',
      'Launch',
      'Post-launch review',
      'Q3 planning',
    ].map((title, i) => ({ id: `y${i}`, start: new Date(Date.UTC(2024, 0, 1 + 45 * i)), title }));
    const week = Array.from({ length: 12 }, (_, i) => ({
      id: `w${i}`,
      start: new Date(Date.UTC(2024, 8, 9, 12 * i)),
      title: `Launch week, update ${i + 1}`,
      kind: 'incident',
    }));
    const el = await mountData([...year, ...week], 390);
    expect(el.layout).to.equal('vertical');
    const { labels, said } = axisLabels(el);
    // The view's ticks are months (and the year): the week's rows lie between two of them.
    expect(said, said.join(' | ')).to.include.members(['Sep', 'Oct']);
    const at = (t: HTMLElement) => box(t).top + box(t).height / 2;
    const ticks = labels.map((t) => ({ text: t.textContent.trim(), y: at(t) })).sort((a, b) => a.y - b.y);
    for (const { id, start } of week) {
      const symbol = box(mark(el, id)!.querySelector('.mark')!);
      // The last tick beside or above the row says its day ("Sep 12"), or, for the week's first day, the month.
      const above = ticks.filter((t) => t.y <= symbol.top + symbol.height / 2 + 4).pop()!;
      const day = start.getUTCDate();
      expect([`Sep ${day}`, ...(day === 9 ? ['Sep'] : [])], `${id}: ${said.join(' | ')}`).to.include(above.text);
    }
    // The view's own tick keeps its place after the week: "Oct" beside the row edge after late September's audit,
    // not a week tick of the stretch's ("Sep 29") there instead.
    expect(said.filter((text) => /^Sep \d+$/.test(text)).every((text) => Number(text.slice(4)) <= 15)).to.equal(true);
  });

  it('in the vertical layout a break that hides month ticks is followed by the month of the row below it', async () => {
    // Month ticks: "Jul" above the break, then an event of 15 August with no tick beside it, read as July's.
    const el = await mountData(
      [
        { id: 'a', start: '2025-02-15', title: 'February' },
        ...Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, start: '2025-03-04', title: `Busy day ${i + 1}` })),
        { id: 'b', start: '2025-04-15', title: 'April' },
        { id: 'c', start: '2025-06-15', title: 'June' },
        { id: 'd', start: '2025-08-15', title: 'August' },
      ],
      390,
    );
    expect($$(el, '.axis-break').length).to.be.at.least(2);
    const { said } = axisLabels(el);
    expect(
      said.some((text) => /^[A-Z][a-z]{2}$/.test(text)),
      said.join(' | '),
    ).to.equal(true);
    const label = axisLabels(el).labels.find((t) => t.textContent.trim() === 'Aug');
    expect(label, said.join(' | ')).to.not.equal(undefined);
    const breaks = $$(el, '.axis-break').map(box);
    const last = breaks[breaks.length - 1];
    expect(box(label!).top).to.be.above((last.top + last.bottom) / 2);
    expect(box(label!).bottom).to.be.at.most(box(mark(el, 'd')!).bottom + 2);
  });

  it('in the vertical layout a month a tick already named above a break is not said again below it', async () => {
    // The story's Filoli step at 390 px: after the last event (15 November) the chart runs on at the view's density,
    // with ticks to "Dec 3", before the break; below it the axis said "Dec" again.
    const el = await mountBuiltIn(366);
    el.zoomTo('2023-09-16T11:01Z', '2023-12-26T08:38Z');
    await el.updateComplete;
    expect($$(el, '.axis-break').length).to.be.at.least(1);
    const gap = box($(el, '.axis-break')!);
    const { labels, said } = axisLabels(el);
    const above = labels.filter((t) => box(t).bottom <= gap.top).map((t) => t.textContent.trim());
    const below = labels.filter((t) => box(t).top >= (gap.top + gap.bottom) / 2).map((t) => t.textContent.trim());
    // A tick after the last event (15 November) is drawn above the break (it was "Dec 3"; ticks beside the
    // last row now stand at its edge, and "Nov 19" is drawn there).
    expect(
      above.some((t) => /^(Nov (1[6-9]|2\d|30)|Dec \d+)$/.test(t)),
      said.join(' | '),
    ).to.equal(true);
    for (const text of below) {
      const month = /^[A-Z][a-z]{2}$/.exec(text)?.[0];
      if (month)
        expect(
          above.some((t) => t.startsWith(`${month} `)),
          said.join(' | '),
        ).to.equal(false);
    }
  });

  it('in the vertical layout a bar that began before the view and runs into it is drawn, its hour on the axis', async () => {
    // A conference zoomed to 9:30–12:30 showed nothing beside 9:30–9:45 while its opening keynote (9:00–9:45) ran.
    const el = await mountData(
      [
        { id: 'coffee', start: '2025-06-12T08:30Z', end: '2025-06-12T09:00Z', title: 'Registration' },
        { id: 'keynote', start: '2025-06-12T09:00Z', end: '2025-06-12T09:45Z', title: 'Opening keynote' },
        { id: 'talk', start: '2025-06-12T10:00Z', end: '2025-06-12T10:40Z', title: 'Web components' },
        { id: 'signals', start: '2025-06-12T11:40Z', end: '2025-06-12T12:20Z', title: 'Signals' },
        { id: 'lunch', start: '2025-06-12T12:20Z', end: '2025-06-12T13:20Z', title: 'Lunch' },
      ],
      390,
    );
    el.zoomTo('2025-06-12T09:30Z', '2025-06-12T12:30Z');
    await el.updateComplete;
    expect(el.layout).to.equal('vertical');
    const drawn = $$(el, '[part~="event"]').map((m) => m.getAttribute('data-id'));
    expect(drawn).to.deep.equal(['keynote', 'talk', 'signals', 'lunch']);
    // The chart begins at the keynote's row, and so does the axis: its hour stands beside it.
    const { labels, said } = axisLabels(el);
    const nine = labels.find((t) => t.textContent.trim() === '9 AM');
    expect(nine, said.join(' | ')).to.not.equal(undefined);
    const dot = box(mark(el, 'keynote')!.querySelector('.mark')!);
    expect(Math.abs((box(nine!).top + box(nine!).bottom) / 2 - (dot.top + dot.bottom) / 2)).to.be.below(6);
  });

  it('in the vertical layout a break that hides year ticks is followed by the year it ends in', async () => {
    const el = await mountData(
      [
        { id: 'a', start: '1820', title: 'Long before' },
        { id: 'b', start: '1943', title: 'After the break' },
        { id: 'c', start: '1946', title: 'Then' },
        { id: 'd', start: '1950', title: 'Later' },
        { id: 'e', start: '1960', title: 'Later still' },
      ],
      390,
    );
    expect($$(el, '.axis-break').length).to.be.at.least(1);
    // Year ticks (1820 … 1960): those of 1840–1940 are inside the break, so 1943 is said beside its first row.
    expectSaidBelowBreak(el, '1943', 'b');
  });

  it('in the vertical layout rows above the first year tick have their year said at the top', async () => {
    // TimelineJS's groups example: 1851 and 1857 stood above an "1860" tick, beside no year at all.
    const el = await mountData(
      [
        { id: 'a', start: '1851', title: 'First' },
        { id: 'b', start: '1857', title: 'Second' },
        { id: 'c', start: '1899', title: 'After the break' },
        { id: 'd', start: '1899', title: 'The same year' },
        { id: 'e', start: '1902', title: 'Then' },
        { id: 'f', start: '1902', title: 'And again' },
        { id: 'g', start: '1950-02-07', title: 'After another break' },
        { id: 'h', start: '1958', title: 'Last' },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    const ticks = $$(el, '[part="axis"] .tick');
    const first = ticks[0];
    expect(first.textContent.trim(), axisLabels(el).said.join(' | ')).to.match(/^1\d{3}$/);
    expect(box(first).top, 'a row above the first tick').to.be.above(
      box(mark(el, 'a')!.querySelector('.mark')!).bottom,
    );
    const [top] = $$(el, '[part="axis"] .context');
    expect(top?.textContent.trim()).to.equal('1851');
    expect(box(top).bottom).to.be.at.most(box(mark(el, 'a')!.querySelector('.mark')!).top);
  });

  it('in the vertical layout the axis’s labels stay inside the element: a month and year too wide is its year', async () => {
    const el = await mountBuiltIn(390);
    // Day ticks ("Sep 17", "Oct"): their context, "September 2023", is wider than the axis's gutter.
    el.zoomTo('2023-09-14', '2023-12-05');
    await el.updateComplete;
    const host = box(el);
    const texts = $$(el, '[part="axis"] text');
    expect(texts.length).to.be.above(4);
    for (const text of texts) {
      const at = box(text);
      expect(at.left, text.textContent).to.be.at.least(host.left - 0.5);
      expect(at.right, text.textContent).to.be.at.most(host.right + 0.5);
    }
    // The top says the year; below each break, the day of the row below it, with its month ("Oct 9").
    const contexts = $$(el, '[part="axis"] .context').map((t) => t.textContent);
    expect(contexts[0]).to.equal('2023');
    for (const day of contexts.slice(1)) expect(day).to.match(/^(Oct|Nov|Dec) \d+$/);
    // Hour ticks need the date: too wide for the gutter, it runs from the element's edge across the chart's top.
    el.zoomTo('2023-11-15T08:00:00Z', '2023-11-15T20:00:00Z');
    await el.updateComplete;
    const [date] = $$(el, '[part="axis"] .context');
    expect(date.textContent).to.match(/Nov 1[45], 2023/);
    expect(box(date).left).to.be.at.least(host.left - 0.5);
    expect(box(date).right).to.be.at.most(host.right + 0.5);
  });

  it('over week ticks the new year is said: across, by its first week tick; down, by a tick of its own', async () => {
    // Milestones around New Year: the ticks were "Dec 17", "Dec 31" under "2023" (down the chart), or "Dec 31",
    // "Jan 2", "Jan 4" under "December 2023" (across it), and nothing said that January was 2024's.
    const events = [
      ['2023-12-18', 'Design review'],
      ['2023-12-27', 'Code freeze'],
      ['2024-01-01', 'Release 4.0'],
      ['2024-01-09', 'Hotfix 4.0.1'],
      ['2024-01-17', 'Retrospective'],
    ].map(([start, title], i) => ({ id: `e${i}`, start, title }));
    const said = async (width: number) => {
      const el = await mountData(events, width);
      el.zoomTo('2023-12-15', '2024-01-20');
      await el.updateComplete;
      const host = box(el);
      for (const text of $$(el, '[part="axis"] text')) {
        expect(box(text).left, text.textContent).to.be.at.least(host.left - 0.5);
        expect(box(text).right, text.textContent).to.be.at.most(host.right + 0.5);
      }
      const ticks = $$(el, '[part="axis"] .tick');
      return { el, ticks, labels: ticks.map((t) => t.textContent.trim()) };
    };
    const across = await said(1280);
    // Its first tick in January ("Jan 2, 2024" over ticks two days apart, "Jan 7, 2024" over weeks), and only that.
    const january = across.labels.filter((t) => t.startsWith('Jan'));
    expect(january[0], across.labels.join(' | ')).to.match(/^Jan \d+, 2024$/);
    expect(across.labels.filter((t) => t.includes('2024')).length, across.labels.join(' | ')).to.equal(1);
    const down = await said(390);
    expect(down.el.layout).to.equal('vertical');
    expect(down.labels, down.labels.join(' | ')).to.include('2024');
    expect(down.labels.filter((t) => t.includes('2024')).length, down.labels.join(' | ')).to.equal(1);
    // Beside the year's first row (1 January), not the week tick of 31 December that stood there.
    const year = down.ticks[down.labels.indexOf('2024')].querySelector('line')!;
    const release = mark(down.el, 'e2')!.querySelector('.mark')!;
    expect(box(year).top + box(year).height / 2).to.be.closeTo(box(release).top + box(release).height / 2, 2);
  });

  it('in the vertical layout a date said again below a break, too wide for the gutter, takes two lines inside the element', async () => {
    // Election night over hour ticks, then a break to the next afternoon: below it the axis said "Nov 7, 2024" on one
    // line, right-aligned to the gutter, and at 390 px it ran out of the element ("v 7, 2024").
    const minutes = [0, 0, 15, 20, 30, 60, 75, 90, 120, 120, 180, 210, 250, 290, 300, 330, 390, 600, 2400, 2800];
    const el = await mountData(
      minutes.map((m, i) => ({
        id: `e${i}`,
        start: new Date(Date.UTC(2024, 10, 5, 23, m)).toISOString(),
        title: `Election night event ${i + 1}`,
      })),
      390,
    );
    expect(el.layout).to.equal('vertical');
    expect($$(el, '.axis-break').length).to.be.at.least(1);
    const host = box(el);
    for (const text of $$(el, '[part="axis"] text')) {
      const at = box(text);
      expect(at.left, text.textContent).to.be.at.least(host.left - 0.5);
      expect(at.right, text.textContent).to.be.at.most(host.right + 0.5);
    }
    // Exact times (Z): the date says its hours are UTC's, a third line; then the hour of the row below (3 PM).
    const [, below] = $$(el, '[part="axis"] .context');
    expect([...below.querySelectorAll('tspan')].map((t) => t.textContent)).to.deep.equal([
      'Nov 7,',
      '2024,',
      'UTC',
      '3 PM',
    ]);
    // The second line ends above the next tick's label.
    const gap = box($(el, '.axis-break')!);
    const next = axisLabels(el).labels.find((t) => !t.classList.contains('context') && box(t).top > gap.bottom);
    if (next) expect(box(below).bottom).to.be.at.most(box(next).top);
  });

  it('down a phone no bar is a stub hardly longer than it is thick: a short trip has its mark alone', async () => {
    // Rows 28 px apart cut a two-day visit's bar 16 px below its mark's centre: 8 px wide, it showed as a pill under
    // the triangle (five of the built-in story's visits and incidents at 390 px), a shape the legend has not.
    const stubs = (el: MeetingTimeline) =>
      $$(el, '[part~="event"]').flatMap((button) => {
        // A bar in a rail beside the column comes with its arm to the mark (two parts): long, or thin by design.
        const bars = [...button.querySelectorAll<SVGGraphicsElement>('.bar')];
        return bars.length === 1 && bars[0].getBBox().height <= MIN_BAR ? [button.getAttribute('data-id')] : [];
      });
    const story = await mountBuiltIn(390);
    expect(story.layout).to.equal('vertical');
    expect(stubs(story)).to.deep.equal([]);
    // A visit the day before the next event has its mark alone; a two-month project with room below keeps its bar.
    const el = await mountData(
      [
        { id: 'visit', start: '2023-06-18', end: '2023-06-19', title: 'A short visit', kind: 'visit' },
        { id: 'after', start: '2023-06-20', title: 'The day after' },
        { id: 'project', start: '2023-08-01', end: '2023-10-01', title: 'A project' },
        { id: 'end', start: '2023-12-31', title: 'The year ends' },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    expect(mark(el, 'visit')!.querySelector('.bar')).to.equal(null);
    expect(mark(el, 'project')!.querySelector<SVGGraphicsElement>('.bar')!.getBBox().height).to.be.above(MIN_BAR);
    expect(stubs(el)).to.deep.equal([]);
  });

  it('in the vertical layout no bar runs into another event’s mark; one that spans other events runs beside them', async () => {
    // Rows are at least 28 px apart, closer in time than that at this zoom: a two-day visit the day before the
    // next event, and a dynasty across eight events, both reached other marks down the column.
    const el = await mountData(
      [
        { id: 'war', start: '0602', end: '0629', title: 'A long war' },
        { id: 'dynasty', start: '0618', end: '0907', title: 'A dynasty' },
        ...[622, 627, 632, 640, 660, 680, 700].map((year) => ({
          id: `y${year}`,
          start: `0${year}`,
          title: `In ${year}`,
        })),
        { id: 'visit', start: '0701-06-18', end: '0701-06-19', title: 'A short visit' },
        { id: 'after', start: '0701-06-20', title: 'The day after' },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    const marks = el.events.map((e) => [e.id, mark(el, e.id)] as const).filter(([, m]) => m);
    expect(marks.length).to.equal(el.events.length);
    const bars = marks.map(([id, m]) => [id, m!.querySelector('.bar')] as const);
    expectClearOfOtherMarks(el, $$(el, '[part~="event"] .bar'));
    // The spans keep their length: the dynasty's bar reaches the last event it spans, the war's the one of 627.
    const bar = (id: string) => box(bars.find(([i]) => i === id)![1]!);
    const symbol = (id: string) => box(mark(el, id)!.querySelector('.mark')!);
    expect(bar('dynasty').bottom).to.be.at.least(symbol('y700').top);
    expect(bar('war').bottom).to.be.at.least(symbol('y627').top);
    // They run side by side, beside the column, not over each other.
    expect(bar('war').right <= bar('dynasty').left || bar('dynasty').right <= bar('war').left).to.equal(true);
  });

  it('in the vertical layout, where there are no lanes, each label of grouped data names its group first', async () => {
    const grouped = await mountData(
      [
        { id: 'a', start: '2024-01-10', title: 'Bill on heat pumps', group: 'Energy' },
        { id: 'b', start: '2024-02-10', title: 'Bill on clinics', group: 'Health' },
        { id: 'c', start: '2024-03-10', title: 'Grid bill', group: 'Energy' },
        { id: 'd', start: '2024-04-10', title: 'Budget day' },
      ],
      390,
    );
    expect(grouped.layout).to.equal('vertical');
    // The label's drawn text, without its tooltip (a <title> with the event's own title).
    const label = (el: MeetingTimeline, id: string) =>
      [...mark(el, id)!.querySelector('[part~="label"]')!.childNodes]
        .filter((node) => node.nodeName !== 'title')
        .map((node) => node.textContent)
        .join('');
    expect(label(grouped, 'a')).to.equal('Energy · Bill on heat pumps');
    expect(label(grouped, 'b')).to.equal('Health · Bill on clinics');
    expect(label(grouped, 'c')).to.equal('Energy · Grid bill');
    // An event with no group (in the lane of the ungrouped, across) has no name to give.
    expect(label(grouped, 'd')).to.equal('Budget day');
    // The accessible name is the event's own.
    expect(mark(grouped, 'a')!.getAttribute('aria-label')).to.not.contain('Energy');
    grouped.remove();
    // One group for every event is one lane across: nothing to tell apart.
    const single = await mountData(
      [
        { id: 'a', start: '2024-01-10', title: 'Bill on heat pumps', group: 'Energy' },
        { id: 'c', start: '2024-03-10', title: 'Grid bill', group: 'Energy' },
      ],
      390,
    );
    expect(label(single, 'a')).to.equal('Bill on heat pumps');
  });

  it('in the vertical layout a break with no row below it says no time, and every axis label is inside the chart', async () => {
    // Five events at one instant open on a view of two days: the view runs on past them to a break at the chart's
    // end, and the date said below it ("Jun 2, 2025, UTC", three lines) ran out of the chart's bottom.
    const el = await mountData(
      Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, start: '2025-06-01T12:00Z', title: `At once ${i + 1}` })),
      390,
    );
    expect(el.layout).to.equal('vertical');
    const breaks = $$(el, '.axis-break').map(box);
    const rows = $$(el, '[part~="event"]').map(box);
    const trailing = breaks.filter((b) => rows.every((row) => row.top < b.top));
    expect(trailing.length, 'a break after the last row').to.be.at.least(1);
    const svg = box($(el, 'svg')!);
    for (const text of axisLabels(el).labels) {
      const at = box(text);
      expect(at.bottom, text.textContent).to.be.at.most(svg.bottom + 0.5);
      for (const b of trailing) expect(at.top, text.textContent).to.be.below(b.top);
    }
  });

  it('in the vertical layout the hour of the row below a break over hour ticks is said beside it', async () => {
    // Five events at noon, between two breaks: the axis said their date, and no time.
    const el = await mountData(
      Array.from({ length: 5 }, (_, i) => ({ id: `s${i}`, start: '2025-06-01T12:00Z', title: `At once ${i + 1}` })),
      390,
    );
    const { labels, said } = axisLabels(el);
    const noon = labels.find((t) => /^12(:00)?\sPM$/.test(t.textContent.trim()));
    expect(noon, said.join(' | ')).to.not.equal(undefined);
    // Beside the first row, below the break.
    const first = box(mark(el, 's0')!.querySelector('.mark')!);
    expect(box(noon!).top).to.be.above(box($(el, '.axis-break')!).bottom - 8);
    expect(Math.abs((box(noon!).top + box(noon!).bottom) / 2 - (first.top + first.bottom) / 2)).to.be.below(12);
  });

  it('in the vertical layout a long stretch between breaks has ticks of its own where the view’s are too far apart', async () => {
    // A view from 2500 BC has ticks 500 years apart: the rows from 1642 to 1989 stood beside "2000" alone.
    const years = [1642, 1673, 1804, 1822, 1843, 1854, 1890, 1936, 1941, 1944, 1945, 1947, 1958, 1969, 1989];
    const el = await mountData(
      [
        { id: 'abacus', start: '-2400', title: 'Sumerian abacus' },
        { id: 'anti', start: '-0100', title: 'Antikythera mechanism' },
        ...years.map((year) => ({ id: `y${year}`, start: String(year), title: `An invention of ${year}` })),
      ],
      390,
    );
    const { labels, said } = axisLabels(el);
    const between = labels.filter((t) => {
      const year = Number(t.textContent.trim());
      return year > 1642 && year < 1989;
    });
    expect(between.length, said.join(' | ')).to.be.at.least(2);
    // Each stands where its year falls among the rows: after the last event before it, before the first after it.
    for (const tick of between) {
      const year = Number(tick.textContent.trim());
      const before = Math.max(...years.filter((y) => y < year));
      const after = Math.min(...years.filter((y) => y >= year));
      const middle = (box(tick).top + box(tick).bottom) / 2;
      expect(middle, `${year}`).to.be.above(box(mark(el, `y${before}`)!.querySelector('.mark')!).top);
      expect(middle, `${year}`).to.be.below(box(mark(el, `y${after}`)!.querySelector('.mark')!).bottom);
    }
  });

  it('in the vertical layout a tick at the day of several events stands beside the first of them', async () => {
    // Six events on 1 March, one under another: "Mar" stood beside the sixth, and the five above it read as February's.
    const el = await mountData(
      [
        { id: 'a', start: '2025-01-20', title: 'January' },
        { id: 'b', start: '2025-02-10', title: 'February' },
        ...Array.from({ length: 6 }, (_, i) => ({
          id: `m${i}`,
          start: '2025-03-01',
          title: `First of March ${i + 1}`,
        })),
        { id: 'c', start: '2025-04-10', title: 'April' },
        { id: 'd', start: '2025-05-20', title: 'May' },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    // A tick, not the month said again below a break.
    const gap = $$(el, '.axis-break').map(box);
    expect(gap.every((b) => b.top > box(mark(el, 'm5')!).bottom)).to.equal(true);
    const march = axisLabels(el).labels.find((t) => t.textContent.trim() === 'Mar');
    expect(march, axisLabels(el).said.join(' | ')).to.not.equal(undefined);
    const centre = (e: Element) => (box(e).top + box(e).bottom) / 2;
    expect(centre(march!)).to.be.closeTo(centre(mark(el, 'm0')!.querySelector('.mark')!), 4);
  });

  it('in the vertical layout an era’s name is clear of the rail of a span that runs through its heading', async () => {
    // A war's rail ran down through the heading of the era that began inside it, over "A world war"'s first letter.
    const el = await mountData(
      {
        eras: [
          { start: '1939-09-01', end: '1941-12-07', title: 'Europe at war' },
          { start: '1941-12-07', end: '1945-09-02', title: 'A world war' },
        ],
        events: [
          { id: 'war', start: '1939-09-01', end: '1945-09-02', title: 'Second World War', kind: 'war' },
          { id: 'a', start: '1940-05-10', title: 'Churchill becomes Prime Minister' },
          { id: 'b', start: '1941-12-07', title: 'Attack on Pearl Harbor' },
          { id: 'c', start: '1944-06-06', title: 'D-Day landings in Normandy' },
          { id: 'd', start: '1945-05-08', title: 'Victory in Europe Day' },
        ],
      },
      390,
    );
    expect(el.layout).to.equal('vertical');
    const rail = box(mark(el, 'war')!.querySelector('.bar')!);
    const names = $$(el, '.era-name');
    expect(names.length).to.equal(2);
    for (const name of names) {
      const at = box(name);
      const crossed = rail.top < at.bottom && rail.bottom > at.top;
      if (crossed) expect(at.left, name.textContent).to.be.at.least(rail.right);
    }
    expect(names.some((name) => box(name).top > rail.top)).to.equal(true);
  });

  it('in the vertical layout three spans at once each run to their end, beside the column and clear of the axis', async () => {
    // A plan: a phase, a task and another task in it, with milestones between. With two rails the third span was
    // cut short at the next row, and read as ending in May instead of August.
    const el = await mountData(
      [
        { id: 'build', start: '2024-03-18', end: '2024-08-30', title: 'Build phase', kind: 'phase' },
        { id: 'api', start: '2024-03-25', end: '2024-06-28', title: 'Backend API', kind: 'task' },
        { id: 'app', start: '2024-04-15', end: '2024-08-09', title: 'Mobile app', kind: 'task' },
        { id: 'beta', start: '2024-06-03', title: 'Beta launch', kind: 'milestone' },
        { id: 'audit', start: '2024-07-01', title: 'Security audit', kind: 'milestone' },
        { id: 'ads', start: '2024-07-15', title: 'Marketing campaign', kind: 'milestone' },
        { id: 'launch', start: '2024-09-10', title: 'Public launch', kind: 'milestone' },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    const bar = (id: string) => box(mark(el, id)!.querySelector('.bar')!);
    const symbol = (id: string) => box(mark(el, id)!.querySelector('.mark')!);
    expect(bar('app').bottom).to.be.at.least(symbol('ads').bottom);
    expect(bar('api').bottom).to.be.at.least(symbol('beta').bottom);
    expect(bar('build').bottom).to.be.at.least(symbol('ads').bottom);
    expectClearOfOtherMarks(el, $$(el, '[part~="event"] .bar'));
    // The axis line's centre (engines differ on how far a stroked line's box reaches), its half px of stroke and a px.
    const axis = box($(el, '[part="axis"] .domain')!);
    const bars = ['build', 'api', 'app'].map(bar);
    for (const b of bars) expect(b.left).to.be.at.least((axis.left + axis.right) / 2 + 1.5);
    // Side by side, not over one another.
    const lefts = bars.map((b) => b.left).sort((a, b) => a - b);
    for (let i = 1; i < lefts.length; i++) expect(lefts[i] - lefts[i - 1]).to.be.at.least(3);
    // Each rail has an arm at its top to its own mark, so it reads as that event's.
    for (const id of ['build', 'api', 'app']) {
      const [rail, arm] = [...mark(el, id)!.querySelectorAll('.bar')].map(box);
      expect(arm, id).to.not.equal(undefined);
      expect(arm.left).to.be.closeTo(rail.left, 0.5);
      expect(arm.right).to.be.at.least(symbol(id).left);
      expect(arm.top).to.be.closeTo(rail.top, 0.5);
      expect(arm.bottom - arm.top).to.be.below(4);
    }
  });

  it('in the vertical layout a break’s marks stand on the axis’s outer side, clear of the rails running through it', async () => {
    // Chevrons drawn across the axis crossed the rails of the bars running on beside it, a tangle at each break.
    for (const dir of ['ltr', 'rtl'] as const) {
      const holder = await fixture<HTMLDivElement>(html`<div dir=${dir} style="width:390px"></div>`);
      const el = document.createElement('meeting-timeline');
      el.locale = 'en-US';
      el.data = [
        { id: 'build', start: '2024-01-08', end: '2024-12-20', title: 'Build phase', kind: 'phase' },
        { id: 'api', start: '2024-01-15', end: '2024-12-06', title: 'Backend API', kind: 'task' },
        { id: 'kick', start: '2024-01-22', title: 'Kick-off', kind: 'milestone' },
        { id: 'beta', start: '2024-11-04', title: 'Beta launch', kind: 'milestone' },
        { id: 'launch', start: '2024-12-27', title: 'Public launch', kind: 'milestone' },
      ];
      holder.append(el);
      await el.updateComplete;
      expect(el.layout).to.equal('vertical');
      const breaks = $$(el, '[part="axis"] .axis-break').map(box);
      expect(breaks.length, dir).to.be.at.least(1);
      const rails = ['build', 'api'].map((id) => box(mark(el, id)!.querySelector('.bar')!));
      const axis = box($(el, '[part="axis"] .domain')!);
      const centre = (axis.left + axis.right) / 2;
      for (const b of breaks) {
        const through = rails.filter((rail) => rail.top < b.top && rail.bottom > b.bottom);
        expect(through.length, `${dir}: rails through the break`).to.equal(2);
        for (const rail of through)
          if (dir === 'ltr') expect(b.right, dir).to.be.at.most(rail.left);
          else expect(b.left, dir).to.be.at.least(rail.right);
        // On the outer side: no further in than the axis line (engines differ on how far a stroked path's box
        // reaches past its ends: Firefox's 2 px).
        if (dir === 'ltr') expect(b.right).to.be.at.most(centre + 2.5);
        else expect(b.left).to.be.at.least(centre - 2.5);
      }
    }
  });

  it('in the vertical layout a fourth span at once, with no rail left, runs on as a dashed line, not a cut bar', async () => {
    // A phase and three tasks in it: the fourth had a solid bar stopped at the next row, read as ending in April.
    const el = await mountData(
      [
        { id: 'build', start: '2024-03-01', end: '2024-09-30', title: 'Build phase', kind: 'phase' },
        { id: 'api', start: '2024-03-10', end: '2024-07-15', title: 'Backend API', kind: 'task' },
        { id: 'app', start: '2024-03-20', end: '2024-08-20', title: 'Mobile app', kind: 'task' },
        { id: 'web', start: '2024-04-01', end: '2024-08-31', title: 'Web client', kind: 'task' },
        { id: 'alpha', start: '2024-05-01', title: 'Alpha', kind: 'milestone' },
        { id: 'launch', start: '2024-10-01', title: 'Launch', kind: 'milestone' },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    const web = mark(el, 'web')!;
    expect(!web.querySelector('.bar'), 'no solid bar').to.equal(true);
    const open = web.querySelector('.open');
    expect(!!open, 'a dashed line').to.equal(true);
    const line = box(open!);
    // From under the mark towards the next row, clear of that row's mark.
    const symbol = box(web.querySelector('.mark')!);
    expect(line.top).to.be.at.least((symbol.top + symbol.bottom) / 2 - 1);
    expect(line.bottom).to.be.at.most(box(mark(el, 'alpha')!.querySelector('.mark')!).top);
    expect(line.bottom - line.top).to.be.above(10);
    // The three before it keep their rails.
    for (const id of ['build', 'api', 'app']) expect(!!mark(el, id)!.querySelector('.bar'), id).to.equal(true);
  });

  it('in the vertical layout a vague date’s faded span and an open end’s stub stop short of the next mark', async () => {
    const el = await mountData(
      [
        { id: 'decade', start: '196X', title: 'Some year in the 1960s' },
        { id: 'open', start: '1964/..', title: 'Open-ended since 1964' },
        { id: 'next', start: '1965', title: 'The next year' },
        { id: 'unsure', start: '1966?', title: 'Uncertain 1966' },
        { id: 'march', start: '1967-03', title: 'March 1967' },
        { id: 'later', start: '1968', title: 'In 1968' },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    const parts = $$(el, '[part~="event"] .extent, [part~="event"] .open');
    // All three are drawn, each stopping short of every other event's mark.
    expect(parts.length).to.equal(3);
    expectClearOfOtherMarks(el, parts);
  });

  it('in the vertical layout a vague year a few px long shows its faded span past its mark', async () => {
    // A life over 70 years at 390 px: "about 1922" is 8 px of axis, its dashes a sliver under the mark.
    const el = await mountData(
      [
        { id: 'born', start: '1867-11-07', title: 'Born in Warsaw' },
        ...[1883, 1891, 1895, 1897, 1898, 1903, 1904, 1906, 1910, 1911, 1914, 1921].map((year) => ({
          id: `y${year}`,
          start: `${year}-06-01`,
          title: `In ${year}`,
        })),
        { id: 'about', start: '1922~', title: 'Joins the League of Nations’ committee' },
        { id: 'institute', start: '1932-05-29', title: 'Opens the Radium Institute in Warsaw' },
        { id: 'died', start: '1934-07-04', title: 'Dies at Sancellemoz' },
      ],
      390,
    );
    expect(el.layout).to.equal('vertical');
    const about = mark(el, 'about')!;
    const symbol = box(about.querySelector('.mark')!);
    const extent = about.querySelector('.extent');
    expect(extent, 'the faded span is drawn').to.not.equal(null);
    // It reaches 8 px or more below the mark's symbol (it ended under it), and stops short of the next mark.
    expect(box(extent!).bottom - symbol.bottom).to.be.at.least(8);
    expectClearOfOtherMarks(el, [extent!]);
  });

  it('in the crowded vertical layout (count marks) every era in view is named in its band, clear of the labels', async () => {
    // 400 events over two years: more than the layout lists, so count marks stand for most of them.
    const events = Array.from({ length: 400 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2023, 0, 1) + ((i * 7919) % 730) * 86_400_000).toISOString(),
      title: `Event ${i}`,
    }));
    const eras = [
      { start: '2023-01-01', end: '2023-09-30', title: 'First era' },
      { start: '2023-10-01', end: '2024-06-30', title: 'Second era' },
      { start: '2024-07-01', end: '2024-12-31', title: 'Third era' },
    ];
    const el = await mountData({ events, eras }, 390);
    expect(el.layout).to.equal('vertical');
    expect($$(el, '[part="count"]').length).to.be.above(0);
    const labels = $$(el, '[part="label"]').map(box);
    for (const era of eras) {
      const name = $$(el, '.era-name').find((t) => t.textContent === era.title);
      expect(name, era.title).to.not.equal(undefined);
      const band = box(bandOf(el, name!));
      const at = box(name!);
      expect(at.top).to.be.at.least(band.top);
      expect(at.bottom).to.be.at.most(band.bottom);
      for (const label of labels) expect(label.bottom <= at.top || label.top >= at.bottom, era.title).to.equal(true);
    }
  });

  it('in the crowded vertical layout a count mark names one of its events beside it, the rest counted in a badge', async () => {
    // 400 events over two years, and 1,300 more at one minute: a count mark reading "1.3K", the widest there is.
    const events = [
      ...Array.from({ length: 400 }, (_, i) => ({
        id: `e${i}`,
        start: new Date(Date.UTC(2023, 0, 1) + ((i * 7919) % 730) * 86_400_000).toISOString(),
        title: `Event ${i}`,
      })),
      ...Array.from({ length: 1300 }, (_, i) => ({ id: `s${i}`, start: '2024-03-05T10:00Z', title: `Summit ${i}` })),
    ];
    const el = await mountData({ events }, 390);
    expect(el.layout).to.equal('vertical');
    const counts = $$(el, '[part="count"]');
    expect(counts.map((c) => c.textContent.trim())).to.include('1.3K');
    const labels = $$(el, '[part="label"]');
    const badges = $$(el, '[part="cluster"]');
    const widest = Math.max(...counts.map((c) => box(c.querySelector('rect')!).right));
    const named = counts.filter((count) => {
      const at = box(count);
      const middle = (at.top + at.bottom) / 2;
      const label = labels.find((l) => Math.abs((box(l).top + box(l).bottom) / 2 - middle) < 3);
      if (!label) return false;
      // Clear of the widest count mark, and one of the mark's own events: it has no mark of its own.
      expect(box(label).left).to.be.at.least(widest + 2);
      const title = label.textContent.replace('…', '').trim();
      const event = el.events.find((e) => e.title.startsWith(title));
      expect(event, title).to.not.equal(undefined);
      expect(mark(el, event!.id), title).to.equal(null);
      // The badge on its line counts the mark's other events (and any label with no line of its own).
      const badge = badges.find((b) => Math.abs((box(b).top + box(b).bottom) / 2 - middle) < 6);
      expect(badge, title).to.not.equal(undefined);
      const number = (text: string) => Number(text.replace(/[^0-9.K]/g, '').replace('K', 'e3'));
      expect(number(badge!.textContent)).to.be.at.least(
        number(count.textContent) - 1 - (count.textContent.includes('K') ? 50 : 0),
      );
      return true;
    });
    // Count marks a line apart each name one: all but those whose line an earlier label took.
    expect(named.length).to.be.at.least(counts.length - 2);
  });

  it('in the crowded vertical layout a click on a name does what one on its mark does', async () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      start: new Date(Date.UTC(2023, 0, 1) + ((i * 7919) % 730) * 86_400_000).toISOString(),
      title: `Event ${i}`,
    }));
    const el = await mountData({ events }, 390);
    expect($$(el, '[part="count"]').length).to.be.above(5);
    const click = (target: Element) => target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    // A single event's name selects it.
    const single = $$(el, 'text.event-name')[0];
    expect(single, 'a single event named').to.not.equal(undefined);
    const title = single.textContent.replace('…', '').trim();
    const selected = oneEvent(el, 'mt-select');
    click(single);
    await selected;
    expect(el.selected).to.not.equal(null);
    expect(el.events.find((e) => e.id === el.selected)!.title.startsWith(title), title).to.equal(true);
    // A count mark's name zooms in on its events.
    const before = span(el);
    const changed = oneEvent(el, 'mt-rangechange');
    click($$(el, 'text.count-name')[0]);
    await changed;
    await el.updateComplete;
    expect(span(el)).to.be.below(before / 2);
  });

  it('keyboard: ArrowDown and ArrowUp walk through time', async () => {
    const el = await mountBuiltIn(360);
    const first = el.events.findIndex((e) => mark(el, e.id));
    mark(el, el.events[first].id)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(el.events[first + 1].id);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(el.events[first].id);
  });

  it('zoom buttons and Ctrl + wheel zoom the vertical axis', async () => {
    const el = await mountBuiltIn(360);
    const before = span(el);
    let changed = oneEvent(el, 'mt-rangechange');
    ($(el, '.zoom-in') as HTMLButtonElement).click();
    await changed;
    expect(span(el)).to.be.closeTo(before / 2, before * 0.02);
    const svg = $(el, 'svg')!;
    const rect = box(svg);
    changed = oneEvent(el, 'mt-rangechange');
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: 200,
        ctrlKey: true,
        clientX: rect.left + 100,
        clientY: rect.top + 100,
        bubbles: true,
        cancelable: true,
        view: window,
      }),
    );
    await changed;
    expect(span(el)).to.be.above(before * 0.6);
  });

  it('has no axe violations, with and without the details panel, light and dark', async () => {
    const el = await mountBuiltIn(360);
    expect(await violations(el)).to.deep.equal([]);
    el.select('filoli-2023');
    await el.updateComplete;
    expect($(el, '[part="details"]')).to.exist;
    expect(await violations(el)).to.deep.equal([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await violations(el)).to.deep.equal([]);
  });
});
