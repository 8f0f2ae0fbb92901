// <meeting-timeline> lifecycle: attached and detached 1,000 times, moved, detached mid-render, mid-zoom and
// mid-load, and its `src` switched 50 times while responses are held back (`?delay=ms`, the middleware in
// web-test-runner.config.mjs). A census taken by wrapping the browser's APIs for the duration of each test
// (observers, listeners on window and document, timers and animation frames, fetches) must come back to
// where it started, with no uncaught error; only the latest `src` is ever shown or announced.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MeetingTimeline } from '../../src/meeting-timeline.js';
import type { DataError, TimelineEventInput } from '../../src/types.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).href;
// The real timer, kept before any wrapping, so the test's own waits are never counted.
const realSetTimeout = window.setTimeout.bind(window);
const wait = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

/** What is alive now: observers observing something, listeners, pending timers and frames, requests in flight. */
interface Counts {
  resizeObservers: number;
  mutationObservers: number;
  /** `window:hashchange`, `document:keydown (capture)`… */
  listeners: string[];
  timeouts: number;
  intervals: number;
  frames: number;
  /** Requests neither settled nor aborted. */
  fetches: string[];
}

interface Census {
  counts(): Counts;
  /** Every request made since the census began, and whether its signal was aborted. */
  requests: { url: string; settled: boolean; signal?: AbortSignal }[];
  restore(): void;
}

