// The bench's report: a progress line per run, the medians over the runs, the ratios ours/peer, the tables
// printed at the end, and bench/results.json. See bench/README.md for what each figure means.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BUDGET_SKIP, LIBRARIES, PARSE_MODES, SEED, STEPS, TIMEOUT, isTimeout, key } from './plan.mjs';

/** Progress lines, one per run. */
export const describe = {
  run(run) {
    const ms = (v) => (typeof v === 'object' && v ? `${v.p95?.toFixed(1)}${v.timeout ? '!' : ''}` : (v ?? '-'));
    const fr = typeof run.firstRender === 'object' ? `${run.firstRender.ms.toFixed(0)} ms` : (run.firstRender ?? '-');
    return `render ${fr}, dom ${run.dom ?? '-'}, zoom p95 ${ms(run.zoom)}, pan p95 ${ms(run.pan)}, wheel p95 ${ms(run.wheel)}, drag p95 ${ms(run.drag)}${run.failed ? `, FAILED: ${run.failed}` : ''} (${(run.wallMs / 1000).toFixed(1)} s)`;
  },
  parse(run) {
    const p = run.parse;
    const ms = (v) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : '-');
    const result =
      typeof p === 'object'
        ? `${p.timeout ? 'timeout, ' : ''}loaded ${ms(p.loadedMs)}, drawn ${ms(p.drawnMs)}, JSON.parse ${ms(run.jsonParseMs ?? p.jsonParse[0]?.ms)}, longest task ${ms(p.longestTaskMs)}, max frame gap ${ms(p.maxGapMs)}, frames > 50 ms ${p.longFrames}, events ${p.events ?? '-'}`
        : (p ?? '-');
    return `${result}${run.failed ? `, FAILED: ${run.failed}` : ''} (${(run.wallMs / 1000).toFixed(1)} s)`;
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

/** One entry per library × N: the medians over its runs (and every run, as `raw`). */
function sizeResults(plan, runs, skipped) {
  const results = [];
  for (const lib of plan.runLibs) {
    for (const n of plan.sizes) {
      const k = key(lib, n);
      const list = runs.get(k) ?? [];
      if (!list.length) {
        results.push({ library: lib, n, runs: 0, status: skipped.get(k) ?? 'skipped' });
        continue;
      }
      const frameStats = (phase) => ({
        p50: combine(list, (v) => v.p50, phase),
        p95: combine(list, (v) => v.p95, phase),
      });
      results.push({
        library: lib,
        n,
        runs: list.length,
        firstRenderMs: combine(list, (v) => v.ms, 'firstRender'),
        // Measured only after a first render that finished.
        heapMB: median(list.map((run) => (run.heap == null ? undefined : run.heap / 1048576))),
        heapBeforeMB: median(list.map((run) => (run.heapBefore == null ? undefined : run.heapBefore / 1048576))),
        domElements: median(list.map((run) => run.dom)),
        zoom: frameStats('zoom'),
        pan: frameStats('pan'),
        wheel: frameStats('wheel'),
        drag: frameStats('drag'),
        failed: list.find((run) => run.failed)?.failed,
        errors: [...new Set(list.flatMap((run) => run.errors))].slice(0, 5),
        raw: list,
      });
    }
  }
  return results;
}

/** ours / peer; "<x" or ">x" where one side timed out (its time is then at least the timeout). */
function ratio(ourValue, peerValue, limit) {
  const ourLow = ourValue === 'timeout' ? limit : ourValue;
  const peerLow = peerValue === 'timeout' ? limit : peerValue;
  if (typeof ourLow !== 'number' || typeof peerLow !== 'number') return '–';
  if (ourValue === 'timeout' && peerValue === 'timeout') return 'both timeout';
  const r = ourLow / peerLow;
  const text = r >= 10 ? r.toFixed(0) : r >= 0.1 ? r.toFixed(2) : r.toFixed(3);
  if (ourValue === 'timeout') return `>${text}`;
  if (peerValue === 'timeout') return `<${text}`;
  return text;
}

function peerRatios(plan, results) {
  const ratios = [];
  const find = (lib, n) => results.find((r) => r.library === lib && r.n === n);
  for (const n of plan.sizes) {
    const mine = find('ours', n);
    if (!mine) continue;
    for (const lib of plan.runLibs.filter((l) => l !== 'ours')) {
      const peer = find(lib, n);
      if (!peer) continue;
      ratios.push({
        n,
        peer: lib,
        firstRender: ratio(mine.firstRenderMs, peer.firstRenderMs, TIMEOUT.render),
        zoomP95: ratio(mine.zoom?.p95, peer.zoom?.p95, TIMEOUT.zoom / STEPS),
      });
    }
  }
  return ratios;
}

/**
 * The parse measurement: medians over its runs. Loaded and drawn are 'timeout' when most runs timed out;
 * the frame gaps and long tasks are those seen until the end (or the timeout) of each run.
 */
function parseResults(plan, parseRuns) {
  const results = [];
  for (const mode of plan.runParse ? PARSE_MODES : []) {
    const list = parseRuns.get(mode) ?? [];
    if (!list.length) {
      results.push({ mode, runs: 0, status: BUDGET_SKIP });
      continue;
    }
    const seen = (pick) =>
      median(list.map((run) => (typeof run.parse === 'object' ? pick(run.parse, run) : undefined)));
    results.push({
      mode,
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
      failed: list.find((run) => run.failed)?.failed,
      errors: [...new Set(list.flatMap((run) => run.errors))].slice(0, 5),
      raw: list,
    });
  }
  return results;
}

/**
 * The whole report, as written to results.json: `measured` is what execute() returned, `parseFile` the
 * generated file ({url, bytes}), `machine` the machine and browser, `sizes` the bundle sizes.
 */
export function buildReport({ plan, began, measured, parseFile, machine, sizes }) {
  const results = sizeResults(plan, measured.runs, measured.skipped);
  return {
    date: new Date().toISOString(),
    machine,
    config: {
      sizes: plan.sizes,
      libraries: plan.libs,
      repeats: plan.repeats,
      steps: STEPS,
      seed: SEED,
      timeoutsMs: TIMEOUT,
      budgetMs: plan.budgetMs,
      realInput: plan.realInput,
      viewport: '1200x800',
      parse: plan.parse,
      parseEvents: plan.parseEvents,
    },
    durationS: Math.round((Date.now() - began) / 1000),
    results,
    ratios: peerRatios(plan, results),
    parse: plan.runParse
      ? {
          library: 'ours',
          events: plan.parseEvents,
          bytes: parseFile.bytes,
          mb: Math.round(parseFile.bytes / 1e4) / 100,
          mib: Math.round((parseFile.bytes / 1048576) * 100) / 100,
          url: parseFile.url,
          results: parseResults(plan, measured.parseRuns),
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
  if (v === undefined) return '–';
  return String(v).startsWith('skipped') ? 'skipped' : String(v);
};
const pair = (s) =>
  typeof s.p50 === 'number' && typeof s.p95 === 'number'
    ? `${fmt(s.p50)} / ${fmt(s.p95)}`
    : fmt(typeof s.p95 === 'string' ? s.p95 : s.p50);
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    '| ' +
    cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ') +
    ' |';
  return [
    line(header),
    '|' + widths.map((w, i) => (i < 2 ? ':' : '-') + '-'.repeat(w) + (i < 2 ? '-' : ':')).join('|') + '|',
    ...rows.map(line),
  ].join('\n');
}

function resultsTable(results) {
  const header = [
    'library',
    'N',
    'first render ms',
    'heap MB',
    'DOM elements',
    'zoom p50 / p95 ms',
    'pan p50 / p95 ms',
    'wheel p50 / p95 ms',
    'drag p50 / p95 ms',
    'runs',
  ];
  const rows = results.map((r) =>
    r.runs
      ? [
          LIBRARIES[r.library].label,
          r.n.toLocaleString('en-US'),
          fmt(r.firstRenderMs, 0),
          fmt(r.heapMB),
          fmt(r.domElements, 0),
          pair(r.zoom),
          pair(r.pan),
          pair(r.wheel),
          pair(r.drag),
          r.runs + (r.failed ? ' (failed)' : ''),
        ]
      : [LIBRARIES[r.library].label, r.n.toLocaleString('en-US'), fmt(r.status), '', '', '', '', '', '', 0],
  );
  return table(header, rows);
}

function parseTable(parseResults) {
  const INPUTS = { src: 'src (fetch + JSON.parse + validate)', data: 'data (parsed before, not timed)' };
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
            INPUTS[r.mode],
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
            r.runs + (r.failed ? ' (failed)' : ''),
          ]
        : [INPUTS[r.mode], fmt(r.status), '', '', '', '', '', '', '', 0],
    ),
  );
}

