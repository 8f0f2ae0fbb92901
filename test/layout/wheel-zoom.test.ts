import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { NOTCH, wheelZoomDelta } from '../../src/layout/wheel-zoom.js';

describe('wheelZoomDelta', () => {
  it('wheelZoomDelta(a mouse notch) zooms 1.5×, in or out, in pixels, lines or pages', () => {
    expect(NOTCH).to.equal(Math.log2(1.5));
    for (const [deltaY, mode] of [
      [100, 0],
      [120, 0],
      [3, 1],
      [1, 2],
    ]) {
      expect(2 ** wheelZoomDelta(-deltaY, mode), `${deltaY} in mode ${mode}`).to.be.closeTo(1.5, 1e-9);
      expect(2 ** wheelZoomDelta(deltaY, mode), `${deltaY} in mode ${mode}`).to.be.closeTo(1 / 1.5, 1e-9);
    }
  });

  it('wheelZoomDelta(a pinch’s small pixel deltas) is d3-zoom’s own rate with Ctrl', () => {
    for (const deltaY of [-10, -2.5, -0.4, 1, 7])
      expect(wheelZoomDelta(deltaY, 0)).to.be.closeTo(-deltaY * 0.002 * 10, 1e-12);
    expect(wheelZoomDelta(0, 0)).to.equal(-0);
  });

  it('wheelZoomDelta(…) never zooms more than a notch, and zooms in for a wheel up', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }).filter((d) => d === 0 || Math.abs(d) > 1e-9),
        fc.integer({ min: 0, max: 2 }),
        (deltaY, mode) => {
          const delta = wheelZoomDelta(deltaY, mode);
          expect(Math.abs(delta)).to.be.at.most(NOTCH);
          if (deltaY < 0) expect(delta).to.be.above(0);
          if (deltaY > 0) expect(delta).to.be.below(0);
        },
      ),
      { seed: 20261130, numRuns: 300 },
    );
  });
});
