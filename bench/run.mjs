// npm run bench: <meeting-timeline> (the built embed) against vis-timeline, timelines-chart and a plain d3
// SVG page, in the system's headless Chromium, on the same seeded events at N = 1 … 50,000; the built-in
// story; a trace breakdown of ours' first render; with ours, the parse of a generated ~10 MB JSON file of
// 100,000 events through `src` and `data`. With --baseline DIR, another checkout's build runs beside ours as
// "ours-before", and the report gives ours / ours-before. Prints tables, writes bench/results.json.
// See bench/README.md.
//
// plan.mjs reads the options and orders the runs, server.mjs serves the pages, measure.mjs drives the
// browser (trace.mjs reads the traces), report.mjs makes the medians, ratios and JSON, print.mjs the progress
// lines and tables; sizes.mjs measures the bundles.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { makeDocument } from './pages/events.js';
import { SEED, execute, fail, readPlan, startClock } from './plan.mjs';
import { moduleGraph, snapshotOf, startServer } from './server.mjs';
import { measures, openBrowser } from './measure.mjs';
import { buildReport, writeReport } from './report.mjs';
import { describe, printReport } from './print.mjs';
import { sizes } from './sizes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const plan = readPlan(ROOT);
const clock = startClock(plan);

/** The checkout's commit, with "+changes" when its tree differs from it; undefined outside git. */
function commitOf(dir) {
  try {
    const git = (...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: 'pipe' }).trim();
    const changed = git('status', '--porcelain', '--untracked-files=no') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${changed ? '+changes' : ''} ${git('log', '-1', '--format=%s').slice(0, 80)}`;
  } catch {
    return undefined;
  }
}

// What is served: a snapshot of our build (and the baseline's), copied now so a rebuild while the bench runs
// changes nothing.
const entry = join(ROOT, 'dist', 'meeting-timeline.js');
if (!existsSync(entry)) fail('dist/meeting-timeline.js is missing: run npm run build first');
const ours = moduleGraph(entry);
const memory = snapshotOf(ours, dirname(entry), '/dist/');
const baseline = plan.baseline && { ...plan.baseline, graph: moduleGraph(plan.baseline.entry) };
if (baseline) {
  for (const [path, text] of snapshotOf(baseline.graph, dirname(baseline.entry), '/before/dist/'))
    memory.set(path, text);
  clock.log(`baseline: ${baseline.entry} (${commitOf(baseline.dir) ?? 'not a git checkout'})`);
}
// The parse measurement's file, made now (seeded, so the same every time) and served from memory.
const parseUrl = `/bench/generated/events-${plan.parseEvents}.json`;
const parseFile = plan.runParse ? Buffer.from(JSON.stringify(makeDocument(plan.parseEvents, SEED))) : undefined;
if (parseFile) memory.set(parseUrl, parseFile);
const server = await startServer(ROOT, memory, baseline ? ['/before'] : []);

const session = await openBrowser(clock.log);
const loadBefore = os.loadavg();
const measured = await execute(
  plan,
  clock,
  {
    ...measures({ plan, clock, session, origin: server.origin, parseUrl }),
    parseUrl,
    parseBytes: parseFile?.length,
  },
  describe,
);

const sizeInfo = await sizes(ROOT, entry, ours, clock.log, baseline);
const loadAfter = os.loadavg();
const round = (loads) => loads.map((l) => Math.round(l * 100) / 100);
const machine = {
  cpu: os.cpus()[0]?.model,
  cores: os.cpus().length,
  loadAverage: { before: round(loadBefore), after: round(loadAfter) },
  memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: session.version,
  chromiumPath: session.path,
};
await session.close();
server.close();

const report = buildReport({
  plan,
  began: clock.began,
  measured,
  parseFile: parseFile && { url: parseUrl, bytes: parseFile.length },
  machine,
  sizes: sizeInfo,
  builds: {
    ours: { dir: ROOT, commit: commitOf(ROOT) },
    ...(baseline && { 'ours-before': { dir: baseline.dir, entry: baseline.entry, commit: commitOf(baseline.dir) } }),
  },
});
writeReport(plan.out, report);
printReport(plan, report, ROOT, [loadBefore, loadAfter]);
