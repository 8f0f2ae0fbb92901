import { expect, fixture, html } from '@open-wc/testing';
import { select } from 'd3-selection';
import { zoomIdentity, zoomTransform, type ZoomTransform } from 'd3-zoom';
import { boundZoom, zoomBehaviour } from '../../src/controllers/zoom-behaviour.js';

/** A behaviour that records what it reports. */
function recorded() {
  const calls: string[] = [];
  const transforms: ZoomTransform[] = [];
  const behaviour = zoomBehaviour({
    gesture: () => calls.push('gesture'),
    zoom: (t) => {
      calls.push('zoom');
      transforms.push(t);
    },
    end: () => calls.push('end'),
  });
  return { behaviour, calls, transforms };
}

async function chart(): Promise<SVGSVGElement> {
  return fixture<SVGSVGElement>(html`<svg width="800" height="200"></svg>`);
}

describe('boundZoom', () => {
  it('boundZoom(behaviour, width, height, max) sets the extent and translate extent to the chart and the scale extent to [1, max]', () => {
    const { behaviour } = recorded();
    boundZoom(behaviour, 800, 200, 50);
    const box = [
      [0, 0],
      [800, 200],
    ];
    expect(
      behaviour.extent().call(document.createElementNS('http://www.w3.org/2000/svg', 'svg'), undefined),
    ).to.deep.equal(box);
    expect(behaviour.translateExtent()).to.deep.equal(box);
    expect(behaviour.scaleExtent()).to.deep.equal([1, 50]);
  });

  it('boundZoom(behaviour, …, max) never lets the scale go below 1, even when max is', () => {
    const { behaviour } = recorded();
    boundZoom(behaviour, 300, 100, 0.25);
    expect(behaviour.scaleExtent()).to.deep.equal([1, 1]);
  });

  it('boundZoom(behaviour) again replaces the earlier bounds (a resize)', () => {
    const { behaviour } = recorded();
    boundZoom(behaviour, 800, 200, 50);
    boundZoom(behaviour, 400, 150, 20);
    expect(behaviour.translateExtent()).to.deep.equal([
      [0, 0],
      [400, 150],
    ]);
    expect(behaviour.scaleExtent()).to.deep.equal([1, 20]);
  });

  it('a bound behaviour keeps a transform from code within the chart', async () => {
    const svg = await chart();
    const { behaviour } = recorded();
    boundZoom(behaviour, 800, 200, 50);
    const selection = select(svg).call(behaviour);
    behaviour.scaleBy(selection, 0.1);
    expect(zoomTransform(svg).k).to.equal(1);
    behaviour.scaleBy(selection, 1000);
    expect(zoomTransform(svg).k).to.equal(50);
    behaviour.translateBy(selection, 1e6, 0);
    expect(zoomTransform(svg).x).to.equal(0);
  });
});

describe('zoomBehaviour', () => {
  it('zoomBehaviour(handlers): a transform from code reports zoom then end, and no gesture', async () => {
    const svg = await chart();
    const { behaviour, calls, transforms } = recorded();
    const selection = select(svg).call(behaviour);
    const to = zoomIdentity.translate(-100, 0).scale(2);
    behaviour.transform(selection, to);
    expect(calls).to.deep.equal(['zoom', 'end']);
    expect(transforms[0]).to.deep.equal(to);
    expect(zoomTransform(svg)).to.deep.equal(to);
  });

  it('zoomBehaviour(handlers): the reader’s wheel is a gesture, then zooms', async () => {
    const svg = await chart();
    const { behaviour, calls, transforms } = recorded();
    select(svg).call(behaviour);
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -100,
        ctrlKey: true,
        clientX: box.left + 400,
        clientY: box.top + 100,
        bubbles: true,
        cancelable: true,
      }),
    );
    expect(calls.slice(0, 2)).to.deep.equal(['gesture', 'zoom']);
    expect(transforms[0].k).to.be.above(1);
  });

  it('zoomBehaviour(handlers) zooms a double-click at once: no d3 transition', async () => {
    const svg = await chart();
    const { behaviour, calls } = recorded();
    select(svg).call(behaviour);
    expect(behaviour.duration()).to.equal(0);
    const box = svg.getBoundingClientRect();
    svg.dispatchEvent(new MouseEvent('dblclick', { clientX: box.left + 400, clientY: box.top + 100, bubbles: true }));
    expect(zoomTransform(svg).k).to.equal(2);
    expect(calls).to.deep.equal(['gesture', 'zoom', 'end']);
  });

  it('zoomBehaviour(handlers) listens for touch whatever the device reports', () => {
    const { behaviour } = recorded();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    expect(behaviour.touchable().call(svg, undefined, 0, [svg])).to.equal(true);
  });

  it('zoomBehaviour(handlers) ignores a Ctrl+click and buttons other than the main one, not a Ctrl+wheel', () => {
    const { behaviour } = recorded();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const accepts = (event: Event) => behaviour.filter().call(svg, event, undefined);
    expect(accepts(new MouseEvent('mousedown'))).to.equal(true);
    expect(accepts(new MouseEvent('mousedown', { ctrlKey: true }))).to.equal(false);
    expect(accepts(new MouseEvent('mousedown', { button: 2 }))).to.equal(false);
    expect(accepts(new MouseEvent('mousedown', { button: 1 }))).to.equal(false);
    expect(accepts(new WheelEvent('wheel', { ctrlKey: true, deltaY: 10 }))).to.equal(true);
    expect(accepts(new WheelEvent('wheel', { metaKey: true, deltaY: 10 }))).to.equal(true);
    // A plain wheel is the page's: it scrolls past the chart.
    expect(accepts(new WheelEvent('wheel', { deltaY: 10 }))).to.equal(false);
    expect(accepts(new MouseEvent('dblclick'))).to.equal(true);
  });

  it('zoomBehaviour(handlers) reports no zoom for a Ctrl+double-click', async () => {
    const svg = await chart();
    const { behaviour, calls } = recorded();
    select(svg).call(behaviour);
    svg.dispatchEvent(new MouseEvent('dblclick', { ctrlKey: true, bubbles: true }));
    expect(calls).to.deep.equal([]);
    expect(zoomTransform(svg)).to.deep.equal(zoomIdentity);
  });
});
