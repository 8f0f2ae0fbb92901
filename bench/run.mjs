// npm run bench: <meeting-timeline> (the built embed) against vis-timeline, timelines-chart and a plain d3
// SVG page, in the system's headless Chromium, on the same seeded events at N = 100 … 50,000.
// Prints a table and the ratios ours/peer, writes bench/results.json. See bench/README.md.
// With ours, also the parse measurement: a generated ~10 MB JSON file of 100,000 events loaded through `src`
// and through `data`, timed to mt-load and to drawn, with the longest frame gap and long tasks meanwhile.
//
// plan.mjs reads the options and orders the runs, server.mjs serves the pages, measure.mjs drives the
// browser, report.mjs prints the tables and writes the JSON; sizes.mjs measures the bundles.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { makeDocument } from './pages/events.js';
import { SEED, execute, fail, readPlan, startClock } from './plan.mjs';
import { moduleGraph, snapshotOf, startServer } from './server.mjs';
import { measures, openBrowser } from './measure.mjs';
import { describe, buildReport, printReport, writeReport } from './report.mjs';
import { sizes } from './sizes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const plan = readPlan(ROOT);
const clock = startClock(plan);

// What is served: a snapshot of our build, copied now so a rebuild while the bench runs changes nothing.
const entry = join(ROOT, 'dist', 'meeting-timeline.js');
if (!existsSync(entry)) fail('dist/meeting-timeline.js is missing: run npm run build first');
const ours = moduleGraph(entry);
const memory = snapshotOf(ours, ROOT);
// The parse measurement's file, made now (seeded, so the same every time) and served from memory.
const parseUrl = `/bench/generated/events-${plan.parseEvents}.json`;
const parseFile = plan.runParse ? Buffer.from(JSON.stringify(makeDocument(plan.parseEvents, SEED))) : undefined;
if (parseFile) memory.set(parseUrl, parseFile);
const server = await startServer(ROOT, memory);

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

const sizeInfo = await sizes(ROOT, entry, ours, clock.log);
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
});
writeReport(plan.out, report);
printReport(plan, report, ROOT, [loadBefore, loadAfter]);