/** Prints the report's tables on stdout; `loads` are os.loadavg() before and after the runs. */
export function printReport(plan, report, root, [loadBefore, loadAfter]) {
  const { machine, sizes } = report;
  console.log(
    `\nmeeting-timeline bench — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.chromium}, ${report.date}`,
  );
  console.log(
    `median of up to ${plan.repeats} runs, each in a fresh browser context; frame times from requestAnimationFrame timestamps`,
  );
  console.log(
    `load average (1 min) ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after${Math.max(loadBefore[0], loadAfter[0]) > machine.cores + 1 ? ' — the machine was busy with other work: expect noisy numbers' : ''}\n`,
  );
  if (plan.runLibs.length) {
    console.log(resultsTable(report.results));
    console.log('\nours / peer (below 1: ours is faster; <x or >x: one side timed out, so the ratio is a bound)\n');
    console.log(
      table(
        ['N', 'peer', 'first render', 'zoom p95'],
        report.ratios.map((r) => [r.n.toLocaleString('en-US'), LIBRARIES[r.peer].label, r.firstRender, r.zoomP95]),
      ),
    );
  }
  if (plan.runParse) {
    console.log(
      `\nparse: ${plan.parseEvents.toLocaleString('en-US')} events, ${report.parse.mb} MB (${report.parse.mib} MiB) of JSON, ours only (the peers do not read our format)\n`,
    );
    console.log(parseTable(report.parse.results));
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
  console.log(
    `ours, what a page loads up front (the entry and its static imports, ${sizes.oursCore.files} file(s)): ${sizes.oursCore.kib.toFixed(1)} KiB, ${sizes.oursCore.gzipKiB.toFixed(1)} KiB gzip (each file gzipped alone)`,
  );
  if (sizes.unusedChunks.length)
    console.log(
      `(dist/chunks/ also holds ${sizes.unusedChunks.length} file(s) the bundle does not import: ${sizes.unusedChunks.join(', ')})`,
    );
  for (const r of report.results.filter((r) => r.failed)) console.log(`\n${r.library} N=${r.n} failed: ${r.failed}`);
  if (plan.runParse)
    for (const r of report.parse.results.filter((p) => p.failed)) console.log(`\nparse ${r.mode} failed: ${r.failed}`);
  console.log(`\nwrote ${relative(root, plan.out)} in ${report.durationS} s`);
}
