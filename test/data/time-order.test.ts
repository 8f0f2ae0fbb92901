import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareTime, inTimeOrder, type Timed } from '../../src/data/time-order.js';

function timed(start: number, index: number, end?: number): Timed {
  const item: Timed = { start: { ms: start, endMs: start + 1, precision: 'millisecond' }, index };
  if (end !== undefined) item.end = { ms: end, endMs: end + 1, precision: 'millisecond' };
  return item;
}

describe('inTimeOrder', () => {
  it('orders by start, then end, then input order', () => {
    const items = [timed(5, 0), timed(1, 1, 9), timed(1, 2, 3), timed(1, 3), timed(1, 4, 3), timed(-2, 5)];
    expect(inTimeOrder(items).map((item) => item.index)).to.deep.equal([5, 3, 2, 4, 1, 0]);
  });

  it('gives back the same array when it is in order already', () => {
    const items = [timed(1, 0), timed(2, 1), timed(2, 2)];
    expect(inTimeOrder(items)).to.equal(items);
    expect(inTimeOrder([])).to.deep.equal([]);
  });

  it('orders any list as a sort by compareTime does, ties and all', () => {
    // Few distinct starts, so most lists hold runs of events sharing one.
    const item = fc.record({ start: fc.integer({ min: -5, max: 5 }), end: fc.option(fc.integer({ min: -5, max: 9 })) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (raw) => {
        const items = raw.map((r, i) => timed(r.start * 1e12, i, r.end === null ? undefined : r.end * 1e12));
        expect(inTimeOrder(items)).to.deep.equal(items.slice().sort(compareTime));
      }),
      { numRuns: 500 },
    );
  });
});
