import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { indexAt, indexLane } from '../../src/layout/lane-index.js';
import { at, event, sorted } from './lane-events.js';

describe('indexAt', () => {
  it('indexAt(index, positions) is the index of the events at those positions', () => {
    const events = sorted([event(0, at(1)), event(1, at(2), at(9)), event(2, at(3)), event(3, at(4), at(5))]);
    const lane = indexAt(indexLane(events), [1, 3]);
    expect([...lane.starts]).to.deep.equal([at(2), at(4)]);
    expect([...lane.ends]).to.deep.equal([at(9), at(5)]);
    // The running maximum is the lane's own: the bar to day 9 still reaches past day 5.
    expect([...lane.maxEnd]).to.deep.equal([at(9), at(9)]);
    expect(indexAt(indexLane(events), [])).to.deep.equal(indexLane([]));
  });

  it('indexAt(indexLane(all), positions) equals indexLane of those events, for any lane', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 400 }), long: fc.nat(30), lane: fc.boolean() }), {
          maxLength: 60,
        }),
        (items) => {
          const events = sorted(items.map(({ day, long }, i) => event(i, at(day), long ? at(day + long) : undefined)));
          const positions = events.flatMap((e, i) => (items[e.index].lane ? [i] : []));
          expect(indexAt(indexLane(events), positions)).to.deep.equal(indexLane(positions.map((p) => events[p])));
        },
      ),
      { seed: 20261130, numRuns: 200 },
    );
  });
});
