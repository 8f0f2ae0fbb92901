// The in-page half of the bench: every page (ours, vis-timeline, timelines-chart, the d3 baseline) calls
// setup(adapter) and bench/run.mjs drives the resulting `window.bench` through puppeteer. The parse
// measurement's page (parse.html, ours only) calls setupParse(adapter), at the end of this file.
//
// An adapter is { name, prepare(events) -> input, render(input), rendered?() -> boolean,
// view(fromMs, toMs), pointer?() -> {x, y}, stats?(t0) -> object }:
//   prepare  turns the common events into the library's own input (not timed);
//   render   is the timed call: setting `data` on our element, the peers' constructor or setData call;
//   rendered (optional) says the library has put its first picture in the DOM, for libraries that draw
//            after a timer; first render then also waits for it (bounded by the caller's timeout);
//   view     shows the span [fromMs, toMs] through the library's programmatic zoom API, without animation;
//   pointer  the page coordinates of the chart's centre, for real wheel and drag input;
//   stats    (optional) more figures after the first render (t0: when the timed call began).
import { makeEvents, START, END, DEFAULT_SEED } from './events.js';
import { MARKS } from './marks.js';

const params = new URLSearchParams(location.search);
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Elements in the document, counting those inside open shadow roots too. */
export function countElements(root = document) {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** A frame longer than one at 60 Hz: 16.7 ms, with 0.5 ms for the jitter of the timestamps. */
export const SLOW_FRAME_MS = 16.7 + 0.5;

function summarise(durations) {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    frames: durations.length,
    over: durations.filter((d) => d > SLOW_FRAME_MS).length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.length ? sorted[sorted.length - 1] : null,
    durations: durations.map((d) => Math.round(d * 10) / 10),
  };
}

/**
 * Runs step(i) for i = 0 … count-1, one step per animation frame, and returns each frame's duration: the
 * gap between the requestAnimationFrame timestamp of the frame that ran the step and that of the next one.
 * Stops early (timeout: true) once limitMs have passed.
 */
