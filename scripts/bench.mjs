// npm run bench: <meeting-timeline> (the built embed) against vis-timeline, timelines-chart and a plain d3
// SVG page, in the system's headless Chromium, on the same seeded events at N = 100 … 50,000.
// Prints a table and the ratios ours/peer, writes bench/results.json. See bench/README.md.
// With ours, also the parse measurement: a generated ~10 MB JSON file of 100,000 events loaded through `src`
// and through `data`, timed to mt-load and to drawn, with the longest frame gap and long tasks meanwhile.
//
// Options (flags or environment): --sizes=100,1000 (BENCH_SIZES), --libs=ours,d3 (BENCH_LIBS),
// --repeats=3 (BENCH_REPEATS), --budget=450 seconds for all runs (BENCH_BUDGET_S), --no-input (skip real
// wheel and drag input), --out=bench/results.json (BENCH_OUT), --screenshots=DIR (a PNG of each page after its
// first render, first run only, to check what each library drew), --parse (only the parse measurement) or
// --no-parse (skip it) (BENCH_PARSE=only|no), --parse-events=100000 (BENCH_PARSE_EVENTS).
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, writeFileSync, createReadStream, readdirSync, mkdirSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { findBrowsers, CHROME_ARGS } from './browsers.mjs';
import { makeDocument } from '../bench/pages/events.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const began = Date.now();

// ---- options ----

const flags = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const option = (flag, env, fallback) => flags[flag] ?? process.env[env] ?? fallback;
const LIBRARIES = {
  ours: { page: 'ours.html', label: 'ours', input: true },
  'vis-timeline': { page: 'vis-timeline.html', label: 'vis-timeline', input: false },
  'timelines-chart': { page: 'timelines-chart.html', label: 'timelines-chart', input: false },
  d3: { page: 'd3-baseline.html', label: 'd3 baseline', input: true },
};
const SIZES = String(option('sizes', 'BENCH_SIZES', '100,1000,10000,50000'))
  .split(',')
  .map(Number);
const LIBS = String(option('libs', 'BENCH_LIBS', Object.keys(LIBRARIES).join(','))).split(',');
const REPEATS = Number(option('repeats', 'BENCH_REPEATS', 3));
const BUDGET_MS = Number(option('budget', 'BENCH_BUDGET_S', 450)) * 1000;
const REAL_INPUT = !flags['no-input'];
const OUT = resolve(ROOT, String(option('out', 'BENCH_OUT', 'bench/results.json')));
const SHOTS = flags.screenshots && flags.screenshots !== true ? resolve(String(flags.screenshots)) : undefined;
const SEED = 20231115;
const STEPS = 60;
/** The parse measurement (ours only): 'yes' (with the rest), 'only' (--parse) or 'no' (--no-parse). */
const PARSE = flags['no-parse'] ? 'no' : flags.parse ? 'only' : String(process.env.BENCH_PARSE ?? 'yes');
const PARSE_EVENTS = Number(option('parse-events', 'BENCH_PARSE_EVENTS', 100_000));
const PARSE_MODES = ['src', 'data'];
const TIMEOUT = {
  load: 30_000,
  render: 30_000,
  zoom: 30_000,
  pan: 30_000,
  input: 15_000,
  close: 15_000,
  parse: 30_000,
};
/**
 * Time plan: the first pass measures every (library, N) once; the repeats then go cheapest first, each
 * only if its first run's wall time still fits in BUDGET_MS. No phase runs past HARD_MS: one cut short by
 * it is reported as 'skipped: time budget', not as a timeout. With the build, npm run bench stays < 10 min.
 */
const HARD_MS = BUDGET_MS + 45_000;
for (const lib of LIBS)
  if (!LIBRARIES[lib]) fail(`unknown library ${lib}; known: ${Object.keys(LIBRARIES).join(', ')}`);
