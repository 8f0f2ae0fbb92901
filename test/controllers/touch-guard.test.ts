import { expect, fixture, html } from '@open-wc/testing';
import { guardCrossAxisSwipes } from '../../src/controllers/touch-guard.js';

// Synthetic touch events: an Event with a `touches` list is all the guard reads (desktop Firefox has no
// TouchEvent constructor). Real touch input is tested through the element in test/element/touch.test.ts.
function touch(target: EventTarget, type: 'touchstart' | 'touchmove', ...points: [number, number][]): void {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'touches', { value: points.map(([clientX, clientY]) => ({ clientX, clientY })) });
  target.dispatchEvent(event);
}

/** A chart whose guard is registered first, and the touchmoves d3-zoom (a later listener) would hear. */
async function guarded(vertical: boolean) {
  const svg = await fixture<SVGSVGElement>(html`<svg width="400" height="200"></svg>`);
  guardCrossAxisSwipes(svg, () => vertical);
  const heard: number[] = [];
  let moves = 0;
  svg.addEventListener('touchmove', () => heard.push(moves));
  const move = (...points: [number, number][]) => {
    moves++;
    touch(svg, 'touchmove', ...points);
  };
  return { svg, heard, move };
}

describe('guardCrossAxisSwipes', () => {
  it('guardCrossAxisSwipes(svg) leaves a swipe across the time axis to the page: later listeners hear no move', async () => {
    const { svg, heard, move } = await guarded(false);
    touch(svg, 'touchstart', [100, 100]);
    move([102, 130]);
    move([103, 160]);
    move([150, 170]); // sideways now, but the swipe was decided by its first move
    expect(heard).to.deep.equal([]);
  });

  it('guardCrossAxisSwipes(svg) lets a swipe along the time axis through to the zoom', async () => {
    const { svg, heard, move } = await guarded(false);
    touch(svg, 'touchstart', [100, 100]);
    move([130, 102]);
    move([160, 140]);
    expect(heard).to.deep.equal([1, 2]);
  });

  it('guardCrossAxisSwipes(svg, vertical) swaps the axes when time runs down', async () => {
    const down = await guarded(true);
    touch(down.svg, 'touchstart', [100, 100]);
    down.move([102, 130]);
    expect(down.heard).to.deep.equal([1]);

    const across = await guarded(true);
    touch(across.svg, 'touchstart', [100, 100]);
    across.move([130, 102]);
    expect(across.heard).to.deep.equal([]);
  });

  it('guardCrossAxisSwipes(svg) lets two fingers through (a pinch)', async () => {
    const { svg, heard, move } = await guarded(false);
    touch(svg, 'touchstart', [100, 100], [200, 100]);
    move([100, 140], [200, 60]);
    expect(heard).to.deep.equal([1]);
  });

  it('guardCrossAxisSwipes(svg) decides afresh at each touchstart', async () => {
    const { svg, heard, move } = await guarded(false);
    touch(svg, 'touchstart', [100, 100]);
    move([100, 140]);
    touch(svg, 'touchstart', [100, 100]);
    move([140, 100]);
    expect(heard).to.deep.equal([2]);
  });

  it('guardCrossAxisSwipes(svg) asks which way time runs at each swipe', async () => {
    const svg = await fixture<SVGSVGElement>(html`<svg width="400" height="200"></svg>`);
    let vertical = false;
    guardCrossAxisSwipes(svg, () => vertical);
    let heard = 0;
    svg.addEventListener('touchmove', () => heard++);
    touch(svg, 'touchstart', [100, 100]);
    touch(svg, 'touchmove', [100, 140]);
    expect(heard).to.equal(0);
    vertical = true;
    touch(svg, 'touchstart', [100, 100]);
    touch(svg, 'touchmove', [100, 140]);
    expect(heard).to.equal(1);
  });
});
