import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { holdLevel } from '../../src/layout/held-level.js';

const at = (pxPerMs: number, origin = 0) => ({ origin, pxPerMs });
/** fast-check's settings: a fixed seed, so a run is the same every time. */
const RUN = { seed: 20261130, numRuns: 200 };

describe('holdLevel', () => {
  it('keeps the held scale while the view is at least as close and less than twice as close', () => {
    const held = at(1e-6);
    for (const closer of [1, 1.25, 1.5625, 1.95, 1.999]) expect(holdLevel(held, at(1e-6 * closer))).to.equal(held);
  });

  it('steps by a power of two past twice as close, or below the held scale', () => {
    expect(holdLevel(at(1), at(2)).pxPerMs).to.equal(2);
    expect(holdLevel(at(1), at(2.5)).pxPerMs).to.equal(2);
    expect(holdLevel(at(1), at(9)).pxPerMs).to.equal(8);
    expect(holdLevel(at(1), at(0.8)).pxPerMs).to.equal(0.5);
    expect(holdLevel(at(1), at(0.3)).pxPerMs).to.equal(0.25);
    expect(holdLevel(at(1, 5), at(0.3, 5)).origin).to.equal(5);
  });

  it('reads a zoom by a power of two, off by a rounding error, as that power: a 2× key or button from rest', () => {
    // The view's scale comes from its transform through its domain: twice as close can read 1.9999999999996.
    expect(holdLevel(at(1), at(2 * (1 - 4e-16) - 4e-13)).pxPerMs).to.equal(2);
    expect(holdLevel(at(3e-9), at(6e-9 * (1 - 1e-12))).pxPerMs).to.equal(6e-9);
    expect(holdLevel(at(1), at(0.5 * (1 - 1e-12))).pxPerMs).to.equal(0.5);
  });

  it('does not hold a scale of another origin, or one that is not a scale', () => {
    expect(holdLevel(at(1, 0), at(1.5, 10))).to.deep.equal(at(1.5, 10));
    expect(holdLevel(at(0), at(1.5))).to.deep.equal(at(1.5));
    expect(holdLevel(at(1), at(Infinity))).to.deep.equal(at(Infinity));
  });

  it('is always a power of two of the held scale, at most the view’s own (to a rounding error) and more than half of it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        (a, b) => {
          const held = at(2 ** a);
          const exact = at(2 ** (a + b));
          const { pxPerMs } = holdLevel(held, exact);
          const step = Math.log2(pxPerMs / held.pxPerMs);
          expect(Math.abs(step - Math.round(step))).to.be.below(1e-9);
          expect(pxPerMs).to.be.at.most(exact.pxPerMs * (1 + 1e-8));
          expect(pxPerMs * 2).to.be.above(exact.pxPerMs * (1 - 1e-12));
        },
      ),
      RUN,
    );
  });
});
