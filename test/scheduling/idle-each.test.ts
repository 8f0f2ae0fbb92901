import { expect, waitUntil } from '@open-wc/testing';
import { idleEach, outward, whenIdle, type IdleDeadline } from '../../src/scheduling/idle-each.js';

/** An idle scheduler driven by hand: each call to `run` gives one pending period `ms` of time, counted in work items. */
function manual() {
  const pending: ((deadline: IdleDeadline) => void)[] = [];
  return {
    idle: (callback: (deadline: IdleDeadline) => void) => pending.push(callback),
    pending,
    /** Runs the next idle period, in which `items` work items fit. */
    run(items: number, done: () => number) {
      const start = done();
      pending.shift()!({ timeRemaining: () => (done() - start < items ? 5 : 0) });
    },
  };
}

describe('idleEach', () => {
  it('does nothing in the calling task, then as much as each idle period leaves room for, in order', () => {
    const seen: number[] = [];
    const idle = manual();
    idleEach(10, (i) => seen.push(i), new AbortController().signal, idle.idle);
    expect(seen).to.deep.equal([]);
    idle.run(4, () => seen.length);
    expect(seen).to.deep.equal([0, 1, 2, 3]);
    idle.run(3, () => seen.length);
    expect(seen).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    idle.run(100, () => seen.length);
    expect(seen).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(idle.pending.length, 'nothing left to ask for').to.equal(0);
  });

  it('a period with no time left still does one item, so the work always ends', () => {
    const seen: number[] = [];
    const idle = manual();
    idleEach(3, (i) => seen.push(i), new AbortController().signal, idle.idle);
    for (let k = 0; k < 3; k++) idle.run(0, () => seen.length);
    expect(seen).to.deep.equal([0, 1, 2]);
    expect(idle.pending.length).to.equal(0);
  });

  it('stops once aborted, mid-way through a period too', () => {
    const seen: number[] = [];
    const idle = manual();
    const abort = new AbortController();
    idleEach(
      10,
      (i) => {
        seen.push(i);
        if (i === 2) abort.abort();
      },
      abort.signal,
      idle.idle,
    );
    idle.run(100, () => seen.length);
    expect(seen).to.deep.equal([0, 1, 2]);
    expect(idle.pending.length).to.equal(0);
  });

  it('with no items asks for no idle time', () => {
    const idle = manual();
    idleEach(0, () => expect.fail('no work'), new AbortController().signal, idle.idle);
    expect(idle.pending.length).to.equal(0);
  });

  it('runs on the browser idle callbacks by default', async () => {
    const seen: number[] = [];
    idleEach(5, (i) => seen.push(i), new AbortController().signal);
    expect(seen).to.deep.equal([]);
    // Idle time comes when the page has none of its own to do: soon here, later on a busy machine.
    await waitUntil(() => seen.length === 5, 'the idle callbacks did not run', { timeout: 3000 });
    expect(seen).to.deep.equal([0, 1, 2, 3, 4]);
  });
});

describe('outward', () => {
  it('visits every index once, from the centre outward, alternating sides until one runs out', () => {
    const order = (centre: number, length: number) => Array.from({ length }, (_, k) => outward(centre, length)(k));
    expect(order(3, 7)).to.deep.equal([3, 2, 4, 1, 5, 0, 6]);
    expect(order(2, 5)).to.deep.equal([2, 1, 3, 0, 4]);
    expect(order(1, 6)).to.deep.equal([1, 0, 2, 3, 4, 5]);
    expect(order(0, 4)).to.deep.equal([0, 1, 2, 3]);
    expect(order(4, 5)).to.deep.equal([4, 3, 2, 1, 0]);
    expect(order(5, 6)).to.deep.equal([5, 4, 3, 2, 1, 0]);
    // A centre past either end starts at that end.
    expect(order(9, 3)).to.deep.equal([2, 1, 0]);
    expect(order(-2, 3)).to.deep.equal([0, 1, 2]);
    for (let length = 1; length < 40; length++)
      for (let centre = 0; centre < length; centre++)
        expect(new Set(order(centre, length)).size, `${centre} of ${length}`).to.equal(length);
  });
});

describe('whenIdle', () => {
  it('resolves after the next frame, never before it, however idle the page is now', async () => {
    for (let i = 0; i < 5; i++) {
      let framed = false;
      const idle = whenIdle();
      // Asked for after whenIdle's own: it runs in the same frame, before that frame's paint and any idle period after.
      requestAnimationFrame(() => (framed = true));
      await idle;
      expect(framed, `round ${i}`).to.equal(true);
    }
  });

  it('resolves once, with no frame to wait for: a timer stands in for the frames of a hidden page', async () => {
    const frame = window.requestAnimationFrame.bind(window);
    // No frame comes, as in a hidden tab.
    window.requestAnimationFrame = () => 0;
    try {
      const start = performance.now();
      await whenIdle();
      expect(performance.now() - start).to.be.within(900, 3000);
    } finally {
      window.requestAnimationFrame = frame;
    }
  });
});
