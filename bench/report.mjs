// The bench's report: a progress line per run, the medians over the runs, the ratios ours/peer and (with
// --baseline) ours/ours-before, the tables printed at the end, and bench/results.json. See bench/README.md
// for what each figure means.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BUDGET_SKIP, FRAMES_FROM_N, LIBRARIES, SEED, STEPS, TIMEOUT, TRACE_TARGETS, isTimeout } from './plan.mjs';
import { KINDS } from './trace.mjs';

const seconds = (run) => `(${(run.wallMs / 1000).toFixed(1)} s)`;
const failed = (run) => (run.failed ? `, FAILED: ${run.failed}` : '');

/** Progress lines, one per run. */
export const describe = {
  run(run) {
    const ms = (v) => (typeof v === 'object' && v ? `${v.p95?.toFixed(1)}${v.timeout ? '!' : ''}` : (v ?? '-'));
    const fr = typeof run.firstRender === 'object' ? `${run.firstRender.ms.toFixed(0)} ms` : (run.firstRender ?? '-');
    if (run.story)
      return `render ${fr}, events ${run.events ?? '-'}, dom ${run.dom ?? '-'}${failed(run)} ${seconds(run)}`;
    if (run.zoom === 'not measured') return `render ${fr}, dom ${run.dom ?? '-'}${failed(run)} ${seconds(run)}`;
    const inOut = typeof run.zoomInOut === 'object' ? ` (${run.zoomInOut.over} > 16.7)` : '';
    return `render ${fr}, dom ${run.dom ?? '-'}, zoom p95 ${ms(run.zoom)}, pan p95 ${ms(run.pan)}, in-out p95 ${ms(run.zoomInOut)}${inOut}, wheel p95 ${ms(run.wheel)}, drag p95 ${ms(run.drag)}${failed(run)} ${seconds(run)}`;
  },
  trace(run) {
    const b = run.breakdown;
    const result =
      b && !b.error
        ? `traced ${b.windowMs.toFixed(0)} ms: ${KINDS.map((kind) => `${kind} ${b[kind].toFixed(0)}`).join(', ')}`
        : `render ${typeof run.firstRender === 'object' ? `${run.firstRender.ms.toFixed(0)} ms` : (run.firstRender ?? '-')}`;
    return `${result}${failed(run)} ${seconds(run)}`;
  },
  parse(run) {
    const p = run.parse;
    const ms = (v) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : '-');
    const result =
      typeof p === 'object'
        ? `${p.timeout ? 'timeout, ' : ''}loaded ${ms(p.loadedMs)}, drawn ${ms(p.drawnMs)}, JSON.parse ${ms(run.jsonParseMs ?? p.jsonParse[0]?.ms)}, longest task ${ms(p.longestTaskMs)}, max frame gap ${ms(p.maxGapMs)}, frames > 50 ms ${p.longFrames}, events ${p.events ?? '-'}`
        : (p ?? '-');
    return `${result}${failed(run)} ${seconds(run)}`;
  },
};

// ---- medians ----