if (!['yes', 'only', 'no'].includes(PARSE)) fail(`BENCH_PARSE is ${PARSE}; known: yes, only, no`);
if (!(PARSE_EVENTS > 0)) fail(`--parse-events is ${PARSE_EVENTS}; give a count of events`);
/** The size × library runs (not with --parse) and the parse measurement (with ours, unless --no-parse). */
const RUN_LIBS = PARSE === 'only' ? [] : LIBS;
const RUN_PARSE = PARSE === 'only' || (PARSE === 'yes' && LIBS.includes('ours'));

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
const log = (message) => console.error(`[${((Date.now() - began) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const remaining = () => BUDGET_MS - (Date.now() - began);
const hardRemaining = () => HARD_MS - (Date.now() - began);
const BUDGET_SKIP = 'skipped: time budget';

// ---- what is served: a snapshot of our build, the bench pages, the peers' files ----

/**
 * Files a module names by relative path ("./chunks/x.js", "../meeting-timeline.js"), transitively, and
 * which of them load with the entry (reached through static imports only) rather than on demand.
 */
function moduleGraph(entry) {
  const seen = new Map();
  const edges = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const text = readFileSync(file);
    seen.set(file, text);
    edges.set(file, []);
    for (const [, via, spec] of text
      .toString('utf8')
      .matchAll(/(import\s*\(\s*|\bfrom\s*|\bimport\s*)?["'`](\.{1,2}\/[^"'`\s]+?\.m?js)["'`]/g)) {
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(dirname(entry)) || !existsSync(target)) continue;
      edges.get(file).push({ target, eager: Boolean(via) && !via.startsWith('import(') && !/^import\s*\(/.test(via) });
      visit(target);
    }
  };
  visit(entry);
  const eager = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    for (const { target, eager: isStatic } of edges.get(queue.shift()) ?? []) {
      if (isStatic && !eager.has(target)) {
        eager.add(target);
        queue.push(target);
      }
    }
  }
  return { files: seen, eager };
}

const entry = join(ROOT, 'dist', 'meeting-timeline.js');
if (!existsSync(entry)) fail('dist/meeting-timeline.js is missing: run npm run build first');
// Copied now, so a rebuild while the bench runs does not change what is measured.
const { files: ours, eager: oursEager } = moduleGraph(entry);
const snapshot = new Map([...ours].map(([file, text]) => ['/' + relative(ROOT, file).split(sep).join('/'), text]));
// The parse measurement's file, made now (seeded, so the same every time) and served from memory.
const PARSE_URL = `/bench/generated/events-${PARSE_EVENTS}.json`;
const parseFile = RUN_PARSE ? Buffer.from(JSON.stringify(makeDocument(PARSE_EVENTS, SEED))) : undefined;
if (parseFile) snapshot.set(PARSE_URL, parseFile);

const PEER_PACKAGES = /^\/node_modules\/(vis-timeline|timelines-chart|d3-[a-z-]+)\//;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

