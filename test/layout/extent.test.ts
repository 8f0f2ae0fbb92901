import { expect } from '@open-wc/testing';
import { padExtent, timeExtent } from '../../src/layout/extent.js';
import type { Era, TimePoint, TimelineEvent } from '../../src/types.js';

const DAY = 86_400_000;
/** A whole UTC day, `day` days after 2023-01-01. */
const day = (d: number): TimePoint => ({
  ms: Date.UTC(2023, 0, 1 + d),
  endMs: Date.UTC(2023, 0, 2 + d),
  precision: 'day',
});

/** A validated event with the required fields filled in. */
function event(start: TimePoint, end?: TimePoint): TimelineEvent {
  return {
    id: 'e',
    title: 'e',
    kind: 'video',
    start,
    ...(end ? { end } : {}),
    participants: [],
    outcomes: [],
    sources: [],
    index: 0,
  };
}
const era = (start: TimePoint, end: TimePoint): Era => ({ title: 'era', start, end });

describe('timeExtent', () => {
  it('timeExtent([]) is undefined', () => {
    expect(timeExtent([])).to.equal(undefined);
    expect(timeExtent([], [])).to.equal(undefined);
  });

  it('timeExtent(events) spans the first start to the end of the last day given', () => {
    expect(timeExtent([event(day(3)), event(day(1)), event(day(2))])).to.deep.equal([day(1).ms, day(3).endMs]);
  });

  it('timeExtent(events) uses end.endMs when an event has an end', () => {
    expect(timeExtent([event(day(0), day(9)), event(day(4))])).to.deep.equal([day(0).ms, day(9).endMs]);
  });

  it('timeExtent(events) covers a whole year given as "2023"', () => {
    const year: TimePoint = { ms: Date.UTC(2023, 0, 1), endMs: Date.UTC(2024, 0, 1), precision: 'year' };
    expect(timeExtent([event(year)])).to.deep.equal([Date.UTC(2023, 0, 1), Date.UTC(2024, 0, 1)]);
  });

  it('timeExtent(events, eras) includes the eras', () => {
    expect(timeExtent([event(day(5))], [era(day(-2), day(1)), era(day(4), day(20))])).to.deep.equal([
      day(-2).ms,
      day(20).endMs,
    ]);
  });

  it('timeExtent([], eras) spans the eras alone', () => {
    expect(timeExtent([], [era(day(0), day(1))])).to.deep.equal([day(0).ms, day(1).endMs]);
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