const median = (values) => {
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
      firstRenderMs: combine(list, (v) => v.ms, 'firstRender'),
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

/** ours / ours-before for every row both measured: sizes, the story, the traces and the parse. */
function baselineRatios(results, stories, traces, parses) {
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
  const trace = traceResults(measured);
  const parse = parseResults(measured);
  return {
    date: new Date().toISOString(),
    machine,
    config: {
      sizes: plan.sizes,
      libraries: plan.libs,
      repeats: plan.repeats,
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
      trace: plan.runTrace ? TRACE_TARGETS : false,
      baseline: plan.baseline?.dir ?? null,
    },
    builds,
    durationS: Math.round((Date.now() - began) / 1000),
    results,
    story: plan.runStory ? story : 'not measured',
    ratios: peerRatios(plan, results),
    baseline: plan.baseline ? baselineRatios(results, story, trace, parse) : 'not measured',
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

// ---- the tables ----

const fmt = (v, digits = 1) => {
  if (typeof v === 'number') return v >= 1000 ? Math.round(v).toLocaleString('en-US') : v.toFixed(digits);
  if (v === undefined || v === 'not measured') return '–';
  return String(v).startsWith('skipped') ? 'skipped' : String(v);
};
const pair = (s) =>
  typeof s.p50 === 'number' && typeof s.p95 === 'number'
    ? `${fmt(s.p50)} / ${fmt(s.p95)}`
    : fmt(typeof s.p95 === 'string' ? s.p95 : s.p50);
/** p95, and how many frames were over 16.7 ms: "16.7 (0)". */
const p95Over = (s) =>
  typeof s.p95 === 'number'
    ? `${fmt(s.p95)} (${typeof s.over === 'number' ? fmt(s.over, 0) : fmt(s.over)})`
    : fmt(s.p95);

/** A Markdown table: the first `left` columns aligned left, the rest (figures) right. */
function table(header, rows, left = 2) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    '| ' +
    cells.map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ') +
    ' |';
  return [
    line(header),
    '|' + widths.map((w, i) => (i < left ? ':' : '-') + '-'.repeat(w) + (i < left ? '-' : ':')).join('|') + '|',
    ...rows.map(line),
  ].join('\n');
}

const runsCell = (r) => r.runs + (r.failed ? ' (failed)' : '');

function resultsTable(plan, report) {
  const header = [
    'library',
    'N',
    'first render ms',
    'heap MB',
    'DOM elements',
    'zoom p50 / p95 ms',
    'pan p50 / p95 ms',
    'in-out p95 ms (> 16.7)',
    'wheel p50 / p95 ms',
    'drag p50 / p95 ms',
    'runs',
  ];
  const rows = [];
  const blank = (label, n, status) => [label, n, fmt(status), '', '', '', '', '', '', '', 0];
  for (const lib of plan.runLibs) {
    const label = LIBRARIES[lib].label;
    for (const r of report.results.filter((result) => result.library === lib)) {
      const n = r.n.toLocaleString('en-US');
      if (!r.runs) rows.push(blank(label, n, r.status));
      else
        rows.push([
          label,
          n,
          fmt(r.firstRenderMs, 0),
          fmt(r.heapMB),
          fmt(r.domElements, 0),
          pair(r.zoom),
          pair(r.pan),
          p95Over(r.zoomInOut),
          pair(r.wheel),
          pair(r.drag),
          runsCell(r),
        ]);
    }
    const story = Array.isArray(report.story) && report.story.find((s) => s.library === lib);
    if (!story) continue;
    const n = `story: ${story.events ?? '–'}`;
    if (!story.runs) rows.push(blank(label, n, story.status));
    else
      rows.push([
        label,
        n,
        fmt(story.firstRenderMs, 0),
        fmt(story.heapMB),
        fmt(story.domElements, 0),
        '–',
        '–',
        '–',
        '–',
        '–',
        runsCell(story),
      ]);
  }
  return table(header, rows);
}

const TARGETS = { 1: 'N = 1', 100: 'N = 100', story: 'built-in story' };

function traceTable(traces) {
  return table(
    [
      'library',
      'first render',
      'traced ms',
      ...KINDS.map((kind) => `${kind} ms`),
      'tasks',
      'longest task ms',
      'requests in flight ms',
      'runs',
    ],
    traces.map((t) =>
      t.windowMs === undefined
        ? [
            LIBRARIES[t.library].label,
            TARGETS[t.target] ?? t.target,
            fmt(t.status),
            ...KINDS.map(() => ''),
            '',
            '',
            '',
            t.runs,
          ]
        : [
            LIBRARIES[t.library].label,
            TARGETS[t.target] ?? t.target,
            fmt(t.windowMs, 0),
            ...KINDS.map((kind) => fmt(t[kind])),
            fmt(t.tasks, 0),
            fmt(t.longestTaskMs),
            fmt(t.requestsMs),
            runsCell(t),
          ],
    ),
  );
}

function parseTable(parseResults, withLibrary) {
  const INPUTS = { src: 'src (fetch + JSON.parse + validate)', data: 'data (parsed before, not timed)' };
  const input = (r) => (withLibrary ? `${LIBRARIES[r.library].label}: ` : '') + INPUTS[r.mode];
  return table(
    [
      'input',
      'events',
      'to mt-load ms',
      'to drawn ms',
      'JSON.parse ms',
      'longest task ms',
      'long tasks',
      'max frame gap ms',
      'frames > 50 ms',
      'runs',
    ],
    parseResults.map((r) =>
      r.runs
        ? [
            input(r),
            r.events === undefined
              ? '–'
              : `${r.events.toLocaleString('en-US')}${r.skipped ? ` (${r.skipped} skipped)` : ''}`,
            fmt(r.loadedMs, 0),
            fmt(r.drawnMs, 0),
            fmt(r.jsonParseMs, 0),
            fmt(r.longestTaskMs, 0),
            fmt(r.longTasks, 0),
            fmt(r.maxGapMs, 0),
            fmt(r.longFrames, 0),
            runsCell(r),
          ]
        : [input(r), fmt(r.status), '', '', '', '', '', '', '', 0],
    ),
  );
}

/** Prints the report's tables on stdout; `loads` are os.loadavg() before and after the runs. */
export function printReport(plan, report, root, [loadBefore, loadAfter]) {
  const { machine, sizes } = report;
  console.log(
    `\nmeeting-timeline bench — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.chromium}, ${report.date}`,
  );
  for (const [lib, build] of Object.entries(report.builds ?? {}))
    if (build.commit) console.log(`${LIBRARIES[lib].label}: ${build.commit}${lib === 'ours' ? '' : ` (${build.dir})`}`);
  console.log(
    `median of up to ${plan.repeats} runs, each in a fresh browser context; frame times from requestAnimationFrame timestamps`,
  );
  console.log(
    `load average (1 min) ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after${Math.max(loadBefore[0], loadAfter[0]) > machine.cores + 1 ? ' — the machine was busy with other work: expect noisy numbers' : ''}\n`,
  );
  if (plan.runLibs.length) {
    console.log(resultsTable(plan, report));
    console.log(
      `(below N = ${FRAMES_FROM_N} the first render only; story: ours with no data, to the second frame after mt-load; in-out: fifteen zoomTo steps in by 1.25× and fifteen out, p95 and frames over 16.7 ms)`,
    );
    if (report.ratios.length) {
      console.log('\nours / peer (below 1: ours is faster; <x or >x: one side timed out, so the ratio is a bound)\n');
      console.log(
        table(
          ['N', 'peer', 'first render', 'zoom p95', 'in-out p95'],
          report.ratios.map((r) => [
            r.n.toLocaleString('en-US'),
            LIBRARIES[r.peer].label,
            r.firstRender,
            r.zoomP95,
            r.zoomInOutP95,
          ]),
        ),
      );
    }
  }
  if (Array.isArray(report.baseline)) {
    console.log(`\nours / ours-before (below 1: ours is faster or smaller; counts: before → ours)\n`);
    const cols = [
      ['first render', 'firstRender'],
      ['heap', 'heap'],
      ['DOM', 'dom'],
      ['zoom p95', 'zoomP95'],
      ['pan p95', 'panP95'],
      ['in-out p95', 'zoomInOutP95'],
      ['in-out > 16.7', 'zoomInOutOver'],
      ['wheel p95', 'wheelP95'],
      ['drag p95', 'dragP95'],
      ['script', 'script'],
      ['style', 'style'],
      ['layout', 'layout'],
      ['paint', 'paint'],
      ['max frame gap', 'maxGap'],
    ].filter(([, field]) => report.baseline.some((row) => row[field] !== undefined));
    console.log(
      table(
        ['row', ...cols.map(([title]) => title)],
        report.baseline.map((row) => [row.row, ...cols.map(([, field]) => row[field] ?? '')]),
        1,
      ),
    );
    console.log('(trace rows: the traced window and its parts; parse rows: to drawn, and the longest frame gap)');
  }
  if (Array.isArray(report.trace)) {
    console.log(
      '\nwhere a first render of ours goes (Chromium trace of the main thread, a run of its own: tracing slows the page)\n',
    );
    console.log(traceTable(report.trace));
    console.log(
      '(chunks: the main thread idle while a request of the page (a chunk) was in flight; idle: the rest, mostly waiting for frames; requests in flight: busy or not; the run with the median traced time)',
    );
  }
  if (plan.runParse) {
    console.log(
      `\nparse: ${plan.parseEvents.toLocaleString('en-US')} events, ${report.parse.mb} MB (${report.parse.mib} MiB) of JSON, ours only (the peers do not read our format)\n`,
    );
    console.log(parseTable(report.parse.results, plan.oursLibs.length > 1));
    console.log(
      '(to mt-load: for data, to updateComplete, as data fires no mt-load; JSON.parse: for src inside the timed load, for data before it)',
    );
  }
  console.log('\nsizes (gzip -9)\n');
  console.log(
    table(
      ['bundle', 'file', 'loads', 'KiB', 'gzip KiB'],
      sizes.files.map((f) => [f.group, f.label, f.loads, f.kib.toFixed(1), f.gzipKiB.toFixed(1)]),
    ),
  );
  const core = (who, c) =>
    `${who}, what a page loads up front (the entry and its static imports, ${c.files} file(s)): ${c.kib.toFixed(1)} KiB, ${c.gzipKiB.toFixed(1)} KiB gzip (each file gzipped alone)`;
  console.log(core('ours', sizes.oursCore));
  if (sizes.baselineCore) console.log(core('ours-before', sizes.baselineCore));
  if (sizes.unusedChunks.length)
    console.log(
      `(dist/chunks/ also holds ${sizes.unusedChunks.length} file(s) the bundle does not import: ${sizes.unusedChunks.join(', ')})`,
    );
  for (const r of report.results.filter((r) => r.failed)) console.log(`\n${r.library} N=${r.n} failed: ${r.failed}`);
  for (const r of Array.isArray(report.story) ? report.story.filter((s) => s.failed) : [])
    console.log(`\n${r.library} built-in story failed: ${r.failed}`);
  for (const r of Array.isArray(report.trace) ? report.trace.filter((t) => t.failed) : [])
    console.log(`\n${r.library} trace ${r.target} failed: ${r.failed}`);
  if (plan.runParse)
    for (const r of report.parse.results.filter((p) => p.failed))
      console.log(`\nparse ${plan.oursLibs.length > 1 ? `${r.library} ` : ''}${r.mode} failed: ${r.failed}`);
  console.log(`\nwrote ${relative(root, plan.out)} in ${report.durationS} s`);
}