function fileFor(pathname) {
  if (!pathname.startsWith('/bench/') && !PEER_PACKAGES.test(pathname)) return undefined;
  const file = normalize(join(ROOT, pathname));
  if (!file.startsWith(ROOT + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  const type = TYPES[extname(pathname)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-store' };
  if (snapshot.has(pathname)) return void response.writeHead(200, headers).end(snapshot.get(pathname));
  const file = fileFor(decodeURIComponent(pathname));
  if (!file) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  response.writeHead(200, headers);
  createReadStream(file).pipe(response);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const ORIGIN = `http://127.0.0.1:${server.address().port}`;

// ---- sizes ----

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;
function sizeOf(label, text) {
  return { label, bytes: text.length, kib: kib(text.length), gzipKiB: kib(gzipSync(text, { level: 9 }).length) };
}
async function sizes() {
  const list = [];
  for (const [file, text] of ours) {
    const loads = file === entry ? 'entry' : oursEager.has(file) ? 'with the entry' : 'on demand';
    list.push({ group: 'ours', loads, ...sizeOf(relative(ROOT, file), text) });
  }
  const eagerFiles = list.filter((f) => f.group === 'ours' && f.loads !== 'on demand');
  const oursCore = {
    files: eagerFiles.length,
    kib: kib(eagerFiles.reduce((sum, f) => sum + f.bytes, 0)),
    gzipKiB: Math.round(eagerFiles.reduce((sum, f) => sum + f.gzipKiB, 0) * 10) / 10,
  };
  const chunkDir = join(ROOT, 'dist', 'chunks');
  const unused = existsSync(chunkDir)
    ? readdirSync(chunkDir).filter((f) => f.endsWith('.js') && !ours.has(join(chunkDir, f)))
    : [];
  const peers = {
    'vis-timeline': 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
    'timelines-chart': 'node_modules/timelines-chart/dist/timelines-chart.min.js',
  };
  for (const [group, path] of Object.entries(peers))
    list.push({ group, loads: 'standalone', ...sizeOf(path, readFileSync(join(ROOT, path))) });
  try {
    // What the d3 baseline page imports, bundled and minified the way a page would ship it.
    const { build } = await import('esbuild');
    const result = await build({
      stdin: {
        contents:
          "export { scaleUtc } from 'd3-scale'; export { axisBottom } from 'd3-axis'; export { select } from 'd3-selection'; export { zoom, zoomIdentity } from 'd3-zoom';",
        resolveDir: ROOT,
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    list.push({
      group: 'd3',
      loads: 'for scale',
      ...sizeOf(
        'd3-scale + d3-axis + d3-selection + d3-zoom (esbuild, minified)',
        Buffer.from(result.outputFiles[0].contents),
      ),
    });
  } catch (error) {
    log(`d3 bundle size not measured: ${error.message}`);
  }
  return { files: list, oursCore, unusedChunks: unused };
}

// ---- the browser ----

const { chrome } = findBrowsers(['chrome']);
const LAUNCH = {
  executablePath: chrome,
  headless: true,
  protocolTimeout: 120_000,
  defaultViewport: { width: 1200, height: 800 },
  args: [
    ...CHROME_ARGS,
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--window-size=1200,800',
  ],
};
let browser = await puppeteer.launch(LAUNCH);
const chromium = await browser.version();

class Timeout extends Error {}
function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Timeout(`${what}: no answer in ${Math.round(ms / 1000)} s`)),
        Math.max(ms, 0),
      );
    }),
  ]).finally(() => clearTimeout(timer));
}
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

async function restartBrowser() {
  log('restarting the browser');
  const old = browser;
  old.process()?.kill('SIGKILL');
  await old.close().catch(() => {});
  browser = await puppeteer.launch(LAUNCH);
}

/**
 * Opens bench/pages/`path` in a fresh browser context, waits for the page's bench, and runs `measure(page)`.
 * Page errors go to `run.errors`; a throw or a Timeout marks the run failed. The context is always closed (the
 * browser restarted if it cannot be), and `run.wallMs` says how long it all took.
 */
async function inFreshPage(run, path, measure) {
  const t0 = Date.now();
  let context;
  try {
    context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    page.on('pageerror', (error) => run.errors.push(String(error?.message ?? error).slice(0, 300)));
    page.on('console', (message) => {
      if (message.type() === 'error') run.errors.push(message.text().slice(0, 300));
    });
    await within(page.goto(`${ORIGIN}/bench/pages/${path}`, { waitUntil: 'load' }), TIMEOUT.load, 'load');
    await page.waitForFunction('window.benchReady === true', { timeout: TIMEOUT.load });
    return await measure(page);
  } catch (error) {
    run.failed = error instanceof Timeout ? error.message : String(error?.stack ?? error).slice(0, 500);
    return run;
  } finally {
    run.wallMs = Date.now() - t0;
    try {
      if (context) await within(context.close(), TIMEOUT.close, 'close');
    } catch {
      await restartBrowser();
    }
  }
}

/**
 * One measurement of one library at one size, in a fresh browser context. Each phase is bounded; a phase
 * that runs out of time is recorded as 'timeout' (or 'skipped' where it was not tried).
 */
