import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { beyondView, spanReaching } from '../../src/layout/beyond-view.js';
import { at, event, lane } from './lane-events.js';

describe('beyondView', () => {
  it('beyondView(lane, view) counts the events wholly before the view and those starting after it', () => {
    const visits = lane('visit', [
      event(0, at(1)),
      event(1, at(2)),
      event(2, at(10)),
      event(3, at(30)),
      event(4, at(31)),
    ]);
    expect(beyondView(visits, [at(5), at(20)])).to.deep.equal([2, 2]);
    // Everything in view, and a view past every event.
    expect(beyondView(visits, [at(0), at(40)])).to.deep.equal([0, 0]);
    expect(beyondView(visits, [at(50), at(60)])).to.deep.equal([5, 0]);
    expect(beyondView(visits, [at(-9), at(-1)])).to.deep.equal([0, 5]);
    // An event at either edge is in view.
    expect(beyondView(visits, [at(2), at(30)])).to.deep.equal([1, 1]);
    expect(beyondView(lane('empty', []), [at(0), at(1)])).to.deep.equal([0, 0]);
  });

  it('beyondView(lane, view) counts no event before a bar that runs into the view, nor the bar', () => {
    const visits = lane('visit', [event(0, at(1)), event(1, at(2), at(12)), event(2, at(3)), event(3, at(15))]);
    // Day 1 is before; the bar from day 2 reaches day 12, in view, and day 3 is left uncounted after it.
    expect(beyondView(visits, [at(10), at(20)])).to.deep.equal([1, 0]);
  });

  it('beyondView(lane, view) agrees with counting event by event, for any lane and view', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 100 }), long: fc.nat(20), bar: fc.boolean() }), {
          maxLength: 40,
        }),
        fc.integer({ min: -10, max: 110 }),
        fc.integer({ min: 0, max: 60 }),
        (items, from, length) => {
          const visits = lane(
            'visit',
            items.map(({ day, long, bar }, i) => event(i, at(day), bar ? at(day + long + 1) : undefined)),
          );
          const [a, b] = [at(from), at(from + length)];
          const ends = visits.events.map((e) => (e.end ? e.end.endMs : e.start.ms));
          let before = 0;
          while (before < ends.length && ends.slice(0, before + 1).every((end) => end < a)) before++;
          const after = visits.events.filter((e) => e.start.ms > b).length;
          expect(beyondView(visits, [a, b])).to.deep.equal([before, after]);
        },
      ),
      { seed: 20261203, numRuns: 300 },
    );
  });
});

describe('spanReaching', () => {
  it('spanReaching(view, ms) takes in the view and ms, a twentieth spare at each end', () => {
    expect(spanReaching([at(10), at(20)], at(0))).to.deep.equal([at(-1), at(21)]);
    expect(spanReaching([at(10), at(20)], at(30))).to.deep.equal([at(9), at(31)]);
  });

  it('spanReaching(view, ms) inside the view pads the view alone', () => {
    expect(spanReaching([at(0), at(20)], at(5))).to.deep.equal([at(-1), at(21)]);
  });
});