/** Wraps the APIs the element could leak through; `restore()` puts the originals back. */
function takeCensus(): Census {
  // Timers typed as the browser has them (Node's types, pulled in by some dependency, would say otherwise).
  type Schedule = (handler: (...args: unknown[]) => void, delay?: number, ...rest: unknown[]) => number;
  type Cancel = (id?: number) => void;
  /* eslint-disable @typescript-eslint/unbound-method -- kept unbound on purpose, each called with .call(its owner) */
  const original = {
    ResizeObserver: window.ResizeObserver,
    MutationObserver: window.MutationObserver,
    addEventListener: EventTarget.prototype.addEventListener,
    removeEventListener: EventTarget.prototype.removeEventListener,
    setTimeout: window.setTimeout as unknown as Schedule,
    clearTimeout: window.clearTimeout as Cancel,
    setInterval: window.setInterval as unknown as Schedule,
    clearInterval: window.clearInterval as Cancel,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
    fetch: window.fetch,
  };
  /* eslint-enable @typescript-eslint/unbound-method */

  // Observers: the targets each instance observes now (disconnect() forgets them all).
  const resizeTargets = new Map<ResizeObserver, Set<Element>>();
  const mutationTargets = new Map<MutationObserver, Set<Node>>();
  window.ResizeObserver = class extends original.ResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      super(callback);
      resizeTargets.set(this, new Set());
    }
    override observe(target: Element, options?: ResizeObserverOptions): void {
      super.observe(target, options);
      resizeTargets.get(this)?.add(target);
    }
    override unobserve(target: Element): void {
      super.unobserve(target);
      resizeTargets.get(this)?.delete(target);
    }
    override disconnect(): void {
      super.disconnect();
      resizeTargets.get(this)?.clear();
    }
  };
  window.MutationObserver = class extends original.MutationObserver {
    constructor(callback: MutationCallback) {
      super(callback);
      mutationTargets.set(this, new Set());
    }
    override observe(target: Node, options?: MutationObserverInit): void {
      super.observe(target, options);
      mutationTargets.get(this)?.add(target);
    }
    override disconnect(): void {
      super.disconnect();
      mutationTargets.get(this)?.clear();
    }
  };

  // Listeners on window and document, keyed as the browser keys them: type, listener, capture.
  const listeners: { target: string; type: string; listener: unknown; capture: boolean }[] = [];
  const name = (target: unknown) => (target === window ? 'window' : target === document ? 'document' : undefined);
  const capture = (options?: boolean | EventListenerOptions) =>
    typeof options === 'boolean' ? options : !!options?.capture;
  const find = (target: string, type: string, listener: unknown, useCapture: boolean) =>
    listeners.findIndex(
      (l) => l.target === target && l.type === type && l.listener === listener && l.capture === useCapture,
    );
  EventTarget.prototype.addEventListener = function (this: EventTarget, type, listener, options) {
    const target = name(this);
    const once = typeof options === 'object' && options?.once;
    if (target && listener && !once && find(target, type, listener, capture(options)) < 0) {
      listeners.push({ target, type, listener, capture: capture(options) });
    }
    return original.addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget, type, listener, options) {
    const target = name(this);
    const at = target ? find(target, type, listener, capture(options)) : -1;
    if (at >= 0) listeners.splice(at, 1);
    return original.removeEventListener.call(this, type, listener, options);
  };

  // Timers and frames: pending from creation until they run or are cleared.
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const run = (handler: TimerHandler) =>
    typeof handler === 'function' ? (handler as (...args: unknown[]) => void) : () => {};
  const schedule: Schedule = (handler, delay, ...rest) => {
    const id = original.setTimeout.call(
      window,
      (...args: unknown[]) => {
        timeouts.delete(id);
        handler(...args);
      },
      delay,
      ...rest,
    );
    timeouts.add(id);
    return id;
  };
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
    schedule(run(handler), delay, ...rest)) as unknown as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    original.clearTimeout.call(window, id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const id = original.setInterval.call(window, run(handler), delay, ...rest);
    intervals.add(id);
    return id;
  }) as unknown as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    original.clearInterval.call(window, id);
  }) as typeof window.clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = original.requestAnimationFrame.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    original.cancelAnimationFrame.call(window, id);
  };

  // Requests: settled when the response (or the failure) arrives; aborted when their signal says so.
  const requests: Census['requests'] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const record = {
      url: input instanceof Request ? input.url : String(input),
      settled: false,
      signal: init?.signal ?? (input instanceof Request ? input.signal : undefined) ?? undefined,
    };
    requests.push(record);
    const response = original.fetch.call(window, input, init);
    response.then(
      () => (record.settled = true),
      () => (record.settled = true),
    );
    return response;
  };

  const observing = (targets: Map<unknown, Set<unknown>>) => [...targets.values()].filter((set) => set.size > 0).length;
  return {
    requests,
    counts: () => ({
      resizeObservers: observing(resizeTargets),
      mutationObservers: observing(mutationTargets),
      listeners: listeners.map((l) => `${l.target}:${l.type}${l.capture ? ' (capture)' : ''}`).sort(),
      timeouts: timeouts.size,
      intervals: intervals.size,
      frames: frames.size,
      fetches: requests.filter((r) => !r.settled && !r.signal?.aborted).map((r) => r.url),
    }),
    restore() {
      Object.assign(window, {
        ResizeObserver: original.ResizeObserver,
        MutationObserver: original.MutationObserver,
        setTimeout: original.setTimeout,
        clearTimeout: original.clearTimeout,
        setInterval: original.setInterval,
        clearInterval: original.clearInterval,
        requestAnimationFrame: original.requestAnimationFrame,
        cancelAnimationFrame: original.cancelAnimationFrame,
        fetch: original.fetch,
      });
      EventTarget.prototype.addEventListener = original.addEventListener;
      EventTarget.prototype.removeEventListener = original.removeEventListener;
    },
  };
}

/** Waits until the census is back to `baseline` (a transition or a held-back response may take a moment), or `ms` pass. */
async function settle(census: Census, baseline: Counts, ms = 3000): Promise<Counts> {
  const deadline = performance.now() + ms;
  let now = census.counts();
  while (JSON.stringify(now) !== JSON.stringify(baseline) && performance.now() < deadline) {
    await wait(50);
    now = census.counts();
  }
  await wait(100);
  return census.counts();
}

