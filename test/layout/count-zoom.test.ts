import { expect } from '@open-wc/testing';
import { countZoom } from '../../src/layout/count-zoom.js';
import { MAX_STEP } from '../../src/layout/zoom-math.js';

const DAY = 86_400_000;
const JUN_2020 = Date.UTC(2020, 5, 1);
const YEAR: [number, number] = [JUN_2020 - 15 * DAY, JUN_2020 + 380 * DAY];

const starts = (...ms: number[]) => Float64Array.from(ms);

describe('countZoom', () => {
  it('asks for all of a count mark’s events when they run no longer than a click’s step', () => {
    const burst = starts(JUN_2020, JUN_2020 + DAY, JUN_2020 + 2 * DAY);
    expect(countZoom(burst, JUN_2020, JUN_2020 + 3 * DAY, 3, YEAR)).to.deep.equal([JUN_2020, JUN_2020 + 3 * DAY, 3]);
  });

  it('asks for a step’s worth where a burst is, not the empty middle between it and an event a year on', () => {
    // 40 events in 4 days, then one a year later: the span's middle, in December, holds none.
    const ms = Array.from({ length: 40 }, (_, i) => JUN_2020 + i * 0.1 * DAY);
    const far = JUN_2020 + 365 * DAY;
    const [a, b, count] = countZoom(starts(...ms, far), JUN_2020, far + DAY, 41, YEAR);
    expect(b - a).to.be.closeTo((YEAR[1] - YEAR[0]) / MAX_STEP, 1);
    expect(a).to.be.below(JUN_2020);
    expect(b).to.be.above(JUN_2020 + 4 * DAY);
    expect(count).to.equal(40);
  });

  it('of events spread evenly over a long count mark, asks for a step’s worth holding the events in it', () => {
    const ms = Array.from({ length: 366 }, (_, i) => JUN_2020 + i * DAY);
    const to = JUN_2020 + 366 * DAY;
    const [a, b, count] = countZoom(starts(...ms), JUN_2020, to, 366, YEAR);
    expect(a).to.be.at.least(JUN_2020 - DAY);
    expect(b).to.be.at.most(to + DAY);
    expect(count).to.equal(ms.filter((t) => t >= a && t <= b).length);
    expect(count).to.be.within(95, 101);
  });
});