function perFrame(count, step, limitMs) {
  return new Promise((resolve) => {
    const stamps = [];
    const began = performance.now();
    let i = 0;
    const frame = (timestamp) => {
      stamps.push(timestamp);
      const timedOut = performance.now() - began > limitMs;
      if (i === count || timedOut) {
        const durations = stamps.slice(1).map((t, k) => t - stamps[k]);
        resolve({ ...summarise(durations), timeout: i < count, steps: i });
        return;
      }
      step(i++);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** The span of the events, [first start, last start or end] in ms, or the two years when there are none. */
function extentOf(events) {
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    const start = Date.parse(e.start);
    const end = e.end ? Date.parse(e.end) : start;
    if (start < min) min = start;
    if (end > max) max = end;
  }
  return min < max ? [min, max] : [START, END];
}

/**
 * Resolves once the page has been idle for `quietMs` on end (idle periods one after another, each with 40 ms or
 * more to spare), or after `limitMs`: work a library puts off to idle time after loading (ours warms its code and
 * loads locale data) is done before anything is timed, for every library alike. Resolves with the ms waited.
 */
export function settled(quietMs = 250, limitMs = 3000) {
  return new Promise((resolve) => {
    const began = performance.now();
    let last = began;
    let since = began;
    const check = (deadline) => {
      const now = performance.now();
      // A short idle period, or a gap between two (a task ran): the quiet starts again.
      if (deadline.timeRemaining() < 40 || now - last > 60) since = now;
      last = now;
      if (now - since >= quietMs || now - began >= limitMs) resolve(now - began);
      else requestIdleCallback(check);
    };
    requestIdleCallback(check);
  });
}

export function setup(adapter) {
  // From navigation to here: the page parsed and the library's code loaded and evaluated (and compiled, where
  // the engine compiles it as it streams in), before anything is timed.
  const readyMs = performance.now();
  const n = Number(params.get('n') ?? 100);
  const seed = Number(params.get('seed') ?? DEFAULT_SEED);
  const steps = Number(params.get('steps') ?? 60);
  const events = makeEvents(n, seed);
  let input;
  let recording;
  let t0;

  const heap = async () => {
    if (typeof window.gc === 'function') {
      window.gc();
      window.gc();
    }
    await nextTask();
    return performance.memory ? performance.memory.usedJSHeapSize : null;
  };

  /** Shows [a, b] and lets two frames pass, untimed. */
  const settle = async (a, b) => {
    adapter.view(a, b);
    await nextFrame();
    await nextFrame();
  };

  window.bench = {
    name: adapter.name,
    n: events.length,
    gcExposed: typeof window.gc === 'function',
    readyMs,

    /** Makes the library's input and reads the heap before it renders (the events alone). */
    async prepare() {
      input = adapter.prepare(events);
      const settleMs = await settled();
      return { heapBefore: await heap(), settleMs };
    },

    /**
     * From the timed call to the second animation frame after it (and after adapter.rendered(), where
     * given). Starts in a fresh task just after a frame, so each library starts at the same phase.
     */
    async firstRender() {
      await nextFrame();
      await nextTask();
      performance.mark(MARKS.start);
      t0 = performance.now();
      adapter.render(input);
      const call = performance.now() - t0;
      await nextFrame();
      const frame1 = performance.now() - t0;
      let waits = 0;
      while (adapter.rendered && !adapter.rendered()) {
        await nextFrame();
        waits++;
      }
      await nextFrame();
      const ms = performance.now() - t0;
      performance.mark(MARKS.end);
      // A library that draws what lies below the window in the frames after its first picture (ours, a tall
      // chart): also when every mark is drawn (at least a frame more: the first frame that adds none).
      let allMs;
      if (adapter.drawn) {
        await adapter.drawn();
        allMs = performance.now() - t0;
      }
      return { ms, call, frame1, extraFrames: waits, allMs };
    },

    async stats() {
      return { heap: await heap(), dom: countElements(), ...adapter.stats?.(t0) };
    },

    /** `steps` zoom steps around the middle of the two years, the window shrinking 128 times. */
    async zoom(limitMs) {
      const span = END - START;
      const mid = START + span / 2;
      await settle(START, END);
      return perFrame(
        steps,
        (i) => {
          const w = span * Math.pow(1 / 128, (i + 1) / steps);
          adapter.view(mid - w / 2, mid + w / 2);
        },
        limitMs,
      );
    },

    /** `steps` pan steps: a window an eighth of the two years (about 3 months) slides from start to end. */
    async pan(limitMs) {
      const span = END - START;
      const w = span / 8;
      await settle(START, START + w);
      return perFrame(
        steps,
        (i) => {
          const a = START + ((i + 1) * (span - w)) / steps;
          adapter.view(a, a + w);
        },
        limitMs,
      );
    },

    /**
     * Issue #17's sequence: from the events' whole span, fifteen steps in by 1.25× around its centre, then
     * fifteen back out, one step per frame (30 frames).
     */
    async zoomInOut(limitMs) {
      const [a, b] = extentOf(events);
      const mid = (a + b) / 2;
      const width = (i) => (b - a) / Math.pow(1.25, i < 15 ? i + 1 : 29 - i);
      await settle(a, b);
      return perFrame(
        30,
        (i) => {
          const w = width(i);
          adapter.view(mid - w / 2, mid + w / 2);
        },
        limitMs,
      );
    },

    /** Shows everything and gives the chart's centre, before real input. */
    async beforeInput() {
      await settle(START, END);
      return adapter.pointer ? adapter.pointer() : null;
    },

    /**
     * Before a reader's first clicks on the zoom-in button, in the view the first render opened on: waits for the
     * page to be quiet (its idle-time work done), then gives the button's centre (or null without one).
     */
    async beforeGlide() {
      await settled();
      return adapter.zoomButton ? adapter.zoomButton() : null;
    },

    /** Records every frame's duration until stopRecording(), for real wheel and drag input. */
    startRecording() {
      const stamps = [];
      recording = { stamps, on: true };
      const frame = (t) => {
        stamps.push(t);
        if (recording.on) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },

    async stopRecording() {
      await nextFrame();
      await nextFrame();
      recording.on = false;
      const stamps = recording.stamps;
      return summarise(stamps.slice(1).map((t, k) => t - stamps[k]));
    },
  };
  return window.bench;
}

/**
 * The parse measurement (ours only): parse.html calls setupParse(adapter) and bench/run.mjs drives the
 * resulting `window.bench`. The page's query gives `mode` (`src` or `data`) and `url` (the generated JSON
 * file). The adapter is { name, load(mode, input) -> Promise<{events, skipped}>, loaded?() -> boolean }:
 *   load    the timed call: a fresh element given `src` (input: the URL) or `data` (input: the parsed
 *           file); the promise settles when the element says the events are in (mt-load for `src`,
 *           `updateComplete` for `data`, which fires no mt-load) and rejects on mt-error;
 *   loaded  (optional) no further render is pending; "drawn" also waits for it.
 */
export function setupParse(adapter) {
  const mode = params.get('mode') ?? 'src';
  const url = params.get('url');
  let input = mode === 'src' ? url : undefined;

  // JSON.parse calls on more than 1 MB of text, timed wherever they happen (the element's parse of `src`).
  const parses = [];
  const parse = JSON.parse;
  JSON.parse = function timedParse(text, reviver) {
    const at = performance.now();
    try {
      return parse.call(this, text, reviver);
    } finally {
      if (typeof text === 'string' && text.length > 1_000_000) parses.push({ at, ms: performance.now() - at });
    }
  };

  window.bench = {
    name: adapter.name,
    mode,
    longTaskSupported: PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false,

    /** For `data`: fetches the file and parses it, not timed (the parse's time is returned). */
    async prepare() {
      await settled();
      if (mode !== 'data') return {};
      const text = await (await fetch(url)).text();
      await nextTask();
      const t = performance.now();
      input = JSON.parse(text);
      const jsonParseMs = performance.now() - t;
      parses.length = 0;
      return { bytes: new Blob([text]).size, jsonParseMs };
    },

    /**
     * From the timed call to the element's "loaded" signal, then to the second animation frame after it
     * (drawn). Meanwhile a requestAnimationFrame loop records every frame's timestamp (a gap well over
     * 16.7 ms is a frame the page could not draw) and a PerformanceObserver the long tasks (> 50 ms).
     * Stops early (timeout: true) once limitMs have passed.
     */
    async parse(limitMs) {
      const stamps = [await nextFrame()];
      await nextTask();
      let recording = true;
      const frame = (t) => {
        stamps.push(t);
        if (recording) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      const longTasks = [];
      const record = (list) => longTasks.push(...list.getEntries());
      const observer = window.bench.longTaskSupported ? new PerformanceObserver(record) : undefined;
      observer?.observe({ type: 'longtask' });

      const t0 = performance.now();
      let timer;
      const outcome = await Promise.race([
        adapter.load(mode, input).then(
          (loaded) => ({ loaded }),
          (error) => ({ error: String(error?.message ?? error) }),
        ),
        new Promise((resolve) => (timer = setTimeout(() => resolve({ timeout: true }), limitMs))),
      ]);
      clearTimeout(timer);
      const loadedMs = performance.now() - t0;
      let drawnMs = null;
      if (outcome.loaded) {
        await nextFrame();
        while (adapter.loaded && !adapter.loaded() && performance.now() - t0 < limitMs) await nextFrame();
        await nextFrame();
        drawnMs = performance.now() - t0;
      }
      recording = false;
      if (observer) {
        record({ getEntries: () => observer.takeRecords() });
        observer.disconnect();
      }

      const gaps = stamps.slice(1).map((t, k) => t - stamps[k]);
      const tasks = longTasks
        .filter((task) => task.startTime + task.duration > t0)
        .map((task) => ({ at: Math.round(task.startTime - t0), ms: Math.round(task.duration) }));
      const resource = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(url));
      return {
        timeout: Boolean(outcome.timeout),
        error: outcome.error,
        events: outcome.loaded?.events,
        skipped: outcome.loaded?.skipped,
        loadedMs: outcome.loaded ? loadedMs : null,
        drawnMs,
        // `src`: when the file had arrived, from the timed call; the element's JSON.parse of it.
        fetchedMs: mode === 'src' && resource ? resource.responseEnd - t0 : null,
        jsonParse: parses.map(({ at, ms }) => ({ at: Math.round(at - t0), ms: Math.round(ms * 10) / 10 })),
        maxGapMs: gaps.length ? Math.max(...gaps) : null,
        longFrames: gaps.filter((gap) => gap > 50).length,
        longTasks: observer ? tasks : null,
        longestTaskMs: observer ? Math.max(0, ...tasks.map((task) => task.ms)) : null,
        blockingMs: observer ? tasks.reduce((sum, task) => sum + Math.max(0, task.ms - 50), 0) : null,
        frames: summarise(gaps),
      };
    },
  };
  return window.bench;
}
