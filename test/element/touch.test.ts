// <meeting-timeline> under real touch input (puppeteer's touchscreen, through the mt-touch command):
// a swipe pans, a pinch zooms, a tap selects, and a vertical swipe over the chart still scrolls the page.
import { expect, oneEvent, aTimeout } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { $, $$, mark, mountBuiltIn, mountData, span } from '../helpers.js';
import type { MeetingTimeline } from '../helpers.js';
import type { SelectDetail } from '../../src/meeting-timeline.js';

type Point = [number, number];

// Inside the test page's 800 px viewport: touches off screen go nowhere.
const WIDTH = 760;

/** Plays a gesture: each finger moves from its first point to its last. */
async function touch(fingers: [Point, Point?][], steps = 8): Promise<void> {
  await executeServerCommand('mt-touch', { fingers: fingers.map((path) => path.filter(Boolean)), steps });
  // Let the last touch events and the render they cause land.
  await aTimeout(60);
}

function middle(target: Element): Point {
  const box = target.getBoundingClientRect();
  return [box.left + box.width / 2, box.top + box.height / 2];
}

/**
 * Taps `target` once it stands still, no smooth scroll left running: a previous test's selection scrolled the page
 * smoothly to its panel, and a tap aimed while the page still moved missed on a busy machine.
 */
async function tapStill(target: Element): Promise<void> {
  // Brought into view again while it stands still outside it: in a clean-clone run Firefox's page was scrolled 260 px
  // on after the first scroll (the button stood at y −129), and the tap went outside the viewport.
  const inView = ([x, y]: Point) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
  for (let attempt = 0; attempt < 3 && (attempt === 0 || !inView(middle(target))); attempt++) {
    window.scrollTo({ top: 0, behavior: 'instant' });
    target.scrollIntoView({ block: 'center', behavior: 'instant' });
    let place = '';
    for (let i = 0; i < 60 && place !== JSON.stringify(middle(target)); i++) {
      place = JSON.stringify(middle(target));
      await new Promise(requestAnimationFrame);
    }
  }
  const at = middle(target);
  expect(inView(at), `the target stands in the viewport to be tapped, at ${at.join(', ')}`).to.be.true;
  await touch([[at]], 1);
}

/** A point on the chart's lane area away from any mark (the top of the first lane's band). */
function emptySpot(el: MeetingTimeline): Point {
  const band = $(el, '.lane-band')!.getBoundingClientRect();
  return [band.left + band.width / 2, band.top + 4];
}

