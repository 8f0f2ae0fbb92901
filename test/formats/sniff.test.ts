import { expect } from '@open-wc/testing';
import { SLICED, eventCount, mayBeForeign } from '../../src/formats/sniff.js';

/** An object whose every property read throws, as a hostile or revoked input might. */
const throwing = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('no reading me');
      },
    },
  );

describe('mayBeForeign', () => {
  it('mayBeForeign(json, "timelinejs"|"csv") is true whatever the value', () => {
    for (const format of ['timelinejs', 'csv']) {
      expect(mayBeForeign([], format)).to.equal(true);
      expect(mayBeForeign({ events: [{ start: '2023' }] }, format)).to.equal(true);
      expect(mayBeForeign(null, format)).to.equal(true);
    }
  });

  it('mayBeForeign(json, "json") is false, even for TimelineJS’s shape', () => {
    expect(mayBeForeign({ title: { text: { headline: 'T' } }, events: [] }, 'json')).to.equal(false);
    expect(mayBeForeign({ events: [{ start_date: { year: 2023 } }] }, 'json')).to.equal(false);
  });

  it('mayBeForeign(json) is true for a TimelineJS title slide or events with start_date', () => {
    expect(mayBeForeign({ title: { text: { headline: 'T' } }, events: [] }, undefined)).to.equal(true);
    expect(mayBeForeign({ events: [{ start_date: { year: 2023 } }] }, undefined)).to.equal(true);
  });

  it('mayBeForeign(json) is false for our own shapes', () => {
    expect(mayBeForeign([{ start: '2023', title: 'x' }], undefined)).to.equal(false);
    expect(mayBeForeign([{ start_date: { year: 2023 } }], undefined)).to.equal(false);
    expect(mayBeForeign({ title: 'Ours', events: [{ start: '2023', title: 'x' }] }, undefined)).to.equal(false);
    expect(mayBeForeign({ events: [] }, undefined)).to.equal(false);
    expect(mayBeForeign({ events: [null] }, undefined)).to.equal(false);
  });

  it('mayBeForeign(json) is false for values that are not objects', () => {
    for (const value of [null, undefined, 0, 'a,b\n1,2', true]) expect(mayBeForeign(value, undefined)).to.equal(false);
  });

  it('mayBeForeign(json) never throws: an unreadable object is ours (validation names the problem)', () => {
    expect(() => mayBeForeign(throwing(), undefined)).not.to.throw();
    expect(mayBeForeign(throwing(), undefined)).to.equal(false);
    expect(mayBeForeign({ events: [throwing()] }, undefined)).to.equal(false);
  });
});

describe('eventCount', () => {
  it('eventCount(input) is the length of the events array, given as the input or as its `events`', () => {
    expect(eventCount([])).to.equal(0);
    expect(eventCount([{}, {}, {}])).to.equal(3);
    expect(eventCount({ title: 'T', events: new Array(1234) })).to.equal(1234);
  });

  it('eventCount(input) is past SLICED for more than SLICED events, in an array or an object’s events', () => {
    expect(SLICED).to.equal(20_000);
    expect(eventCount(new Array(SLICED)) > SLICED).to.equal(false);
    expect(eventCount(new Array(SLICED + 1)) > SLICED).to.equal(true);
    expect(eventCount({ events: new Array(SLICED) }) > SLICED).to.equal(false);
    expect(eventCount({ events: new Array(SLICED + 1) }) > SLICED).to.equal(true);
  });

  it('eventCount(input) is 0 for anything without an events array, however long, and never throws', () => {
    const long = 'x'.repeat(SLICED + 1);
    for (const value of [null, undefined, 7, long, { events: long }, { length: 1e6 }])
      expect(eventCount(value)).to.equal(0);
    expect(() => eventCount(throwing())).not.to.throw();
    expect(eventCount(throwing())).to.equal(0);
  });
});
