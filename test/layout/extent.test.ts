import { expect } from '@open-wc/testing';
import { padExtent, timeExtent } from '../../src/layout/extent.js';
import type { Era, TimePoint } from '../../src/types.js';

const DAY = 86_400_000;
/** A whole UTC day, `day` days after 2023-01-01. */
const day = (d: number): TimePoint => ({
  ms: Date.UTC(2023, 0, 1 + d),
  endMs: Date.UTC(2023, 0, 2 + d),
  precision: 'day',
});

const era = (start: TimePoint, end: TimePoint): Era => ({ title: 'era', start, end });

describe('timeExtent', () => {
  it('timeExtent(undefined) is undefined: no events and no eras', () => {
    expect(timeExtent(undefined)).to.equal(undefined);
    expect(timeExtent(undefined, [])).to.equal(undefined);
  });

  it('timeExtent(span) is the events’ own span', () => {
    expect(timeExtent([day(1).ms, day(3).endMs])).to.deep.equal([day(1).ms, day(3).endMs]);
  });

  it('timeExtent(span, eras) widens the span to the eras', () => {
    expect(timeExtent([day(5).ms, day(5).endMs], [era(day(-2), day(1)), era(day(4), day(20))])).to.deep.equal([
      day(-2).ms,
      day(20).endMs,
    ]);
    expect(timeExtent([day(0).ms, day(30).endMs], [era(day(4), day(20))])).to.deep.equal([day(0).ms, day(30).endMs]);
  });

  it('timeExtent(undefined, eras) spans the eras alone', () => {
    expect(timeExtent(undefined, [era(day(0), day(1))])).to.deep.equal([day(0).ms, day(1).endMs]);
  });
});

describe('padExtent', () => {
  it('padExtent([a, b], fraction, 0) widens by fraction of the span on each side', () => {
    expect(padExtent([0, 100], 0.1, 0)).to.deep.equal([-10, 110]);
  });

  it('padExtent([a, b], 0, min) keeps a span already at least min', () => {
    expect(padExtent([0, 100], 0, 100)).to.deep.equal([0, 100]);
  });

  it('padExtent([a, b], fraction, min) widens a short span to min around its centre', () => {
    expect(padExtent([40, 60], 0.05, 100)).to.deep.equal([0, 100]);
  });

  it('padExtent([t, t], fraction, min) gives a single instant a view centred on it', () => {
    const t = Date.UTC(2023, 10, 15);
    expect(padExtent([t, t], 0.05, 30 * DAY)).to.deep.equal([t - 15 * DAY, t + 15 * DAY]);
  });

  it('padExtent(extent) returns a new array', () => {
    const extent: [number, number] = [0, 10];
    expect(padExtent(extent, 0, 0)).not.to.equal(extent);
  });
});
