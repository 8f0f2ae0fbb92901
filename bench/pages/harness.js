// The in-page half of the bench: every page (ours, vis-timeline, timelines-chart, the d3 baseline) calls
// setup(adapter) and scripts/bench.mjs drives the resulting `window.bench` through puppeteer.
//
// An adapter is { name, prepare(events) -> input, render(input), rendered?() -> boolean,
// view(fromMs, toMs), pointer?() -> {x, y} }:
//   prepare  turns the common events into the library's own input (not timed);
//   render   is the timed call: setting `data` on our element, the peers' constructor or setData call;
//   rendered (optional) says the library has put its first picture in the DOM, for libraries that draw
//            after a timer; first render then also waits for it (bounded by the caller's timeout);
//   view     shows the span [fromMs, toMs] through the library's programmatic zoom API, without animation;
//   pointer  the page coordinates of the chart's centre, for real wheel and drag input.
import { makeEvents, START, END, DEFAULT_SEED } from './events.js';

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

function summarise(durations) {
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    frames: durations.length,
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

export function setup(adapter) {
  const n = Number(params.get('n') ?? 100);
  const seed = Number(params.get('seed') ?? DEFAULT_SEED);
  const steps = Number(params.get('steps') ?? 60);
  const events = makeEvents(n, seed);
  let input;
  let recording;

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

    /** Makes the library's input and reads the heap before it renders (the events alone). */
    async prepare() {
      input = adapter.prepare(events);
      return { heapBefore: await heap() };
    },

    /**
     * From the timed call to the second animation frame after it (and after adapter.rendered(), where
     * given). Starts in a fresh task just after a frame, so each library starts at the same phase.
     */
    async firstRender() {
      await nextFrame();
      await nextTask();
      const t0 = performance.now();
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
      return { ms, call, frame1, extraFrames: waits };
    },

    async stats() {
      return { heap: await heap(), dom: countElements() };
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

    /** Shows everything and gives the chart's centre, before real input. */
    async beforeInput() {
      await settle(START, END);
      return adapter.pointer ? adapter.pointer() : null;
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
