// <meeting-timeline>'s cues for what lies beyond the view: each lane's "2 earlier" and "3 later" in its title row,
// the vertical chart's above its first row and below its last. Clicking one glides out to take those events in.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { $, $$, mark, mountBuiltIn, mountBuiltInRtl, mountData, type MeetingTimeline } from '../helpers.js';
import type { TimelineDataInput, TimelineEvent } from '../../src/types.js';
import type { RangeChangeDetail } from '../../src/controllers/viewport-controller.js';

/** Each lane's title row as drawn: the lane's key, its name and its cues' texts. */
function titleRows(el: MeetingTimeline): { lane: string; name: string; cues: string[] }[] {
  return $$(el, '[part~="lane"]').map((lane, i) => {
    const row = $$(el, '.lane-label')[i].closest('text')!;
    const cues = [...row.querySelectorAll('.more')].map((cue) => cue.textContent);
    return { lane: lane.dataset.lane!, name: row.querySelector('.lane-label')!.textContent, cues };
  });
}

/** The cues, once the zoom's chunk that draws them has loaded. */
async function cuesOf(el: MeetingTimeline): Promise<HTMLElement[]> {
  await waitUntil(() => $$(el, '.more').length > 0, 'cues drawn', { timeout: 4000 });
  return $$(el, '.more');
}

const lastMs = (e: TimelineEvent) => (e.end ? e.end.endMs : e.start.ms);

/** Events of each lane wholly before the view, and starting after it (none of the built-in bars runs into it). */
function beyond(el: MeetingTimeline, key: (e: TimelineEvent) => string) {
  const [from, to] = [el.range.from.getTime(), el.range.to.getTime()];
  const counts = new Map<string, [number, number]>();
  for (const e of el.events) {
    const [before, after] = counts.get(key(e)) ?? [0, 0];
    counts.set(key(e), [before + (lastMs(e) < from ? 1 : 0), after + (e.start.ms > to ? 1 : 0)]);
  }
  return counts;
}

