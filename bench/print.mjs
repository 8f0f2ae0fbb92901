// What the bench prints: a progress line per run (on stderr, through the clock's log) and, at the end, the
// tables of the report (report.mjs) on stdout. See bench/README.md for what each figure means.
import { relative } from 'node:path';
import { FRAMES_FROM_N, LIBRARIES, PHONE, SAMPLE_UNDER_MS, SAMPLE_UP_TO_N } from './plan.mjs';
import { KINDS } from './trace.mjs';
import { median } from './report.mjs';

const seconds = (run) => `(${(run.wallMs / 1000).toFixed(1)} s)`;
const failed = (run) => (run.failed ? `, FAILED: ${run.failed}` : '');

/** Progress lines, one per run. */
export const describe = {
  run(run) {
    const ms = (v) => (typeof v === 'object' && v ? `${v.p95?.toFixed(1)}${v.timeout ? '!' : ''}` : (v ?? '-'));
    const fr = typeof run.firstRender === 'object' ? `${run.firstRender.ms.toFixed(0)} ms` : (run.firstRender ?? '-');
    if (run.story)
      return `render ${fr}, events ${run.events ?? '-'}, dom ${run.dom ?? '-'}${failed(run)} ${seconds(run)}`;
    if (run.phone) {
      const all =
        typeof run.firstRender === 'object' && run.firstRender.allMs
          ? ` (all ${run.firstRender.allMs.toFixed(0)})`
          : '';
      return `render ${fr}${all}, ${run.layout ?? '-'}, dom ${run.dom ?? '-'}${failed(run)} ${seconds(run)}`;
    }
    if (run.zoom === 'not measured') return `render ${fr}, dom ${run.dom ?? '-'}${failed(run)} ${seconds(run)}`;
    const over = (v) => (typeof v === 'object' && v ? ` (${v.over} > 16.7)` : '');
    const glide = run.glide === 'not measured' ? '' : `, glide p95 ${ms(run.glide)}${over(run.glide)}`;
    return `render ${fr}, dom ${run.dom ?? '-'}, zoom p95 ${ms(run.zoom)}, pan p95 ${ms(run.pan)}, in-out p95 ${ms(run.zoomInOut)}${over(run.zoomInOut)}, wheel p95 ${ms(run.wheel)}, drag p95 ${ms(run.drag)}${glide}${failed(run)} ${seconds(run)}`;
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

// ---- the tables ----

const fmt = (v, digits = 1) => {
  if (typeof v === 'number') return v >= 1000 ? Math.round(v).toLocaleString('en-US') : v.toFixed(digits);
  if (v === undefined || v === 'not measured') return '–';
  return String(v).startsWith('skipped') ? 'skipped' : String(v);
};
/**
 * The first render, and when every mark was drawn (ours, a tall chart) if that took more than the frame it takes to
 * see that no more come.
 */
const firstCell = (r) =>
  typeof r.allDrawnMs === 'number' && typeof r.firstRenderMs === 'number' && r.allDrawnMs > r.firstRenderMs + 25
    ? `${fmt(r.firstRenderMs, 0)} (all ${fmt(r.allDrawnMs, 0)})`
    : fmt(r.firstRenderMs, 0);
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

const runsCell = (r) =>
  r.runs +
  (r.fullRuns !== undefined && r.fullRuns < r.runs ? ` (${r.fullRuns} full)` : '') +
  (r.failed ? ' (failed)' : '');

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
    'glide p95 ms (> 16.7)',
    'runs',
  ];
  const rows = [];
  const blank = (label, n, status) => [label, n, fmt(status), '', '', '', '', '', '', '', '', 0];
  // A row of the first render only (the story, a phone's width): no frames measured.
  const firstOnly = (label, n, r) =>
    r.runs
      ? [label, n, firstCell(r), fmt(r.heapMB), fmt(r.domElements, 0), ...Array(6).fill('–'), runsCell(r)]
      : blank(label, n, r.status);
  for (const lib of plan.runLibs) {
    const label = LIBRARIES[lib].label;
    for (const r of report.results.filter((result) => result.library === lib)) {
      const n = r.n.toLocaleString('en-US');
      if (!r.runs) rows.push(blank(label, n, r.status));
      else
        rows.push([
          label,
          n,
          firstCell(r),
          fmt(r.heapMB),
          fmt(r.domElements, 0),
          pair(r.zoom),
          pair(r.pan),
          p95Over(r.zoomInOut),
          pair(r.wheel),
          pair(r.drag),
          p95Over(r.glide),
          runsCell(r),
        ]);
    }
    for (const r of Array.isArray(report.phone) ? report.phone.filter((p) => p.library === lib) : [])
      rows.push(
        firstOnly(
          label,
          `${r.n} at ${PHONE.width} px${r.layout && r.layout !== 'vertical' ? ` (${r.layout})` : ''}`,
          r,
        ),
      );
    const story = Array.isArray(report.story) && report.story.find((s) => s.library === lib);
    if (story) rows.push(firstOnly(label, `story: ${story.events ?? '–'}`, story));
  }
  return table(header, rows);
}

