import { expect } from '@open-wc/testing';
import { markShape, type MarkContext } from '../../src/views/marks.js';
import { en } from '../../src/i18n/strings.js';
import { builtInStyle } from '../../src/model/kinds.js';
import type { TimePoint, TimelineEvent } from '../../src/types.js';

const DAY = 86_400_000;
const point = (day: number, extra: Partial<TimePoint> = {}): TimePoint => ({
  ms: day * DAY,
  endMs: (day + 1) * DAY,
  precision: 'day',
  ...extra,
});

function event(id: string, start: TimePoint, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Title ${id}`,
    kind: 'video',
    start,
    participants: [],
    outcomes: [],
    sources: [],
    index: 0,
    ...extra,
  };
}

function context(extra: Partial<MarkContext> = {}): MarkContext {
  return {
    vertical: false,
    strings: en,
    numbers: new Intl.NumberFormat('en'),
    compact: new Intl.NumberFormat('en', { notation: 'compact' }),
    setSize: 9,
    selectedId: null,
    name: (e) => `name of ${e.id}`,
    kinds: new Map(),
    position: () => 3,
    byId: () => undefined,
    onSelect: () => {},
    onFocus: () => {},
    expand: () => {},
    reach: () => {},
    ...extra,
  };
}

// One px a day, from day 0.
const scale = (ms: number) => ms / DAY;

describe('markShape', () => {
  it('places the mark at its start across and its row down, counted and styled by kind', () => {
    const shape = markShape(context(), event('a', point(100)), 40, scale, false);
    expect(shape).to.include({ id: 'a', x: 100, y: 40, posinset: 4, setsize: 9, pressed: false });
    expect(shape.event.id).to.equal('a');
    expect(shape.className).to.equal(`event k-${builtInStyle('video').style}`);
    expect(shape.path).to.equal(builtInStyle('video').path);
    expect(shape.ring).to.equal(false);
    expect(shape.bar).to.equal(undefined);
    expect(shape.label).to.equal(undefined);
    // A 24 px square hit area around a mark with no label.
    expect(shape.hit).to.deep.equal({ x: -12, y: -12, w: 24, h: 24 });
  });

  it('leaves naming its event to the list that draws it: a first picture draws (and names) only the marks in the window', () => {
    const named: string[] = [];
    const a = event('a', point(100));
    const shape = markShape(context({ name: (e) => (named.push(e.id), `name of ${e.id}`) }), a, 40, scale, false);
    expect(named).to.deep.equal([]);
    expect(shape.event).to.equal(a);
  });

  it('draws a bar only for an end more than MIN_BAR (20) px away, and its hit area covers it', () => {
    // A shorter one showed a few px past its mark: a blob of the mark's (a pill under a triangle down a phone).
    expect(markShape(context(), event('a', point(0), { end: point(19) }), 0, scale, false).bar).to.equal(undefined);
    expect(markShape(context(), event('a', point(0), { end: point(20) }), 0, scale, false).bar).to.deep.equal({
      x: 0,
      y: -4,
      w: 21,
      h: 8,
    });
    const across = markShape(context({ vertical: true }), event('a', point(0), { end: point(19) }), 0, scale, false);
    expect(across.bar).to.equal(undefined);
    const long = markShape(context(), event('a', point(0), { end: point(40) }), 0, scale, false);
    // To the end of the end's day: 41 px.
    expect(long.bar).to.deep.equal({ x: 0, y: -4, w: 41, h: 8 });
    expect(long.hit).to.deep.equal({ x: -12, y: -12, w: 53, h: 24 });
  });

  it('draws a bar faint under a label drawn on it, and in full from 4 px beyond the label', () => {
    const long = event('a', point(0), { end: point(199) });
    const label = { dx: 8, dy: 0, anchor: 'start' as const, text: 'Title a', leader: false, bold: false, width: 50 };
    const on = markShape(context(), long, 0, scale, false, label);
    // 200 px of bar: all of it faint, and from 4 px past the label's end in full.
    expect(on).to.deep.include({ bar: { x: 0, y: -4, w: 200, h: 8 }, barFaint: true });
    expect(on.barRest).to.deep.equal({ x: 62, y: -4, w: 138, h: 8 });
    expect(on.label?.className).to.equal(' on-bar');
    // A label that runs past the bar's end leaves only the band; one ending left of the mark (rtl) mirrors it.
    const past = markShape(context(), long, 0, scale, false, { ...label, width: 195 });
    expect([past.barFaint, past.barRest]).to.deep.equal([true, undefined]);
    const rtl = markShape(context(), long, 0, (ms) => -scale(ms), false, { ...label, dx: -8, anchor: 'end' });
    expect(rtl).to.deep.include({ bar: { x: -200, y: -4, w: 200, h: 8 }, barFaint: true });
    expect(rtl.barRest).to.deep.equal({ x: -200, y: -4, w: 138, h: 8 });
    // Beside the mark, in another row, or unmeasured: the bar is drawn in full, once.
    for (const beside of [
      { ...label, dx: -8, anchor: 'end' as const },
      { ...label, dy: 26 },
      { ...label, width: undefined },
    ]) {
      const shape = markShape(context(), long, 0, scale, false, beside);
      expect([shape.bar, shape.barFaint, shape.barRest]).to.deep.equal([
        { x: 0, y: -4, w: 200, h: 8 },
        false,
        undefined,
      ]);
      // …and its label keeps its halo (a label without one on a solid bar would show the bar through it).
      expect(shape.label?.className).to.not.include('on-bar');
    }
  });

  it('turns bar and hit area in the vertical layout', () => {
    const shape = markShape(context({ vertical: true }), event('a', point(0), { end: point(40) }), 70, scale, false);
    expect(shape).to.include({ x: 70, y: 0 });
    expect(shape.bar).to.deep.equal({ x: -4, y: 0, w: 8, h: 41 });
  });

  it('shows the span an uncertain date could cover, and a stub for an open end', () => {
    const vague = markShape(
      context(),
      event('a', { ms: 0, endMs: 30 * DAY, precision: 'month', uncertain: true }),
      0,
      scale,
      false,
    );
    expect(vague.extent).to.deep.equal({ x: 0, y: -5, w: 30, h: 10 });
    const sure = markShape(context(), event('a', { ms: 0, endMs: 30 * DAY, precision: 'month' }), 0, scale, false);
    expect(sure.extent).to.equal(undefined);
    const open = markShape(context(), event('a', point(0), { open: 'end' }), 0, scale, false);
    expect(open.open).to.deep.equal({ x1: 0, y1: 0, x2: 40, y2: 0 });
  });

  it('rings the tab stop, the focused and the selected mark, and presses the selected one', () => {
    const e = event('a', point(0));
    expect(markShape(context(), e, 0, scale, true).ring).to.equal(true);
    expect(markShape(context({ focusedId: 'a' }), e, 0, scale, false).ring).to.equal(true);
    const selected = markShape(context({ selectedId: 'a' }), e, 0, scale, false);
    expect(selected).to.include({ ring: true, pressed: true });
  });

  it('keeps the full title with a cut label, and joins a label in another row by a leader', () => {
    const e = event('a', point(0));
    const label = { dx: 12, dy: 26, anchor: 'start' as const, text: 'Tit…', leader: true, bold: true };
    const shape = markShape(context(), e, 0, scale, false, label, [-9, 80]);
    expect(shape.label).to.deep.include({ x: 12, y: 26, anchor: 'start', text: 'Tit…', title: 'Title a' });
    expect(shape.label?.className).to.equal('strong');
    expect(shape.leader).to.deep.equal({ x1: 0, y1: 8, x2: 14, y2: 18 });
    // The hit area spans the mark and its label.
    expect(shape.hit).to.deep.equal({ x: -12, y: -12, w: 92, h: 24 });
    const whole = markShape(context(), e, 0, scale, false, { ...label, text: 'Title a', leader: false });
    expect(whole.label?.title).to.equal(undefined);
    expect(whole.leader).to.equal(undefined);
  });
});
