// The bench's plan: which libraries, sizes and measures run (from flags and environment variables), the
// time budget, and the order the runs go in: one pass over everything, then the repeats that fit.
//
// Options (flags or environment): --sizes=100,1000 (BENCH_SIZES), --libs=ours,d3 (BENCH_LIBS),
// --repeats=3 (BENCH_REPEATS), --budget=450 seconds for all runs (BENCH_BUDGET_S), --no-input (skip real
// wheel and drag input), --out=bench/results.json (BENCH_OUT), --screenshots=DIR (a PNG of each page after its
// first render, first run only, to check what each library drew), --parse (only the parse measurement) or
// --no-parse (skip it) (BENCH_PARSE=only|no), --parse-events=100000 (BENCH_PARSE_EVENTS).
import { resolve } from 'node:path';

export const LIBRARIES = {
  ours: { page: 'ours.html', label: 'ours', input: true },
  'vis-timeline': { page: 'vis-timeline.html', label: 'vis-timeline', input: false },
  'timelines-chart': { page: 'timelines-chart.html', label: 'timelines-chart', input: false },
  d3: { page: 'd3-baseline.html', label: 'd3 baseline', input: true },
};
export const SEED = 20231115;
export const STEPS = 60;
export const PARSE_MODES = ['src', 'data'];
export const TIMEOUT = {
  load: 30_000,
  render: 30_000,
  zoom: 30_000,
  pan: 30_000,
  input: 15_000,
  close: 15_000,
  parse: 30_000,
};
export const BUDGET_SKIP = 'skipped: time budget';

export function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

/** The plan from the command line and the environment; stops with a message on a bad option. */
export function readPlan(root, argv = process.argv.slice(2), env = process.env) {
  const flags = Object.fromEntries(
    argv.map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key, value ?? true];
    }),
  );
  const option = (flag, name, fallback) => flags[flag] ?? env[name] ?? fallback;
  const sizes = String(option('sizes', 'BENCH_SIZES', '100,1000,10000,50000'))
    .split(',')
    .map(Number);
  const libs = String(option('libs', 'BENCH_LIBS', Object.keys(LIBRARIES).join(','))).split(',');
  const budgetMs = Number(option('budget', 'BENCH_BUDGET_S', 450)) * 1000;
  /** The parse measurement (ours only): 'yes' (with the rest), 'only' (--parse) or 'no' (--no-parse). */
  const parse = flags['no-parse'] ? 'no' : flags.parse ? 'only' : String(env.BENCH_PARSE ?? 'yes');
  const parseEvents = Number(option('parse-events', 'BENCH_PARSE_EVENTS', 100_000));
  for (const lib of libs)
    if (!LIBRARIES[lib]) fail(`unknown library ${lib}; known: ${Object.keys(LIBRARIES).join(', ')}`);
  if (!['yes', 'only', 'no'].includes(parse)) fail(`BENCH_PARSE is ${parse}; known: yes, only, no`);
  if (!(parseEvents > 0)) fail(`--parse-events is ${parseEvents}; give a count of events`);
  return {
    sizes,
    libs,
    repeats: Number(option('repeats', 'BENCH_REPEATS', 3)),
    budgetMs,
    /**
     * The first pass measures every (library, N) once; the repeats then go cheapest first, each only if its
     * first run's wall time still fits in budgetMs. No phase runs past hardMs: one cut short by it is reported
     * as 'skipped: time budget', not as a timeout. With the build, npm run bench stays < 10 min.
     */
    hardMs: budgetMs + 45_000,
    realInput: !flags['no-input'],
    out: resolve(root, String(option('out', 'BENCH_OUT', 'bench/results.json'))),
    shots: flags.screenshots && flags.screenshots !== true ? resolve(String(flags.screenshots)) : undefined,
    parse,
    parseEvents,
    /** The size × library runs (not with --parse). */
    runLibs: parse === 'only' ? [] : libs,
    /** The parse measurement: with ours, unless --no-parse. */
    runParse: parse === 'only' || (parse === 'yes' && libs.includes('ours')),
  };
}