/** A traced first render's name in the table: its N, or the built-in story. */
const targetName = (target) => (target === 'story' ? 'built-in story' : `N = ${target}`);

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
        ? [LIBRARIES[t.library].label, targetName(t.target), fmt(t.status), ...KINDS.map(() => ''), '', '', '', t.runs]
        : [
            LIBRARIES[t.library].label,
            targetName(t.target),
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
    `median of up to ${plan.repeats} runs, each in a fresh browser context${plan.renderSamples > plan.repeats ? ` (first renders under ${SAMPLE_UNDER_MS / 1000} s at N ≤ ${SAMPLE_UP_TO_N.toLocaleString('en-US')} and the story's: of up to ${plan.renderSamples}, the extra runs measuring the first render alone)` : ''}; frame times from requestAnimationFrame timestamps`,
  );
  console.log(
    `load average (1 min) ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after${Math.max(loadBefore[0], loadAfter[0]) > machine.cores + 1 ? ' — the machine was busy with other work: expect noisy numbers' : ''}\n`,
  );
  if (plan.runLibs.length) {
    console.log(resultsTable(plan, report));
    console.log(
      `(below N = ${FRAMES_FROM_N} the first render only; at ${PHONE.width} px: the window and the element a phone's width, the first render only; story: ours with no data, to the second frame after mt-load; in-out: fifteen zoomTo steps in by 1.25× and fifteen out, p95 and frames over 16.7 ms)`,
    );
    const ready = plan.runLibs
      .map((lib) => [lib, median(report.results.filter((r) => r.library === lib).map((r) => r.readyMs))])
      .filter(([, ms]) => ms !== undefined);
    if (ready.length)
      console.log(
        `page ready, before any timing (navigation to the library loaded and evaluated; median over the sizes' medians): ${ready.map(([lib, ms]) => `${LIBRARIES[lib].label} ${ms.toFixed(0)} ms`).join(', ')}`,
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
      ['glide p95', 'glideP95'],
      ['glide > 16.7', 'glideOver'],
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
  for (const r of Array.isArray(report.phone) ? report.phone.filter((p) => p.failed) : [])
    console.log(`\n${r.library} N=${r.n} at ${PHONE.width} px failed: ${r.failed}`);
  for (const r of Array.isArray(report.story) ? report.story.filter((s) => s.failed) : [])
    console.log(`\n${r.library} built-in story failed: ${r.failed}`);
  for (const r of Array.isArray(report.trace) ? report.trace.filter((t) => t.failed) : [])
    console.log(`\n${r.library} trace ${r.target} failed: ${r.failed}`);
  if (plan.runParse)
    for (const r of report.parse.results.filter((p) => p.failed))
      console.log(`\nparse ${plan.oursLibs.length > 1 ? `${r.library} ` : ''}${r.mode} failed: ${r.failed}`);
  console.log(`\nwrote ${relative(root, plan.out)} in ${report.durationS} s`);
}