/** A small deterministic random sequence (mulberry32), so every run switches the same way. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EVENTS: TimelineEventInput[] = [
  { id: 'one', start: '2020-01-01', title: 'One', kind: 'in-person' },
  { id: 'two', start: '2020-02-01', end: '2020-02-03', title: 'Two', kind: 'video' },
  { id: 'three', start: '2020-03-01T10:00Z', title: 'Three', kind: 'phone', html: '<p>Rich <em>text</em></p>' },
];

describe('<meeting-timeline> lifecycle', function () {
  this.timeout(60_000);
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);
  let census: Census | undefined;
  let holder: HTMLDivElement;

  before(async () => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // Warm up: the chunks (built-in data, adapters, sanitiser) load once, before anything is counted.
    holder = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('meeting-timeline');
    el.data = EVENTS;
    holder.append(el);
    await el.updateComplete;
    el.select('three');
    await el.updateComplete;
    el.remove();
  });

  beforeEach(async () => {
    holder = await fixture<HTMLDivElement>(
      html`<div style="width:800px"></div>
        <div style="width:600px"></div>`,
    );
    uncaught.length = 0;
    census = takeCensus();
  });

  afterEach(() => {
    census?.restore();
    census = undefined;
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('the census sees a deliberate leak of each kind', async () => {
    const baseline = census!.counts();
    const observer = new ResizeObserver(() => {});
    observer.observe(holder);
    const mutations = new MutationObserver(() => {});
    mutations.observe(holder, { childList: true });
    const listener = () => {};
    window.addEventListener('hashchange', listener);
    document.addEventListener('keydown', listener, { capture: true });
    const timeout = window.setTimeout(() => {}, 60_000);
    const interval = window.setInterval(() => {}, 60_000);
    const frame = requestAnimationFrame(() => {});
    const abort = new AbortController();
    const request = fetch(`${FIXTURES}events-a.json?delay=2000`, { signal: abort.signal }).catch(() => undefined);
    expect(census!.counts()).to.deep.equal({
      resizeObservers: 1,
      mutationObservers: 1,
      listeners: ['document:keydown (capture)', 'window:hashchange'],
      timeouts: 1,
      intervals: 1,
      frames: 1,
      fetches: [`${FIXTURES}events-a.json?delay=2000`],
    });
    observer.disconnect();
    mutations.disconnect();
    window.removeEventListener('hashchange', listener);
    document.removeEventListener('keydown', listener, true);
    clearTimeout(timeout);
    clearInterval(interval);
    cancelAnimationFrame(frame);
    abort.abort();
    await request;
    expect(census!.counts()).to.deep.equal(baseline);
  });

  it('attached and detached 1,000 times (moved, mid-render, mid-zoom, selected) leaves nothing behind', async () => {
    const baseline = census!.counts();
    const other = holder.nextElementSibling as HTMLDivElement;
    const reused = document.createElement('meeting-timeline');
    // The reused one keeps the selection in the URL hash: its controller (a chunk) listens to the window too.
    reused.history = true;
    const created: MeetingTimeline[] = [];
    for (let i = 0; i < 1000; i++) {
      // Half the time the same element again, half the time a new one, with data or with the built-in set.
      const el = i % 2 ? reused : document.createElement('meeting-timeline');
      if (el !== reused) created.push(el);
      if (i % 4 === 0) el.data = EVENTS;
      holder.append(el);
      switch (i % 5) {
        case 0: // detached before its first render
          break;
        case 1: // detached between two microtasks
          await Promise.resolve();
          break;
        case 2: // rendered, then moved to another parent (disconnected and connected in one step)
          await el.updateComplete;
          other.append(el);
          await el.updateComplete;
          // An attached timeline is seen observing and listening: the census counts the element's own.
          if (i === 2) {
            const { resizeObservers, mutationObservers, listeners } = census!.counts();
            expect({ resizeObservers, mutationObservers }).to.deep.equal({ resizeObservers: 1, mutationObservers: 1 });
            expect(listeners).to.include('window:beforeprint');
            expect(listeners, 'without history, nothing listens to the hash').to.not.include('window:hashchange');
          }
          if (i === 7) expect(census!.counts().listeners).to.include('window:hashchange');
          break;
        case 3: // rendered and zooming (an animated transition) when detached
          await el.updateComplete;
          el.shadowRoot!.querySelector<HTMLButtonElement>('button.zoom-in')?.click();
          break;
        case 4: // an event selected, its details panel (and the sanitiser) open
          await el.updateComplete;
          el.select(el.events[el.events.length - 1]?.id ?? null);
          await el.updateComplete;
          break;
      }
      el.remove();
    }
    const after = await settle(census!, baseline);
    expect(after).to.deep.equal(baseline);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    // Every element still works when attached again.
    for (const el of [reused, created[created.length - 1]]) {
      holder.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length, 'marks after re-attaching').to.be.greaterThan(
        0,
      );
      el.remove();
    }
    expect(await settle(census!, baseline)).to.deep.equal(baseline);
  });

  it('src switched 50 times while responses are held back: only the last is shown, one mt-load for it', async () => {
    // What each fixture shows when loaded alone.
    const SOURCES = [
      'events-a.json',
      'events-b.json',
      'mixed.json',
      'timelinejs/welcome.json',
      'timelinejs/women_in_computing.csv',
    ];
    const expected = new Map<string, string[]>();
    for (const source of SOURCES) {
      const el = document.createElement('meeting-timeline');
      el.src = FIXTURES + source;
      const loaded = new Promise<void>((resolve) => el.addEventListener('mt-load', () => resolve(), { once: true }));
      holder.append(el);
      await loaded;
      expected.set(
        source,
        el.events.map((e) => e.id),
      );
      el.remove();
    }
    const fixtureOf = (src: string) => src.slice(FIXTURES.length).replace(/\?.*/, '');

    const baseline = await settle(census!, census!.counts());
    const el = document.createElement('meeting-timeline');
    const loads: { src: string; ids: string[] }[] = [];
    const errors: { src: string; errors: readonly DataError[] }[] = [];
    el.addEventListener('mt-load', (e) => loads.push({ src: el.src!, ids: e.detail.events.map((ev) => ev.id) }));
    el.addEventListener('mt-error', (e) => errors.push({ src: el.src!, errors: e.detail.errors }));
    const next = random(20261127);
    let last = '';
    for (let i = 0; i < 50; i++) {
      const source = SOURCES[Math.floor(next() * SOURCES.length)];
      // Responses held back 0–400 ms, so earlier ones often arrive after later ones; some URLs repeat exactly.
      last = `${FIXTURES}${source}?delay=${Math.floor(next() * 400)}${i % 7 ? `&switch=${i}` : ''}`;
      el.src = last;
      if (i === 0) holder.append(el);
      const pause = next();
      if (pause < 0.2) continue; // switched again in the same task
      if (pause < 0.4) await el.updateComplete;
      else await wait(Math.floor(pause * 40));
    }
    const loadsBefore = loads.filter((l) => l.src !== last).length;
    const after = await settle(census!, { ...census!.counts(), fetches: [] }, 5000);
    expect(after.fetches, 'requests neither settled nor aborted').to.deep.equal([]);
    await wait(100);

    // Only the last src is shown, and announced once; no earlier response ever showed or announced itself.
    expect(el.src).to.equal(last);
    expect(el.events.map((e) => e.id)).to.deep.equal(expected.get(fixtureOf(last)));
    expect(loads.filter((l) => l.src === last).length, 'mt-load for the last src').to.equal(1);
    expect(loads.length - loadsBefore, 'mt-load after the last switch').to.equal(1);
    for (const load of loads)
      expect(load.ids, `mt-load while src was ${load.src}`).to.deep.equal(expected.get(fixtureOf(load.src)));
    // The only errors are the skipped item of mixed.json: an aborted request reports nothing.
    for (const error of errors) expect(fixtureOf(error.src), JSON.stringify(error.errors)).to.equal('mixed.json');
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
    // Every request but the ones that arrived in time was aborted.
    const aborted = census!.requests.filter((r) => r.signal?.aborted).length;
    expect(aborted, 'aborted requests').to.be.greaterThan(0);

    el.remove();
    expect(await settle(census!, baseline)).to.deep.equal(baseline);
  });

  it('a timeline detached while its src loads, and attached again, loads it', async () => {
    const baseline = census!.counts();
    const el = document.createElement('meeting-timeline');
    el.src = `${FIXTURES}events-a.json?delay=300`;
    const loads: string[][] = [];
    el.addEventListener('mt-load', (e) => loads.push(e.detail.events.map((ev) => ev.id)));
    holder.append(el);
    await wait(50);
    el.remove(); // aborts the request
    expect(census!.counts().fetches, 'requests left in flight by a detached timeline').to.deep.equal([]);
    await wait(50);
    holder.append(el);
    await settle(census!, { ...census!.counts(), fetches: [] }, 3000);
    await wait(100);
    expect(loads).to.deep.equal([['a1', 'a2']]);
    expect(el.events.map((e) => e.id)).to.deep.equal(['a1', 'a2']);
    el.remove();
    expect(await settle(census!, baseline)).to.deep.equal(baseline);
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });
});
