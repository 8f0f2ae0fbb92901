import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { zoomIdentity as d3Identity } from 'd3-zoom';
import { scaleLinear } from 'd3-scale';
import { zoomIdentity } from '../../src/layout/zoom-transform.js';
import { scaleTime } from '../../src/layout/time-scale.js';

describe('zoomIdentity (the element’s own zoom transform)', () => {
  it('zoomIdentity is k = 1, x = y = 0, as d3-zoom’s', () => {
    expect([zoomIdentity.k, zoomIdentity.x, zoomIdentity.y]).to.deep.equal([1, 0, 0]);
    expect(zoomIdentity.toString()).to.equal(d3Identity.toString());
  });

  it('scale, translate, apply, invert and rescale agree with d3-zoom’s transform for any numbers', () => {
    const finite = fc.double({ min: -1e4, max: 1e4, noNaN: true });
    const positive = fc.double({ min: 0.01, max: 100, noNaN: true });
    fc.assert(
      fc.property(positive, finite, finite, finite, finite, (k, x, y, px, py) => {
        const ours = zoomIdentity.translate(x, y).scale(k);
        const theirs = d3Identity.translate(x, y).scale(k);
        expect([ours.k, ours.x, ours.y]).to.deep.equal([theirs.k, theirs.x, theirs.y]);
        expect(ours.apply([px, py])).to.deep.equal(theirs.apply([px, py]));
        expect(ours.invert([px, py])).to.deep.equal(theirs.invert([px, py]));
        expect(ours.toString()).to.equal(theirs.toString());
        const linear = scaleLinear().domain([0, 1000]).range([0, 800]);
        expect(ours.rescaleX(linear).domain()).to.deep.equal(theirs.rescaleX(linear).domain());
        expect(ours.rescaleY(linear).domain()).to.deep.equal(theirs.rescaleY(linear).domain());
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('rescaleX(timeScale) rescales the element’s time scale, leaving it as it was', () => {
    const base = scaleTime([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], [0, 800]);
    const zoomed = zoomIdentity.scale(2).rescaleX(base);
    expect(zoomed.domain().map(Number)).to.deep.equal([
      Date.UTC(2020, 0, 1),
      (Date.UTC(2020, 0, 1) + Date.UTC(2021, 0, 1)) / 2,
    ]);
    expect(base.domain().map(Number)).to.deep.equal([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)]);
  });
});