async function runOnce(lib, n, rep, { skipFrames = false, skipInput = false, warmUp = false } = {}) {
  const run = { library: lib, n, rep, errors: [], load1: Math.round(os.loadavg()[0] * 100) / 100 };
  const path = `${LIBRARIES[lib].page}?n=${n}&seed=${SEED}&steps=${STEPS}`;
  return inFreshPage(run, path, async (page) => {
    const prepared = await within(
      page.evaluate(() => window.bench.prepare()),
      TIMEOUT.load,
      'prepare',
    );
    run.gcExposed = await page.evaluate(() => window.bench.gcExposed);
    run.heapBefore = prepared.heapBefore;

    const renderLimit = Math.min(TIMEOUT.render, hardRemaining());
    try {
      run.firstRender = await within(
        page.evaluate(() => window.bench.firstRender()),
        renderLimit,
        'first render',
      );
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      run.firstRender = renderLimit < TIMEOUT.render ? BUDGET_SKIP : 'timeout';
      run.zoom = run.pan = run.wheel = run.drag = 'skipped';
      return run;
    }
    if (warmUp) return run;
    if (SHOTS && rep === 1) {
      mkdirSync(SHOTS, { recursive: true });
      await within(page.screenshot({ path: join(SHOTS, `${lib}-${n}.png`) }), TIMEOUT.load, 'screenshot').catch(
        () => {},
      );
    }
    Object.assign(
      run,
      await within(
        page.evaluate(() => window.bench.stats()),
        TIMEOUT.load,
        'heap and DOM',
      ),
    );

    const frames = async (name, limit) => {
      if (skipFrames) return 'skipped: timed out at a smaller N';
      const ms = Math.min(limit, hardRemaining() - 5_000);
      if (ms < 5_000) return BUDGET_SKIP;
      const clamped = ms < limit;
      try {
        const result = await within(
          page.evaluate((phase, lim) => window.bench[phase](lim), name, ms - 2_000),
          ms + 10_000,
          name,
        );
        return result.timeout && clamped ? BUDGET_SKIP : result;
      } catch (error) {
        if (error instanceof Timeout) return clamped ? BUDGET_SKIP : 'timeout';
        throw error;
      }
    };
    run.zoom = await frames('zoom', TIMEOUT.zoom);
    if (isTimeout(run.zoom) && !run.zoom.frames) {
      // The page is stuck in a frame: nothing more can be measured in it.
      run.pan = run.wheel = run.drag = 'skipped';
      return run;
    }
    run.pan = await frames('pan', TIMEOUT.pan);
    if (isTimeout(run.pan) && !run.pan.frames) {
      run.wheel = run.drag = 'skipped';
      return run;
    }

    if (!REAL_INPUT || !LIBRARIES[lib].input) run.wheel = run.drag = 'not measured';
    else if (skipFrames || skipInput) run.wheel = run.drag = 'skipped: timed out at a smaller N';
    else if (hardRemaining() < TIMEOUT.input * 2 + 10_000) run.wheel = run.drag = BUDGET_SKIP;
    else {
      const input = async (gesture) => {
        const deadline = Date.now() + TIMEOUT.input;
        try {
          const at = await within(
            page.evaluate(() => window.bench.beforeInput()),
            TIMEOUT.input,
            'input setup',
          );
          if (!at) return 'skipped';
          await within(page.mouse.move(at.x, at.y), TIMEOUT.input, 'mouse');
          await page.evaluate(() => window.bench.startRecording());
          await gesture(at, deadline);
          const result = await within(
            page.evaluate(() => window.bench.stopRecording()),
            Math.max(deadline - Date.now(), 2_000) + 5_000,
            'input',
          );
          return Date.now() > deadline ? { ...result, timeout: true } : result;
        } catch (error) {
          if (error instanceof Timeout) return 'timeout';
          throw error;
        }
      };
      // 20 wheel notches (zoom in about 16 times around the centre), one every ~16 ms.
      run.wheel = await input(async (_, deadline) => {
        for (let i = 0; i < 20 && Date.now() < deadline; i++) {
          await within(page.mouse.wheel({ deltaY: -100 }), deadline - Date.now(), 'wheel');
          await sleep(16);
        }
      });
      // A 600 px drag to the left (pans the zoomed-in view later in time) in 40 moves.
      if (run.wheel !== 'timeout') {
        run.drag = await input(async (at, deadline) => {
          await page.mouse.move(at.x + 300, at.y);
          await page.mouse.down();
          for (let i = 1; i <= 40 && Date.now() < deadline; i++) {
            await within(page.mouse.move(at.x + 300 - i * 15, at.y), deadline - Date.now(), 'drag');
            await sleep(16);
          }
          await within(page.mouse.up(), 5_000, 'drag');
        });
      } else run.drag = 'skipped';
    }
    return run;
  });
}