function click(target: Element): void {
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

describe('<meeting-timeline> cues beyond the view', () => {
  it('each lane says how many of its events lie before the opening view, so an empty lane says why', async () => {
    const el = await mountBuiltIn();
    await cuesOf(el);
    const counts = beyond(el, (e) => e.kind);
    const rows = titleRows(el);
    expect(rows.map((r) => r.name)).to.deep.equal(['In person', 'Video', 'Phone', 'Visits', 'Incidents']);
    for (const row of rows) {
      const [before] = counts.get(row.lane)!;
      expect(row.cues, row.lane).to.deep.equal(before ? [`${before} earlier`] : []);
    }
    // The built-in story opens on Bali to Filoli: the calls of 2021 and 2022 are before it, in lanes otherwise empty.
    const video = rows.find((r) => r.lane === 'video')!;
    expect(video.cues).to.have.length(1);
    expect($$(el, '[part~="event"].k-video')).to.have.length(0);
    // Decoration, as the lanes' names are: the marks are what a screen reader walks.
    for (const cue of $$(el, '.more')) expect(cue.closest('[aria-hidden="true"]')).to.exist;
  });

  it('a cue sits after its lane’s name, in the focus colour', async () => {
    const el = await mountBuiltIn();
    await cuesOf(el);
    const row = $$(el, '.lane-label')[1].closest('text')!;
    const [name, cue] = [row.querySelector('.lane-label')!, row.querySelector('.more')!];
    expect(cue.getBoundingClientRect().left).to.be.above(name.getBoundingClientRect().right + 4);
    // The light theme's focus colour, #1a5fd0, not the name's grey.
    expect(getComputedStyle(cue).fill).to.equal('rgb(26, 95, 208)');
    expect(getComputedStyle(name).fill).to.not.equal('rgb(26, 95, 208)');
    expect(getComputedStyle(cue).cursor).to.equal('pointer');
  });

  it('clicking a lane’s "2 earlier" glides out to show those events with the view, and says so in mt-rangechange', async () => {
    const el = await mountBuiltIn();
    await cuesOf(el);
    const before = el.range;
    const video = el.events.filter((e) => e.kind === 'video');
    const cue = titleRows(el).findIndex((r) => r.lane === 'video');
    const changed = oneEvent(el, 'mt-rangechange');
    click($$(el, '.lane-label')[cue].closest('text')!.querySelector('.more')!);
    const { detail } = (await changed) as CustomEvent<RangeChangeDetail>;
    expect(detail.from.getTime()).to.be.below(video[0].start.ms);
    expect(detail.to.getTime()).to.be.at.least(before.to.getTime());
    await el.updateComplete;
    for (const e of video) expect(mark(el, e.id), e.id).to.exist;
    expect(titleRows(el).find((r) => r.lane === 'video')!.cues).to.deep.equal([]);
  });

  it('with every event in view there is no cue', async () => {
    const el = await mountBuiltIn();
    await cuesOf(el);
    el.fit();
    await el.updateComplete;
    expect($$(el, '.more')).to.have.length(0);
  });

  it('"3 later" sits at the lane’s far edge, and clicking it glides out to the last of them', async () => {
    const el = await mountBuiltIn();
    await cuesOf(el);
    const events = el.events;
    el.zoomTo(events[0].start.ms - 86_400_000, events[3].start.ms + 86_400_000);
    await el.updateComplete;
    const counts = beyond(el, (e) => e.kind);
    const rows = titleRows(el);
    for (const row of rows) {
      const [before, after] = counts.get(row.lane)!;
      expect(row.cues, row.lane).to.deep.equal([
        ...(before ? [`${before} earlier`] : []),
        ...(after ? [`${after} later`] : []),
      ]);
    }
    const later = $$(el, '.more').find((cue) => cue.textContent.endsWith('later'))!;
    const svg = $(el, 'svg')!.getBoundingClientRect();
    expect(later.getBoundingClientRect().right).to.be.closeTo(svg.right - 8, 3);
    const last = Math.max(...el.events.map(lastMs));
    const changed = oneEvent(el, 'mt-rangechange');
    // The in-person lane's last event is Filoli, the story's last.
    const inPerson = [...$$(el, '.lane-label')[0].closest('text')!.querySelectorAll('.more')];
    click(inPerson.find((cue) => cue.textContent.endsWith('later'))!);
    const { detail } = (await changed) as CustomEvent<RangeChangeDetail>;
    expect(detail.to.getTime()).to.be.above(last);
  });

  it('right to left, the name keeps the start edge (the right), its cue beside it, "later" at the left edge', async () => {
    const el = await mountBuiltInRtl();
    await cuesOf(el);
    const svg = $(el, 'svg')!.getBoundingClientRect();
    for (const label of $$(el, '.lane-label'))
      expect(label.getBoundingClientRect().right).to.be.closeTo(svg.right - 8, 3);
    const row = $$(el, '.lane-label')[1].closest('text')!;
    const [name, cue] = [row.querySelector('.lane-label')!, row.querySelector('.more')!];
    expect(cue.getBoundingClientRect().right).to.be.below(name.getBoundingClientRect().left - 4);
    el.zoomTo(el.events[0].start.ms - 86_400_000, el.events[3].start.ms + 86_400_000);
    await el.updateComplete;
    const later = $$(el, '.lane-label')[0].closest('text')!.querySelector('.more')!;
    expect(later.getBoundingClientRect().left).to.be.closeTo(svg.left + 8, 3);
  });

  it('each cue is a target of 24 px or more, over the whole of its text, in either direction and layout', async () => {
    // Narrower than the test page's window, so every point of the chart can be hit.
    const ltr = await mountBuiltIn(760);
    const rtl = await mountBuiltInRtl(760);
    const vertical = await mountBuiltIn(360);
    for (const el of [ltr, rtl, vertical]) {
      await el.updateComplete;
      el.zoomTo(el.events[5].start.ms, el.events[12].start.ms);
      await el.updateComplete;
      const cues = await cuesOf(el);
      const areas = $$(el, '.beyond-hit');
      expect(areas, el.layout).to.have.length(cues.length);
      cues.forEach((cue, i) => {
        cue.scrollIntoView({ block: 'center' });
        const [text, area] = [cue.getBoundingClientRect(), areas[i].getBoundingClientRect()];
        expect(area.height, cue.textContent).to.be.at.least(23.9);
        expect(area.width, cue.textContent).to.be.at.least(23.9);
        expect(area.left, cue.textContent).to.be.at.most(text.left);
        expect(area.right, cue.textContent).to.be.at.least(text.right);
        expect(area.top, cue.textContent).to.be.at.most(text.top);
        expect(area.bottom, cue.textContent).to.be.at.least(text.bottom);
        // What a pointer over the text's middle hits is the area, which does what the cue does.
        const root = el.shadowRoot!;
        expect(root.elementFromPoint(text.left + text.width / 2, text.top + text.height / 2)).to.equal(areas[i]);
      });
    }
  });

  it('says it in the locale: "2 früher"', async () => {
    const el = await mountBuiltIn(1000, 'de');
    await cuesOf(el);
    const [before] = beyond(el, (e) => e.kind).get('video')!;
    const row = titleRows(el).find((r) => r.lane === 'video')!;
    expect(row.cues).to.deep.equal([`${before} früher`]);
  });

  it('the vertical chart says how many events lie above its first row and below its last', async () => {
    const el = await mountBuiltIn(360);
    expect(el.layout).to.equal('vertical');
    const [top] = await cuesOf(el);
    const [before] = beyond(el, () => 'all').get('all')!;
    expect(top.textContent).to.equal(`${before} earlier`);
    // The chart's box: the svg may be taller, with room to grow into that the box clips.
    const chart = () => $(el, 'svg')!.parentElement!.getBoundingClientRect();
    const box = top.getBoundingClientRect();
    expect(box.bottom).to.be.below(chart().top + 28);
    expect(box.right).to.be.closeTo(chart().right - 8, 3);
    const changed = oneEvent(el, 'mt-rangechange');
    click(top);
    const { detail } = (await changed) as CustomEvent<RangeChangeDetail>;
    expect(detail.from.getTime()).to.be.below(el.events[0].start.ms);
    await el.updateComplete;
    expect($$(el, '.more')).to.have.length(0);
    // Zoomed on the first events, the rest are below the last row.
    el.zoomTo(el.events[0].start.ms - 86_400_000, el.events[2].start.ms + 86_400_000);
    await el.updateComplete;
    const [, after] = beyond(el, () => 'all').get('all')!;
    const [bottom] = $$(el, '.more');
    expect(bottom.textContent).to.equal(`${after} later`);
    expect(bottom.getBoundingClientRect().top).to.be.above(chart().bottom - 24);
    expect(bottom.getBoundingClientRect().bottom).to.be.at.most(chart().bottom);
  });

  it('data with no view of its own opens on everything: no cue', async () => {
    const el = await mountData([
      { start: '2024-01-01', title: 'One', kind: 'video' },
      { start: '2024-06-01', title: 'Two', kind: 'phone' },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await el.updateComplete;
    expect($$(el, '.more')).to.have.length(0);
  });
  it('a long lane name gives way to its cues, cut with an ellipsis and whole on hover, each read in its own direction', async () => {
    const long = 'Ministry of Foreign Affairs and International Cooperation working groups';
    const events = Array.from({ length: 24 }, (_, m) => ({
      title: `Meeting ${m}`,
      start: `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-10`,
      group: m % 2 ? long : 'Short',
    }));
    const data: TimelineDataInput = { events, view: { start: '2022-09-01', end: '2023-03-01' } };
    for (const dir of ['ltr', 'rtl'] as const) {
      // 640 px: the narrowest the chart is laid out across. Whole, the name ran through both of its cues.
      const el = await mountData(data, 640, 'en-US', dir);
      await cuesOf(el);
      expect(el.layout).to.equal('horizontal');
      const row = titleRows(el).find((r) => r.lane === long)!;
      expect(row.cues, dir).to.deep.equal(['4 earlier', '5 later']);
      expect(row.name, dir).to.match(/^Ministry of Foreign Affairs.*…$/);
      const text = $$(el, '.lane-label')[1].closest('text')!;
      expect(text.querySelector('title')!.textContent, dir).to.equal(long);
      const [name, earlier, later] = [text.querySelector('.lane-label')!, ...text.querySelectorAll('.more')].map(
        (part) => part.getBoundingClientRect(),
      );
      const svg = $(el, 'svg')!.getBoundingClientRect();
      // In the page's direction: the name, its "4 earlier", then "5 later" at the far edge, none over another.
      const [first, second, third] = dir === 'ltr' ? [name, earlier, later] : [later, earlier, name];
      expect(first.right, dir).to.be.below(second.left - 4);
      expect(second.right, dir).to.be.below(third.left - 4);
      expect(first.left, dir).to.be.at.least(svg.left + 7);
      expect(third.right, dir).to.be.at.most(svg.right - 7);
      // Each read in its own direction: "5 later" from its number even in a right-to-left page.
      const laterCue = text.querySelectorAll<SVGTSpanElement>('.more')[1];
      expect(laterCue.getStartPositionOfChar(0).x, dir).to.be.below(laterCue.getStartPositionOfChar(2).x);
      // A short name is left whole, with no hover text.
      const short = $$(el, '.lane-label')[0];
      expect(short.textContent).to.equal('Short');
      expect(short.closest('text')!.querySelector('title')).to.equal(null);
    }
  });

  it('the vertical chart’s cue reads from its number in a right-to-left page too', async () => {
    const events = Array.from({ length: 12 }, (_, m) => ({
      title: `Meeting ${m}`,
      start: `2022-${String(m + 1).padStart(2, '0')}-10`,
    }));
    const el = await mountData({ events, view: { start: '2022-06-01', end: '2022-12-31' } }, 360, 'en-US', 'rtl');
    const [top] = (await cuesOf(el)) as unknown as SVGTSpanElement[];
    expect(el.layout).to.equal('vertical');
    expect(top.textContent).to.equal('5 earlier');
    // Without its isolates, the page's direction set it as "earlier 5".
    expect(top.getStartPositionOfChar(0).x).to.be.below(top.getStartPositionOfChar(2).x);
    // At the edge away from the axis: the left, right to left.
    expect(top.getBoundingClientRect().left).to.be.closeTo($(el, 'svg')!.getBoundingClientRect().left + 8, 3);
  });
});
