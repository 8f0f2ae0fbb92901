import { expect, fixture, html } from '@open-wc/testing';
import { zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';
import { bindZoom, type ZoomHandlers } from '../../src/controllers/zoom-binding.js';

/** A chart bound to a zoom that records what it reports. */
async function bound() {
  const svg = await fixture<SVGSVGElement>(html`<svg width="800" height="200"></svg>`);
  const calls: string[] = [];
  const transforms: ZoomTransform[] = [];
  const pans: number[] = [];
  const handlers: ZoomHandlers = {
    gesture: () => calls.push('gesture'),
    zoom: (t) => {
      calls.push('zoom');
      transforms.push(t);
    },
    end: () => calls.push('end'),
    pan: (px) => pans.push(px),
    plain: () => calls.push('plain'),
  };
  const zoom = bindZoom(svg, handlers, zoomIdentity);
  zoom.bound(800, 200, 50);
  return { svg, zoom, calls, transforms, pans };
}

function wheel(svg: SVGSVGElement, init: WheelEventInit): WheelEvent {
  const box = svg.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    clientX: box.left + 400,
    clientY: box.top + 100,
    bubbles: true,
    cancelable: true,
    view: window,
    ...init,
  });
  svg.dispatchEvent(event);
  return event;
}

describe('bindZoom', () => {
  it('bindZoom(svg, handlers, transform) starts the chart at the transform given', async () => {
    const svg = await fixture<SVGSVGElement>(html`<svg width="800" height="200"></svg>`);
    const start = zoomIdentity.translate(-100, 0).scale(2);
    bindZoom(svg, { gesture() {}, zoom() {}, end() {}, pan() {}, plain() {} }, start);
    expect(zoomTransform(svg)).to.deep.equal(start);
  });

  it('zoom.apply(transform) moves the chart and reports a zoom from code: no gesture', async () => {
    const { svg, zoom, calls, transforms } = await bound();
    const next = zoomIdentity.scale(2);
    zoom.apply(next);
    expect(zoomTransform(svg)).to.deep.equal(next);
    expect(calls).to.deep.equal(['zoom', 'end']);
    expect(transforms[0]).to.deep.equal(next);
  });

  it('Ctrl + wheel is the reader’s gesture: it zooms', async () => {
    const { svg, calls } = await bound();
    const event = wheel(svg, { deltaY: -100, ctrlKey: true });
    expect(event.defaultPrevented).to.equal(true);
    expect(calls.slice(0, 2)).to.deep.equal(['gesture', 'zoom']);
    expect(zoomTransform(svg).k).to.be.above(1);
  });

  it('Ctrl + a mouse notch zooms 1.5× (not d3’s 4×); a pinch’s small deltas follow the fingers at d3’s rate', async () => {
    const notch = await bound();
    wheel(notch.svg, { deltaY: -100, ctrlKey: true });
    expect(zoomTransform(notch.svg).k).to.be.closeTo(1.5, 1e-9);
    const pinch = await bound();
    wheel(pinch.svg, { deltaY: -5, ctrlKey: true });
    expect(zoomTransform(pinch.svg).k).to.be.closeTo(2 ** 0.1, 1e-9);
  });

  it('a plain wheel is the page’s: nothing zooms, nothing is prevented, and the chart hears of it', async () => {
    const { svg, calls } = await bound();
    const event = wheel(svg, { deltaY: 100 });
    expect(event.defaultPrevented).to.equal(false);
    expect(calls).to.deep.equal(['plain']);
    expect(zoomTransform(svg).k).to.equal(1);
  });

  it('a sideways wheel (or Shift + wheel) asks to pan by its delta, and nothing zooms', async () => {
    const { svg, calls, pans } = await bound();
    expect(wheel(svg, { deltaX: 30 }).defaultPrevented).to.equal(true);
    expect(wheel(svg, { deltaY: 20, shiftKey: true }).defaultPrevented).to.equal(true);
    expect(pans).to.deep.equal([-30, -20]);
    expect(calls).to.deep.equal([]);
  });

  it('zoom.bound(width, height, max) keeps the scale within [1, max], and never below 1', async () => {
    const { zoom } = await bound();
    expect(zoom.scaleExtent()).to.deep.equal([1, 50]);
    zoom.bound(300, 100, 0.25);
    expect(zoom.scaleExtent()).to.deep.equal([1, 1]);
  });

  it('zoom.constrain(transform) keeps a transform within the chart', async () => {
    const { zoom } = await bound();
    // Panned far past the start at twice the zoom: pulled back so the chart's edge meets the view's.
    const kept = zoom.constrain(zoomIdentity.translate(500, 0).scale(2), 800, 200);
    expect(kept.k).to.equal(2);
    expect(kept.x).to.equal(0);
  });

  it('zoom.translateBy(x, y) pans within the bounds', async () => {
    const { svg, zoom } = await bound();
    zoom.apply(zoomIdentity.scale(2));
    zoom.translateBy(-100, 0);
    expect(zoomTransform(svg).x).to.equal(-200);
    zoom.translateBy(10_000, 0);
    expect(zoomTransform(svg).x).to.equal(0);
  });

  it('a right or Ctrl + click does not start a pan', async () => {
    const { svg, calls } = await bound();
    svg.dispatchEvent(new MouseEvent('mousedown', { button: 2, bubbles: true, view: window }));
    svg.dispatchEvent(new MouseEvent('mousedown', { ctrlKey: true, bubbles: true, view: window }));
    expect(calls).to.deep.equal([]);
  });
});