describe('<meeting-timeline> touch', () => {
  it('a horizontal swipe pans the view and fires mt-rangechange', async () => {
    const el = await mountBuiltIn(WIDTH);
    el.zoomTo('2023-01-01', '2023-06-01');
    await el.updateComplete;
    const before = el.range.from.getTime();
    const width = span(el);
    const [x, y] = emptySpot(el);
    const changed = oneEvent(el, 'mt-rangechange');
    await touch([
      [
        [x, y],
        [x + 200, y + 5],
      ],
    ]);
    await changed;
    // Dragging right shows earlier dates, at the same zoom.
    expect(el.range.from.getTime()).to.be.below(before - width * 0.1);
    expect(span(el)).to.be.closeTo(width, width * 0.02);
  });

  it('a pinch out zooms in, a pinch in zooms out', async () => {
    const el = await mountBuiltIn(WIDTH);
    const full = span(el);
    const [x, y] = emptySpot(el);
    let changed = oneEvent(el, 'mt-rangechange');
    await touch([
      [
        [x - 40, y],
        [x - 200, y],
      ],
      [
        [x + 40, y],
        [x + 200, y],
      ],
    ]);
    await changed;
    const zoomed = span(el);
    expect(zoomed).to.be.below(full * 0.5);
    changed = oneEvent(el, 'mt-rangechange');
    await touch([
      [
        [x - 150, y],
        [x - 50, y],
      ],
      [
        [x + 150, y],
        [x + 50, y],
      ],
    ]);
    await changed;
    expect(span(el)).to.be.above(zoomed * 1.5);
  });

  it('a tap on an event selects it', async () => {
    const el = await mountBuiltIn(WIDTH);
    const target = mark(el, 'filoli-2023')!;
    const selected = oneEvent(el, 'mt-select');
    await touch([[middle(target)]], 1);
    const { detail } = (await selected) as CustomEvent<SelectDetail>;
    expect(detail.event.id).to.equal('filoli-2023');
    expect(el.selected).to.equal('filoli-2023');
  });

  it('a tapped mark is not left lifted and underlined on a screen without hover', async function () {
    // Phones answer (hover: none), as both headless browsers do; a tap leaves :hover on what it hit (Chromium), and
    // the mark stayed lifted after the selection had moved on.
    if (!matchMedia('(hover: none)').matches) this.skip();
    const el = await mountBuiltIn(WIDTH);
    const target = mark(el, 'filoli-2023')!;
    const shape = target.querySelector('.mark')!;
    const label = target.querySelector('[part~="label"]')!;
    const resting = [getComputedStyle(shape).scale, getComputedStyle(label).textDecorationLine];
    await tapStill(target);
    expect(el.selected, 'the tap selected the mark').to.equal('filoli-2023');
    expect([getComputedStyle(shape).scale, getComputedStyle(label).textDecorationLine]).to.deep.equal(resting);
  });

  it('a tapped zoom button is not left bordered as if hovered on a screen without hover', async function () {
    // A tap leaves :hover on the button (Chromium): "+" kept its hover border after each tap on a phone.
    if (!matchMedia('(hover: none)').matches) this.skip();
    const el = await mountBuiltIn(WIDTH);
    const button = $(el, '.zoom-in')!;
    const border = () => getComputedStyle(button).borderTopColor;
    const resting = border();
    const before = span(el);
    await tapStill(button);
    for (let i = 0; i < 60 && span(el) >= before; i++) await new Promise(requestAnimationFrame);
    expect(span(el), 'the tap zoomed in').to.be.below(before);
    expect(button.matches(':hover'), 'the tap left :hover on the button').to.be.true;
    expect(border()).to.equal(resting);
  });

  it('a vertical swipe over the chart scrolls the page, not the timeline', async () => {
    // The chart leaves vertical panning to the browser.
    expect(getComputedStyle((await mountBuiltIn(WIDTH)).shadowRoot!.querySelector('svg')!).touchAction).to.equal(
      'pan-y',
    );
    // A page taller than the viewport, so there is somewhere to scroll to.
    const el = await mountBuiltIn(WIDTH);
    el.after(Object.assign(document.createElement('div'), { style: 'height:3000px' }));
    el.scrollIntoView({ block: 'start' });
    const scrolled = window.scrollY;
    const before = el.range;
    const [x, y] = emptySpot(el);
    const moves: TouchEvent[] = [];
    const record = (e: TouchEvent) => moves.push(e);
    window.addEventListener('touchmove', record, { capture: true, passive: true });
    try {
      await touch(
        [
          [
            [x, y + 20],
            [x, y - 120],
          ],
        ],
        12,
      );
      await aTimeout(300);
    } finally {
      window.removeEventListener('touchmove', record, { capture: true });
    }
    // Nothing cancelled the swipe, so the browser is free to scroll; Chromium does for this input, while
    // Firefox on the desktop does not scroll for touch input from WebDriver at all.
    expect(moves.length).to.be.above(0);
    expect(moves.filter((e) => e.defaultPrevented)).to.have.length(0);
    if (navigator.userAgent.includes('Chrome/')) expect(window.scrollY).to.be.above(scrolled + 40);
    expect(el.range.from.getTime()).to.equal(before.from.getTime());
    expect(el.range.to.getTime()).to.equal(before.to.getTime());
    // Let the fling come to rest before the next test measures positions.
    for (let last = -1; last !== window.scrollY; await aTimeout(100)) last = window.scrollY;
    window.scrollTo(0, 0);
  });

  it('a vertical swipe over the vertical timeline scrolls the page too: it grows with the page', async () => {
    const el = await mountBuiltIn(360);
    expect(el.layout).to.equal('vertical');
    expect(getComputedStyle($(el, 'svg')!).touchAction).to.equal('pan-y');
    el.after(Object.assign(document.createElement('div'), { style: 'height:3000px' }));
    el.scrollIntoView({ block: 'start' });
    const scrolled = window.scrollY;
    const before = el.range;
    const band = $(el, '.lane-band')!.getBoundingClientRect();
    const [x, y] = [band.right - 10, Math.min(band.top + 300, window.innerHeight - 40)];
    const moves: TouchEvent[] = [];
    const record = (e: TouchEvent) => moves.push(e);
    window.addEventListener('touchmove', record, { capture: true, passive: true });
    try {
      await touch(
        [
          [
            [x, y],
            [x + 4, y - 160],
          ],
        ],
        12,
      );
      await aTimeout(300);
    } finally {
      window.removeEventListener('touchmove', record, { capture: true });
    }
    expect(moves.length).to.be.above(0);
    expect(moves.filter((e) => e.defaultPrevented)).to.have.length(0);
    if (navigator.userAgent.includes('Chrome/')) expect(window.scrollY).to.be.above(scrolled + 40);
    expect(el.range.from.getTime()).to.equal(before.from.getTime());
    for (let last = -1; last !== window.scrollY; await aTimeout(100)) last = window.scrollY;
    window.scrollTo(0, 0);
  });

  for (const [layout, width] of [
    ['horizontal', 1000],
    ['vertical', 360],
  ] as const) {
    it(`every touch target is at least 24 × 24 CSS px (${layout})`, async () => {
      const el = await mountBuiltIn(width);
      expect(el.layout).to.equal(layout);
      el.fit();
      await el.updateComplete;
      // Zoomed out over a crowded lane, so there are count marks and "+N" badges too.
      const crowded = await mountData(
        Array.from({ length: 1000 }, (_, i) => ({
          start: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000),
          title: `E${i}`,
        })),
        width,
      );
      const targets = [el, crowded].flatMap((t) =>
        $$(t, '[part~="event"], [part="count"], [part="cluster"], [part~="controls"] button'),
      );
      expect(targets.length).to.be.above(5);
      expect(targets.filter((t) => t.matches('[part="count"], [part="cluster"]')).length).to.be.above(0);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(Math.round(box.width), target.outerHTML.slice(0, 80)).to.be.at.least(24);
        expect(Math.round(box.height), target.outerHTML.slice(0, 80)).to.be.at.least(24);
      }
    });
  }
});