/**
 * One parse measurement of ours, in a fresh browser context: the generated file through `src` (fetch,
 * JSON.parse, validation in slices) or, already parsed (not timed), through `data`. Bounded like runOnce.
 */
async function runParse(mode, rep) {
  const run = { mode, rep, errors: [], load1: Math.round(os.loadavg()[0] * 100) / 100 };
  return inFreshPage(run, `parse.html?mode=${mode}&url=${encodeURIComponent(PARSE_URL)}`, async (page) => {
    run.longTaskSupported = await page.evaluate(() => window.bench.longTaskSupported);
    Object.assign(
      run,
      await within(
        page.evaluate(() => window.bench.prepare()),
        TIMEOUT.load,
        'prepare',
      ),
    );
    const ms = Math.min(TIMEOUT.parse, hardRemaining() - 5_000);
    if (ms < 5_000) {
      run.parse = BUDGET_SKIP;
      return run;
    }
    try {
      run.parse = await within(
        page.evaluate((lim) => window.bench.parse(lim), ms - 2_000),
        ms + 10_000,
        'parse',
      );
      if (run.parse.timeout && ms < TIMEOUT.parse) run.parse = BUDGET_SKIP;
      else if (run.parse.error) run.failed = `mt-error: ${run.parse.error}`.slice(0, 500);
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      // The page did not answer: its main thread was busy for the whole limit.
      run.parse = ms < TIMEOUT.parse ? BUDGET_SKIP : 'timeout';
    }
    return run;
  });
}

// ---- the plan: one pass over every (library, N), then the repeats ----

const runs = new Map(); // "lib|n" -> run[]
const skipped = new Map(); // "lib|n" -> why
const key = (lib, n) => `${lib}|${n}`;
const isTimeout = (value) => value === 'timeout' || value?.timeout === true;
const smallerTimedOut = (lib, n, phases) =>
  SIZES.filter((m) => m < n).some((m) =>
    (runs.get(key(lib, m)) ?? []).some((run) => phases.some((p) => isTimeout(run[p]))),
  );

function describe(run) {
  const ms = (v) => (typeof v === 'object' && v ? `${v.p95?.toFixed(1)}${v.timeout ? '!' : ''}` : (v ?? '-'));
  const fr = typeof run.firstRender === 'object' ? `${run.firstRender.ms.toFixed(0)} ms` : (run.firstRender ?? '-');
  return `render ${fr}, dom ${run.dom ?? '-'}, zoom p95 ${ms(run.zoom)}, pan p95 ${ms(run.pan)}, wheel p95 ${ms(run.wheel)}, drag p95 ${ms(run.drag)}${run.failed ? `, FAILED: ${run.failed}` : ''} (${(run.wallMs / 1000).toFixed(1)} s)`;
}

// Warm-up, not recorded: each page once at the smallest size, so the first measured run does not pay for
// the browser's cold start (disk cache, fonts, code cache).
const loadBefore = os.loadavg();
for (const lib of RUN_LIBS.length ? RUN_LIBS : ['ours']) {
  const run = await runOnce(lib, Math.min(...SIZES), 0, { warmUp: true });
  log(
    `warm-up ${LIBRARIES[lib].label}: ${run.failed ? `FAILED: ${run.failed}` : 'ok'} (${(run.wallMs / 1000).toFixed(1)} s)`,
  );
}

async function measure(lib, n, rep) {
  const k = key(lib, n);
  const run = await runOnce(lib, n, rep, {
    skipFrames: smallerTimedOut(lib, n, ['zoom', 'pan']),
    skipInput: smallerTimedOut(lib, n, ['wheel', 'drag']),
  });
  runs.set(k, [...(runs.get(k) ?? []), run]);
  log(`${LIBRARIES[lib].label.padEnd(15)} N=${String(n).padStart(6)} #${rep}: ${describe(run)}`);
}