/** Time since the bench began, the budget left, and the progress log (on stderr). */
export function startClock(plan) {
  const began = Date.now();
  return {
    began,
    log: (message) => console.error(`[${((Date.now() - began) / 1000).toFixed(0).padStart(3)} s] ${message}`),
    remaining: () => plan.budgetMs - (Date.now() - began),
    hardRemaining: () => plan.hardMs - (Date.now() - began),
  };
}

export const key = (lib, n) => `${lib}|${n}`;
export const isTimeout = (value) => value === 'timeout' || value?.timeout === true;

/**
 * Runs the plan: a warm-up of each page (not recorded), every (library, N) once (smallest N first), the
 * parse measurement once per input, then the repeats, cheapest first, while they fit in the budget.
 * `measure.run(lib, n, rep, options)` and `measure.parse(mode, rep)` each do one run and return its record;
 * `describe` turns records into progress lines. Returns every run, and why the missing ones are missing.
 */
export async function execute(plan, clock, measure, describe) {
  const { log, remaining, hardRemaining } = clock;
  const runs = new Map(); // "lib|n" -> run[]
  const skipped = new Map(); // "lib|n" -> why
  const parseRuns = new Map(); // mode -> run[]
  const smallerTimedOut = (lib, n, phases) =>
    plan.sizes
      .filter((m) => m < n)
      .some((m) => (runs.get(key(lib, m)) ?? []).some((run) => phases.some((p) => isTimeout(run[p]))));

  // Warm-up, not recorded: each page once at the smallest size, so the first measured run does not pay for
  // the browser's cold start (disk cache, fonts, code cache).
  for (const lib of plan.runLibs.length ? plan.runLibs : ['ours']) {
    const run = await measure.run(lib, Math.min(...plan.sizes), 0, { warmUp: true });
    log(
      `warm-up ${LIBRARIES[lib].label}: ${run.failed ? `FAILED: ${run.failed}` : 'ok'} (${(run.wallMs / 1000).toFixed(1)} s)`,
    );
  }

  const measureRun = async (lib, n, rep) => {
    const k = key(lib, n);
    const run = await measure.run(lib, n, rep, {
      skipFrames: smallerTimedOut(lib, n, ['zoom', 'pan']),
      skipInput: smallerTimedOut(lib, n, ['wheel', 'drag']),
    });
    runs.set(k, [...(runs.get(k) ?? []), run]);
    log(`${LIBRARIES[lib].label.padEnd(15)} N=${String(n).padStart(6)} #${rep}: ${describe.run(run)}`);
  };

  // Pass 1: every library at every size, smallest first; a library whose first render timed out is not
  // tried at larger sizes.
  for (const n of plan.sizes) {
    for (const lib of plan.runLibs) {
      const k = key(lib, n);
      if (smallerTimedOut(lib, n, ['firstRender']))
        skipped.set(k, 'skipped: its first render timed out at a smaller N');
      else if (hardRemaining() < 20_000) skipped.set(k, BUDGET_SKIP);
      else await measureRun(lib, n, 1);
    }
  }

  // The parse measurement, once per input (src, then data); its repeats join the others below.
  const measureParse = async (mode, rep) => {
    const run = await measure.parse(mode, rep);
    parseRuns.set(mode, [...(parseRuns.get(mode) ?? []), run]);
    log(`parse ${mode.padEnd(4)} ${plan.parseEvents.toLocaleString('en-US')} events #${rep}: ${describe.parse(run)}`);
  };
  if (plan.runParse) {
    log(`parse: ${measure.parseUrl}, ${(measure.parseBytes / 1e6).toFixed(2)} MB`);
    for (const mode of PARSE_MODES) if (hardRemaining() >= 20_000) await measureParse(mode, 1);
  }

  // Repeats, cheapest first, while their cost (the first run's wall time) fits in the budget. A first
  // render (or parse) that timed out is not repeated.
  for (let rep = 2; rep <= plan.repeats; rep++) {
    const candidates = [
      ...[...runs.values()]
        .map((list) => list[0])
        .filter((first) => !first.failed && typeof first.firstRender === 'object')
        .map((first) => ({ wallMs: first.wallMs, again: () => measureRun(first.library, first.n, rep) })),
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
  return { runs, skipped, parseRuns };
}
