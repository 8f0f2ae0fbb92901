import { expect, fixture, html } from '@open-wc/testing';
import { guardVerticalSwipes } from '../../src/controllers/touch-guard.js';

// Synthetic touch events: an Event with a `touches` list is all the guard reads (desktop Firefox has no
// TouchEvent constructor). Real touch input is tested through the element in test/element/touch.test.ts.
function touch(target: EventTarget, type: 'touchstart' | 'touchmove', ...points: [number, number][]): void {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'touches', { value: points.map(([clientX, clientY]) => ({ clientX, clientY })) });
  target.dispatchEvent(event);
}

/** A chart whose guard is registered first, and the touchmoves d3-zoom (a later listener) would hear. */
async function guarded() {
  const svg = await fixture<SVGSVGElement>(html`<svg width="400" height="200"></svg>`);
  guardVerticalSwipes(svg);
  const heard: number[] = [];
  let moves = 0;
  svg.addEventListener('touchmove', () => heard.push(moves));
  const move = (...points: [number, number][]) => {
    moves++;
    touch(svg, 'touchmove', ...points);
  };
  return { svg, heard, move };
}

describe('guardVerticalSwipes', () => {
  it('guardVerticalSwipes(svg) leaves a vertical swipe to the page: later listeners hear no move', async () => {
    const { svg, heard, move } = await guarded();
    touch(svg, 'touchstart', [100, 100]);
    move([102, 130]);
    move([103, 160]);
    move([150, 170]); // sideways now, but the swipe was decided by its first move
    expect(heard).to.deep.equal([]);
  });

  it('guardVerticalSwipes(svg) lets a sideways swipe through to the zoom', async () => {
    const { svg, heard, move } = await guarded();
    touch(svg, 'touchstart', [100, 100]);
    move([130, 102]);
    move([160, 140]);
    expect(heard).to.deep.equal([1, 2]);
  });

  it('guardVerticalSwipes(svg) lets two fingers through (a pinch)', async () => {
    const { svg, heard, move } = await guarded();
    touch(svg, 'touchstart', [100, 100], [200, 100]);
    move([100, 140], [200, 60]);
    expect(heard).to.deep.equal([1]);
  });

  it('guardVerticalSwipes(svg) decides afresh at each touchstart', async () => {
    const { svg, heard, move } = await guarded();
    touch(svg, 'touchstart', [100, 100]);
    move([100, 140]);
    touch(svg, 'touchstart', [100, 100]);
    move([140, 100]);
    expect(heard).to.deep.equal([2]);
  });
});
