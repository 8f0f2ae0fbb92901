// Where a first render's time goes, from a Chromium trace (puppeteer's page.tracing): the page's main thread
// between two user-timing marks, its busy time split into script, style, layout, paint and other, and its
// idle time into waiting for the network (chunks) and the rest (mostly waiting for the next frame). Pure: it
// reads the trace's JSON and nothing else. Names it does not know inherit the kind of the slice around them,
// so a Chromium that renames or adds slices shifts time into "other", not out of the total.

/** The trace categories to record: the DevTools timeline, V8's execution, user timing, task wrappers. */
export const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
];

/** The kinds the breakdown reports, in table order; they add up to the window. */
export const KINDS = ['script', 'style', 'layout', 'paint', 'other', 'chunks', 'idle'];

const NAMED = {
  script: [
    'FunctionCall',
    'EvaluateScript',
    'TimerFire',
    'FireAnimationFrame',
    'FireIdleCallback',
    'EventDispatch',
    'RunMicrotasks',
    'XHRReadyStateChange',
    'XHRLoad',
    'MajorGC',
    'MinorGC',
    'GCEvent',
    'CompileScript',
    'CompileCode',
    'CompileModule',
    'EvaluateModule',
    'OptimizeCode',
    'CacheScript',
    'CacheModule',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'InvalidateStyle'],
  layout: ['Layout', 'IntersectionObserverController::computeIntersections', 'ComputeIntersections'],
  paint: [
    'PrePaint',
    'Paint',
    'PaintImage',
    'PaintSetup',
    'Layerize',
    'Commit',
    'UpdateLayer',
    'UpdateLayerTree',
    'CompositeLayers',
    'Decode Image',
    'Decode LazyPixelRef',
    'ImageDecodeTask',
    'RasterTask',
  ],
};
const KIND_OF = new Map(Object.entries(NAMED).flatMap(([kind, names]) => names.map((name) => [name, kind])));

/** The kind a slice's own time counts as, or undefined for a name not known (it inherits its parent's). */
function kindOf(name) {
  const known = KIND_OF.get(name);
  if (known) return known;
  // V8's execution, compilation and garbage collection slices: "v8.compile", "V8.GC_SCAVENGER", "BlinkGC.x"…
  if (/^v8\.|^V8\.|GC/.test(name)) return 'script';
  return undefined;
}

const round = (us) => Math.round(us / 100) / 10; // microseconds to ms, one decimal

/** Merges intervals [from, to] (sorted or not) into disjoint, sorted ones. */
function union(intervals) {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const [a, b] of sorted) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** How much of [a, b] the disjoint sorted `intervals` cover. */
function covered(intervals, a, b) {
  let sum = 0;
  for (const [x, y] of intervals) sum += Math.max(0, Math.min(b, y) - Math.max(a, x));
  return sum;
}

/**
 * The breakdown of the window between the marks named `marks.start` and `marks.end`, in ms: each of KINDS,
 * the window, the main thread's busy time, its tasks, and the requests the page had in flight. `trace` is
 * the parsed JSON (an object with `traceEvents`, or the bare array). Returns { error } when the trace does
 * not hold both marks.
 */
export function breakdown(trace, marks) {
  const events = Array.isArray(trace) ? trace : trace?.traceEvents;
  if (!Array.isArray(events)) return { error: 'no traceEvents in the trace' };
  const starts = events.filter((e) => e.name === marks.start);
  const begin = starts[starts.length - 1];
  const finish = begin && events.find((e) => e.name === marks.end && e.pid === begin.pid && e.ts >= begin.ts);
  if (!begin || !finish) return { error: `the trace holds no ${begin ? marks.end : marks.start} mark` };
  const { pid } = begin;
  const t0 = begin.ts;
  const t1 = finish.ts;
  const mainTid =
    events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain')
      ?.tid ?? begin.tid;

  // The main thread's slices: complete events, and begin/end pairs matched per thread in time order.
  const slices = [];
  const open = [];
  const thread = events.filter((e) => e.pid === pid && e.tid === mainTid).sort((a, b) => a.ts - b.ts);
  for (const e of thread) {
    if (e.ph === 'X' && typeof e.dur === 'number') slices.push({ name: e.name, from: e.ts, to: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E' && open.length) {
      const b = open.pop();
      slices.push({ name: b.name, from: b.ts, to: e.ts });
    }
  }
  const inWindow = slices
    .filter((s) => s.to > t0 && s.from < t1)
    .map((s) => ({ ...s, from: Math.max(s.from, t0), to: Math.min(s.to, t1) }))
    .sort((a, b) => a.from - b.from || b.to - a.to);

  // Self time per kind: a slice's time minus its children's, counted as its kind (or its parent's).
  const self = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  const byName = new Map(); // "kind name" -> self time
  const count = (slice, us) => {
    const name = `${slice.kind} ${slice.name}`;
    byName.set(name, (byName.get(name) ?? 0) + us);
  };
  const stack = [];
  const tasks = [];
  for (const slice of inWindow) {
    while (stack.length && stack[stack.length - 1].to <= slice.from) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) slice.to = Math.min(slice.to, parent.to);
    const length = slice.to - slice.from;
    if (length <= 0) continue;
    slice.kind = kindOf(slice.name) ?? parent?.kind ?? 'other';
    self[slice.kind] += length;
    count(slice, length);
    if (parent) {
      self[parent.kind] -= length;
      count(parent, -length);
    } else tasks.push([slice.from, slice.to]);
    stack.push(slice);
  }

  // The page's requests (ResourceSendRequest to ResourceFinish, by request id), and the idle time they cover.
  const requests = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (e.pid !== pid || !data?.requestId) continue;
    if (e.name === 'ResourceSendRequest')
      requests.set(data.requestId, { url: data.url ?? '', from: e.ts, to: requests.get(data.requestId)?.to });
    else if (e.name === 'ResourceFinish') {
      const request = requests.get(data.requestId) ?? { url: '', from: -Infinity };
      request.to = e.ts;
      requests.set(data.requestId, request);
    }
  }
  const inFlight = [...requests.values()]
    .map((r) => ({ ...r, to: r.to ?? t1 }))
    .filter((r) => r.to > t0 && r.from < t1 && r.from > -Infinity);
  const network = union(inFlight.map((r) => [Math.max(r.from, t0), Math.min(r.to, t1)]));
  const busy = union(tasks);
  let idleStart = t0;
  for (const [a, b] of [...busy, [t1, t1]]) {
    const waiting = covered(network, idleStart, a);
    self.chunks += waiting;
    self.idle += a - idleStart - waiting;
    idleStart = b;
  }

  const path = (url) => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  };
  return {
    windowMs: round(t1 - t0),
    ...Object.fromEntries(KINDS.map((kind) => [kind, round(self[kind])])),
    busyMs: round(busy.reduce((sum, [a, b]) => sum + b - a, 0)),
    /** How long the page had a request in flight, whether the main thread was busy or not. */
    requestsMs: round(network.reduce((sum, [a, b]) => sum + b - a, 0)),
    tasks: busy.length,
    longestTaskMs: round(Math.max(0, ...busy.map(([a, b]) => b - a))),
    /** The slices with the most self time, as "kind name". */
    top: [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, us]) => ({ name, ms: round(us) })),
    requests: inFlight.map((r) => ({
      url: path(r.url),
      startMs: round(r.from - t0),
      ms: round(Math.min(r.to, t1) - r.from),
    })),
  };
}