// Pass 1: every library at every size, smallest first; a library whose first render timed out is not
// tried at larger sizes.
for (const n of SIZES) {
  for (const lib of RUN_LIBS) {
    const k = key(lib, n);
    if (smallerTimedOut(lib, n, ['firstRender'])) skipped.set(k, 'skipped: its first render timed out at a smaller N');
    else if (hardRemaining() < 20_000) skipped.set(k, BUDGET_SKIP);
    else await measure(lib, n, 1);
  }
}

// The parse measurement, once per input (src, then data); its repeats join the others below.
const parseRuns = new Map(); // mode -> run[]
function describeParse(run) {
  const p = run.parse;
  const ms = (v) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : '-');
  const result =
    typeof p === 'object'
      ? `${p.timeout ? 'timeout, ' : ''}loaded ${ms(p.loadedMs)}, drawn ${ms(p.drawnMs)}, JSON.parse ${ms(run.jsonParseMs ?? p.jsonParse[0]?.ms)}, longest task ${ms(p.longestTaskMs)}, max frame gap ${ms(p.maxGapMs)}, frames > 50 ms ${p.longFrames}, events ${p.events ?? '-'}`
      : (p ?? '-');
  return `${result}${run.failed ? `, FAILED: ${run.failed}` : ''} (${(run.wallMs / 1000).toFixed(1)} s)`;
}
async function measureParse(mode, rep) {
  const run = await runParse(mode, rep);
  parseRuns.set(mode, [...(parseRuns.get(mode) ?? []), run]);
  log(`parse ${mode.padEnd(4)} ${PARSE_EVENTS.toLocaleString('en-US')} events #${rep}: ${describeParse(run)}`);
}
if (RUN_PARSE) {
  log(`parse: ${PARSE_URL}, ${(parseFile.length / 1e6).toFixed(2)} MB`);
  for (const mode of PARSE_MODES) if (hardRemaining() >= 20_000) await measureParse(mode, 1);
}

// Repeats, cheapest first, while their cost (the first run's wall time) fits in the budget. A first
// render (or parse) that timed out is not repeated.
for (let rep = 2; rep <= REPEATS; rep++) {
  const candidates = [
    ...[...runs.values()]
      .map((list) => list[0])
      .filter((first) => !first.failed && typeof first.firstRender === 'object')
      .map((first) => ({ wallMs: first.wallMs, again: () => measure(first.library, first.n, rep) })),
    ...[...parseRuns.values()]
      .map((list) => list[0])
      .filter((first) => !first.failed && typeof first.parse === 'object' && !first.parse.timeout)
      .map((first) => ({ wallMs: first.wallMs, again: () => measureParse(first.mode, rep) })),
  ].sort((a, b) => a.wallMs - b.wallMs);
  for (const candidate of candidates) {
    if (remaining() < candidate.wallMs * 1.2 + 2_000) continue;
    await candidate.again();
  }
}

// ---- medians and the table ----

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

