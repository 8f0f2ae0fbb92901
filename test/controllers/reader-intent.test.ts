import { expect, aTimeout } from '@open-wc/testing';
import { ReaderIntent, type RangeChangeDetail } from '../../src/controllers/reader-intent.js';

/** A bare host: an element that counts update requests; the view is a span the test moves by hand. */
function setUp() {
  const host = Object.assign(document.createElement('div'), {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  });
  let visible: [number, number] = [0, 100];
  let gliding = false;
  const changes: [Date, Date][] = [];
  const fired: RangeChangeDetail[] = [];
  host.addEventListener('mt-rangechange', (e) => fired.push(e.detail));
  const intent = new ReaderIntent(host, {
    visibleMs: () => visible,
    gliding: () => gliding,
    onRangeChange: (from, to) => changes.push([from, to]),
  });
  return {
    host,
    intent,
    fired,
    changes,
    move: (span: [number, number]) => (visible = span),
    glide: (on: boolean) => (gliding = on),
  };
}

describe('ReaderIntent', () => {
  it('a gesture that moved the view fires one mt-rangechange with the new span, and tells the element', () => {
    const { intent, fired, changes, move, host } = setUp();
    intent.gesture();
    expect(intent.gesturing).to.equal(true);
    move([10, 60]);
    intent.settle();
    expect(intent.gesturing).to.equal(false);
    expect(host.updates).to.be.above(0);
    expect(fired.map((d) => [d.from.getTime(), d.to.getTime()])).to.deep.equal([[10, 60]]);
    expect(changes.length).to.equal(1);
  });

  it('a gesture that moved nothing (a click, a zoom past the bounds) fires nothing', () => {
    const { intent, fired } = setUp();
    intent.gesture();
    intent.settle();
    expect(fired).to.deep.equal([]);
  });

  it('begin() twice keeps the first span: a change is measured from where the reader began', () => {
    const { intent, fired, move } = setUp();
    intent.begin();
    move([20, 80]);
    intent.begin();
    move([0, 100]);
    intent.settle();
    expect(fired).to.deep.equal([]);
  });

  it('the view does not rest while a glide is under way; it fires once the glide has ended', () => {
    const { intent, fired, move, glide } = setUp();
    intent.begin();
    glide(true);
    move([5, 50]);
    intent.settle();
    expect(fired).to.deep.equal([]);
    glide(false);
    intent.settle();
    expect(fired.length).to.equal(1);
  });

  it('a sideways wheel rests 150 ms after its last turn, then fires once', async () => {
    const { intent, fired, move } = setUp();
    intent.wheel();
    move([1, 101]);
    await aTimeout(80);
    intent.wheel();
    move([2, 102]);
    intent.settle();
    expect(fired, 'not while the wheel turns').to.deep.equal([]);
    await aTimeout(220);
    expect(fired.map((d) => d.from.getTime())).to.deep.equal([2]);
  });

  it('forget() drops a change under way (the view was set at once): nothing fires', () => {
    const { intent, fired, move } = setUp();
    intent.begin();
    move([3, 30]);
    intent.forget();
    intent.settle();
    expect(fired).to.deep.equal([]);
  });

  it('mt-rangechange bubbles out of shadow roots', () => {
    const { intent, host, move } = setUp();
    let event: Event | undefined;
    host.addEventListener('mt-rangechange', (e) => (event = e));
    intent.begin();
    move([7, 70]);
    intent.settle();
    expect(event!.bubbles).to.equal(true);
    expect(event!.composed).to.equal(true);
  });
});
