// The bench's results: the medians over the runs of every job, the ratios ours/peer and (with --baseline)
// ours/ours-before, and bench/results.json. print.mjs turns them into tables. See bench/README.md for what
// each figure means.
import { writeFileSync } from 'node:fs';
import {
  BUDGET_SKIP,
  FRAMES_FROM_N,
  LIBRARIES,
  PHONE,
  SEED,
  STEPS,
  TIMEOUT,
  TRACE_TARGETS,
  isTimeout,
} from './plan.mjs';

// ---- medians ----

export const median = (values) => {
  const sorted = values.filter((v) => v !== undefined && v !== null).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median over the runs of one number; 'timeout' when most runs timed out; else a reason it is missing. */
function combine(list, pick, phase) {
  const values = list.map((run) => {
    const v = run[phase];
    if (isTimeout(v)) return Infinity;
    if (v === undefined || typeof v === 'string') return undefined;
    return pick(v, run);
  });
  const m = median(values);
  if (m === Infinity) return 'timeout';
  if (m !== undefined) return m;
  const reason = list.map((run) => run[phase]).find((v) => typeof v === 'string');
  return reason ?? (list.some((run) => run.failed) ? 'failed' : undefined);
}

const mb = (bytes) => (bytes == null ? undefined : bytes / 1048576);
const common = (list) => ({
  // Navigation to the bench set up (the library loaded and evaluated): work a first render no longer does may
  // have moved here.
  readyMs: median(list.map((run) => run.readyMs)),
  failed: list.find((run) => run.failed)?.failed,
  errors: [...new Set(list.flatMap((run) => run.errors))].slice(0, 5),
  raw: list,
});

/** One entry per library × N: the medians over its runs (and every run, as `raw`). */
function sizeResults(measured) {
  const results = [];
  for (const job of measured.jobs.filter((j) => j.kind === 'size')) {
    const list = measured.runs.get(job.id) ?? [];
    if (!list.length) {
      results.push({ library: job.lib, n: job.n, runs: 0, status: measured.skipped.get(job.id) ?? 'skipped' });
      continue;
    }
    const frameStats = (phase) => ({
      p50: combine(list, (v) => v.p50, phase),
      p95: combine(list, (v) => v.p95, phase),
    });
    results.push({
      library: job.lib,
      n: job.n,
      runs: list.length,
      // The runs that went on past the first render (zoom, pan, input); the others are first-render samples.
      ...(job.n >= FRAMES_FROM_N && { fullRuns: list.filter((run) => !run.renderOnly).length }),
      firstRenderMs: combine(list, (v) => v.ms, 'firstRender'),
      // Ours: until every mark is drawn, those below the window included (after the first picture).
      allDrawnMs: combine(list, (v) => v.allMs, 'firstRender'),
      // Measured only after a first render that finished.
      heapMB: median(list.map((run) => mb(run.heap))),
      heapBeforeMB: median(list.map((run) => mb(run.heapBefore))),
      domElements: median(list.map((run) => run.dom)),
      zoom: frameStats('zoom'),
      pan: frameStats('pan'),
      // Issue #17's sequence: also how many of its 30 frames were over 16.7 ms (+0.5), median over the runs.
      zoomInOut: { ...frameStats('zoomInOut'), over: combine(list, (v) => v.over, 'zoomInOut') },
      wheel: frameStats('wheel'),
      drag: frameStats('drag'),
      // Three clicks on the zoom-in button (ours): also the frames over 16.7 ms (+0.5), median over the runs.
      glide: { ...frameStats('glide'), over: combine(list, (v) => v.over, 'glide') },
      ...common(list),
    });
  }
  return results;
}

/** The built-in story, per ours-library: medians over its runs. */
function storyResults(measured) {
  return measured.jobs
    .filter((job) => job.kind === 'story')
    .map((job) => {
      const list = measured.runs.get(job.id) ?? [];
      if (!list.length) return { library: job.lib, runs: 0, status: measured.skipped.get(job.id) ?? 'skipped' };
      return {
        library: job.lib,
        runs: list.length,
        events: list.find((run) => typeof run.events === 'number')?.events,
        firstRenderMs: combine(list, (v) => v.ms, 'firstRender'),
        loadedMs: median(list.map((run) => run.loadedMs)),
        heapMB: median(list.map((run) => mb(run.heap))),
        domElements: median(list.map((run) => run.dom)),
        ...common(list),
      };
    });
}

/** First renders at a phone's width, per ours-library and N: medians over the runs, and the layout chosen. */
function phoneResults(measured) {
  return measured.jobs
    .filter((job) => job.kind === 'phone')
    .map((job) => {
      const list = measured.runs.get(job.id) ?? [];
      if (!list.length)
        return { library: job.lib, n: job.n, runs: 0, status: measured.skipped.get(job.id) ?? 'skipped' };
      return {
        library: job.lib,
        n: job.n,
        runs: list.length,
        layout: list.find((run) => run.layout)?.layout,
        firstRenderMs: combine(list, (v) => v.ms, 'firstRender'),
        allDrawnMs: combine(list, (v) => v.allMs, 'firstRender'),
        heapMB: median(list.map((run) => mb(run.heap))),
        domElements: median(list.map((run) => run.dom)),
        ...common(list),
      };
    });
}

/**
 * The trace breakdowns, per ours-library and target: the breakdown of the run whose traced window is the
 * median (so its parts add up), and the traced first render's median.
 */
function traceResults(measured) {
  return measured.jobs
    .filter((job) => job.kind === 'trace')
    .map((job) => {
      const list = measured.runs.get(job.id) ?? [];
      const read = list.filter((run) => run.breakdown && !run.breakdown.error);
      if (!read.length)
        return {
          library: job.lib,
          target: job.target,
          runs: list.length,
          status: measured.skipped.get(job.id) ?? list.find((run) => run.failed)?.failed ?? 'skipped',
          raw: list,
        };
      const sorted = [...read].sort((a, b) => a.breakdown.windowMs - b.breakdown.windowMs);
      const middle = sorted[Math.floor((sorted.length - 1) / 2)];
      return {
        library: job.lib,
        target: job.target,
        runs: read.length,
        firstRenderMs: combine(read, (v) => v.ms, 'firstRender'),
        medianRun: middle.rep,
        ...middle.breakdown,
        ...common(list),
      };
    });
}

/**
 * The parse measurement: medians over its runs. Loaded and drawn are 'timeout' when most runs timed out;
 * the frame gaps and long tasks are those seen until the end (or the timeout) of each run.
 */
function parseResults(measured) {
  const results = [];
  for (const job of measured.jobs.filter((j) => j.kind === 'parse')) {
    const list = measured.runs.get(job.id) ?? [];
    if (!list.length) {
      results.push({ library: job.lib, mode: job.mode, runs: 0, status: BUDGET_SKIP });
      continue;
    }
    const seen = (pick) =>
      median(list.map((run) => (typeof run.parse === 'object' ? pick(run.parse, run) : undefined)));
    results.push({
      library: job.lib,
      mode: job.mode,
      runs: list.length,
      events: list.find((run) => typeof run.parse?.events === 'number')?.parse.events,
      skipped: list.find((run) => typeof run.parse?.skipped === 'number')?.parse.skipped,
      loadedMs: combine(list, (v) => v.loadedMs ?? undefined, 'parse'),
      drawnMs: combine(list, (v) => v.drawnMs ?? undefined, 'parse'),
      // src: when the file had arrived; the element's JSON.parse of it (inside the timed load). data: the
      // page's JSON.parse of it before the timed call (not timed).
      fetchedMs: seen((p) => p.fetchedMs ?? undefined),
      jsonParseMs: seen((p, run) => run.jsonParseMs ?? p.jsonParse[0]?.ms),
      longestTaskMs: seen((p) => p.longestTaskMs ?? undefined),
      longTasks: seen((p) => p.longTasks?.length),
      blockingMs: seen((p) => p.blockingMs ?? undefined),
      maxGapMs: seen((p) => p.maxGapMs ?? undefined),
      longFrames: seen((p) => p.longFrames),
      ...common(list),
    });
  }
  return results;
}

// ---- ratios ----

const ratioText = (r) => (r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(2) : r.toFixed(3));

/** ours / other; "<x" or ">x" where one side timed out (its time is then at least the timeout). */
function ratio(ourValue, otherValue, limit) {
  const ourLow = ourValue === 'timeout' ? limit : ourValue;
  const otherLow = otherValue === 'timeout' ? limit : otherValue;
  if (typeof ourLow !== 'number' || typeof otherLow !== 'number' || !(otherLow > 0)) return '–';
  if (ourValue === 'timeout' && otherValue === 'timeout') return 'both timeout';
  const text = ratioText(ourLow / otherLow);
  if (ourValue === 'timeout') return `>${text}`;
  if (otherValue === 'timeout') return `<${text}`;
  return text;
}

function peerRatios(plan, results) {
  const ratios = [];
  const find = (lib, n) => results.find((r) => r.library === lib && r.n === n);
  for (const n of plan.sizes) {
    const mine = find('ours', n);
    if (!mine) continue;
    for (const lib of plan.runLibs.filter((l) => !LIBRARIES[l].ours)) {
      const peer = find(lib, n);
      if (!peer) continue;
      ratios.push({
        n,
        peer: lib,
        firstRender: ratio(mine.firstRenderMs, peer.firstRenderMs, TIMEOUT.render),
        zoomP95: ratio(mine.zoom?.p95, peer.zoom?.p95, TIMEOUT.zoom / STEPS),
        zoomInOutP95: ratio(mine.zoomInOut?.p95, peer.zoomInOut?.p95, TIMEOUT.zoomInOut / 30),
      });
    }
  }
  return ratios;
}

/** "before → ours" for counts, where a ratio of two small integers says little. */
const change = (ours, before) => (typeof ours === 'number' && typeof before === 'number' ? `${before} → ${ours}` : '–');

/** ours / ours-before for every row both measured: sizes, the story, a phone's, the traces and the parse. */
function baselineRatios(results, stories, phones, traces, parses) {
  const rows = [];
  const pairOf = (list, match) => [
    list.find((r) => r.library === 'ours' && match(r)),
    list.find((r) => r.library === 'ours-before' && match(r)),
  ];
  for (const mine of results.filter((r) => r.library === 'ours' && r.runs)) {
    const [, before] = pairOf(results, (r) => r.n === mine.n);
    if (!before?.runs) continue;
    const p95 = (phase, limit) => ratio(mine[phase]?.p95, before[phase]?.p95, limit);
    rows.push({
      row: `N = ${mine.n.toLocaleString('en-US')}`,
      firstRender: ratio(mine.firstRenderMs, before.firstRenderMs, TIMEOUT.render),
      heap: ratio(mine.heapMB, before.heapMB),
      dom: ratio(mine.domElements, before.domElements),
      zoomP95: p95('zoom', TIMEOUT.zoom / STEPS),
      panP95: p95('pan', TIMEOUT.pan / STEPS),
      zoomInOutP95: p95('zoomInOut', TIMEOUT.zoomInOut / 30),
      zoomInOutOver: change(mine.zoomInOut?.over, before.zoomInOut?.over),
      wheelP95: p95('wheel', TIMEOUT.input),
      dragP95: p95('drag', TIMEOUT.input),
      glideP95: p95('glide', TIMEOUT.input),
      glideOver: change(mine.glide?.over, before.glide?.over),
    });
  }
  const [story, storyBefore] = pairOf(stories, () => true);
  if (story?.runs && storyBefore?.runs)
    rows.push({
      row: 'built-in story',
      firstRender: ratio(story.firstRenderMs, storyBefore.firstRenderMs, TIMEOUT.render),
      heap: ratio(story.heapMB, storyBefore.heapMB),
      dom: ratio(story.domElements, storyBefore.domElements),
    });
  for (const n of PHONE.sizes) {
    const [phone, phoneBefore] = pairOf(phones, (r) => r.n === n);
    if (!phone?.runs || !phoneBefore?.runs) continue;
    rows.push({
      row: `N = ${n} at ${PHONE.width} px`,
      firstRender: ratio(phone.firstRenderMs, phoneBefore.firstRenderMs, TIMEOUT.render),
      heap: ratio(phone.heapMB, phoneBefore.heapMB),
      dom: ratio(phone.domElements, phoneBefore.domElements),
    });
  }
  for (const target of TRACE_TARGETS) {
    const [trace, traceBefore] = pairOf(traces, (r) => r.target === target);
    if (trace?.windowMs === undefined || traceBefore?.windowMs === undefined) continue;
    rows.push({
      row: `trace, ${target === 'story' ? 'story' : `N = ${target}`}`,
      firstRender: ratio(trace.windowMs, traceBefore.windowMs),
      script: ratio(trace.script, traceBefore.script),
      style: ratio(trace.style, traceBefore.style),
      layout: ratio(trace.layout, traceBefore.layout),
      paint: ratio(trace.paint, traceBefore.paint),
    });
  }
  for (const mode of ['src', 'data']) {
    const [parse, parseBefore] = pairOf(parses, (r) => r.mode === mode);
    if (!parse?.runs || !parseBefore?.runs) continue;
    rows.push({
      row: `parse, ${mode}`,
      firstRender: ratio(parse.drawnMs, parseBefore.drawnMs, TIMEOUT.parse),
      maxGap: ratio(parse.maxGapMs, parseBefore.maxGapMs),
    });
  }
  return rows;
}

/**
 * The whole report, as written to results.json: `measured` is what execute() returned, `parseFile` the
 * generated file ({url, bytes}), `machine` the machine and browser, `sizes` the bundle sizes, `builds` the
 * commits measured.
 */
export function buildReport({ plan, began, measured, parseFile, machine, sizes, builds }) {
  const results = sizeResults(measured);
  const story = storyResults(measured);
  const phone = phoneResults(measured);
  const trace = traceResults(measured);
  const parse = parseResults(measured);
  return {
    date: new Date().toISOString(),
    machine,
    config: {
      sizes: plan.sizes,
      libraries: plan.libs,
      repeats: plan.repeats,
      renderSamples: plan.renderSamples,
      quick: plan.quick,
      steps: STEPS,
      framesFromN: FRAMES_FROM_N,
      seed: SEED,
      timeoutsMs: TIMEOUT,
      budgetMs: plan.budgetMs,
      realInput: plan.realInput,
      viewport: '1200x800',
      parse: plan.parse,
      parseEvents: plan.parseEvents,
      story: plan.runStory,
      phone: plan.runPhone ? PHONE : false,
      trace: plan.runTrace ? TRACE_TARGETS : false,
      baseline: plan.baseline?.dir ?? null,
    },
    builds,
    durationS: Math.round((Date.now() - began) / 1000),
    results,
    story: plan.runStory ? story : 'not measured',
    phone: plan.runPhone ? phone : 'not measured',
    ratios: peerRatios(plan, results),
    baseline: plan.baseline ? baselineRatios(results, story, phone, trace, parse) : 'not measured',
    trace: plan.runTrace ? trace : 'not measured',
    parse: plan.runParse
      ? {
          libraries: plan.oursLibs,
          events: plan.parseEvents,
          bytes: parseFile.bytes,
          mb: Math.round(parseFile.bytes / 1e4) / 100,
          mib: Math.round((parseFile.bytes / 1048576) * 100) / 100,
          url: parseFile.url,
          results: parse,
        }
      : 'not measured',
    sizes,
  };
}

export function writeReport(out, report) {
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
}