const results = [];
for (const lib of RUN_LIBS) {
  for (const n of SIZES) {
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
const ratios = [];
const find = (lib, n) => results.find((r) => r.library === lib && r.n === n);
for (const n of SIZES) {
  const mine = find('ours', n);
  if (!mine) continue;
  for (const lib of RUN_LIBS.filter((l) => l !== 'ours')) {
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

// The parse measurement: medians over its runs. Loaded and drawn are 'timeout' when most runs timed out;
// the frame gaps and long tasks are those seen until the end (or the timeout) of each run.
const parseResults = [];
for (const mode of RUN_PARSE ? PARSE_MODES : []) {
  const list = parseRuns.get(mode) ?? [];
  if (!list.length) {
    parseResults.push({ mode, runs: 0, status: BUDGET_SKIP });
    continue;
  }
  const seen = (pick) => median(list.map((run) => (typeof run.parse === 'object' ? pick(run.parse, run) : undefined)));
  parseResults.push({
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

const sizeInfo = await sizes();
const loadAfter = os.loadavg();
const machine = {
  cpu: os.cpus()[0]?.model,
  cores: os.cpus().length,
  loadAverage: {
    before: loadBefore.map((l) => Math.round(l * 100) / 100),
    after: loadAfter.map((l) => Math.round(l * 100) / 100),
  },
  memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: chromium,
  chromiumPath: chrome,
};
await browser.close().catch(() => {});
server.close();

const report = {
  date: new Date().toISOString(),
  machine,
  config: {
    sizes: SIZES,
    libraries: LIBS,
    repeats: REPEATS,
    steps: STEPS,
    seed: SEED,
    timeoutsMs: TIMEOUT,
    budgetMs: BUDGET_MS,
    realInput: REAL_INPUT,
    viewport: '1200x800',
    parse: PARSE,
    parseEvents: PARSE_EVENTS,
  },
  durationS: Math.round((Date.now() - began) / 1000),
  results,
  ratios,
  parse: RUN_PARSE
    ? {
        library: 'ours',
        events: PARSE_EVENTS,
        bytes: parseFile.length,
        mb: Math.round(parseFile.length / 1e4) / 100,
        mib: Math.round((parseFile.length / 1048576) * 100) / 100,
        url: PARSE_URL,
        results: parseResults,
      }
    : 'not measured',
  sizes: sizeInfo,
};
writeFileSync(OUT, JSON.stringify(report, null, 2) + '\n');

console.log(
  `\nmeeting-timeline bench — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${chromium}, ${report.date}`,
);
console.log(
  `median of up to ${REPEATS} runs, each in a fresh browser context; frame times from requestAnimationFrame timestamps`,
);
console.log(
  `load average (1 min) ${loadBefore[0].toFixed(1)} before, ${loadAfter[0].toFixed(1)} after${Math.max(loadBefore[0], loadAfter[0]) > machine.cores + 1 ? ' — the machine was busy with other work: expect noisy numbers' : ''}\n`,
);
if (RUN_LIBS.length) {
  console.log(table(header, rows));
  console.log('\nours / peer (below 1: ours is faster; <x or >x: one side timed out, so the ratio is a bound)\n');
  console.log(
    table(
      ['N', 'peer', 'first render', 'zoom p95'],
      ratios.map((r) => [r.n.toLocaleString('en-US'), LIBRARIES[r.peer].label, r.firstRender, r.zoomP95]),
    ),
  );
}
if (RUN_PARSE) {
  console.log(
    `\nparse: ${PARSE_EVENTS.toLocaleString('en-US')} events, ${report.parse.mb} MB (${report.parse.mib} MiB) of JSON, ours only (the peers do not read our format)\n`,
  );
  const INPUTS = { src: 'src (fetch + JSON.parse + validate)', data: 'data (parsed before, not timed)' };
  console.log(
    table(
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
    ),
  );
  console.log(
    '(to mt-load: for data, to updateComplete, as data fires no mt-load; JSON.parse: for src inside the timed load, for data before it)',
  );
}
console.log('\nsizes (gzip -9)\n');
console.log(
  table(
    ['bundle', 'file', 'loads', 'KiB', 'gzip KiB'],
    sizeInfo.files.map((f) => [f.group, f.label, f.loads, f.kib.toFixed(1), f.gzipKiB.toFixed(1)]),
  ),
);
console.log(
  `ours, what a page loads up front (the entry and its static imports, ${sizeInfo.oursCore.files} file(s)): ${sizeInfo.oursCore.kib.toFixed(1)} KiB, ${sizeInfo.oursCore.gzipKiB.toFixed(1)} KiB gzip (each file gzipped alone)`,
);
if (sizeInfo.unusedChunks.length)
  console.log(
    `(dist/chunks/ also holds ${sizeInfo.unusedChunks.length} file(s) the bundle does not import: ${sizeInfo.unusedChunks.join(', ')})`,
  );
const failures = results.filter((r) => r.failed);
for (const r of failures) console.log(`\n${r.library} N=${r.n} failed: ${r.failed}`);
for (const r of parseResults.filter((p) => p.failed)) console.log(`\nparse ${r.mode} failed: ${r.failed}`);
console.log(`\nwrote ${relative(ROOT, OUT)} in ${report.durationS} s`);
