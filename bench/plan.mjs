// The bench's plan: which libraries, sizes and measures run (from flags and environment variables), the
// time budget, and the order the runs go in: one pass over everything, then the repeats that fit.
// The options are listed in OPTIONS below and in bench/README.md.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LIBRARIES = {
  ours: { page: 'ours.html', label: 'ours', input: true, glide: true, ours: true },
  // Only with --baseline: another checkout's dist/, served under /before/ (its pages are ours').
  'ours-before': { page: 'ours.html', label: 'ours-before', input: true, glide: true, ours: true, base: '/before' },
  'vis-timeline': { page: 'vis-timeline.html', label: 'vis-timeline', input: false },
  'timelines-chart': { page: 'timelines-chart.html', label: 'timelines-chart', input: false },
  d3: { page: 'd3-baseline.html', label: 'd3 baseline', input: true },
};
export const SEED = 20231115;
export const STEPS = 60;
/** Below this N only the first render (and heap and DOM) is measured: no zoom, pan or input. */
export const FRAMES_FROM_N = 100;
/** The traced first renders of ours: one event, 100 and 500 events, the built-in story. */
export const TRACE_TARGETS = [1, 100, 500, 'story'];
/**
 * First renders this quick (ms, the first run's) at N up to SAMPLE_UP_TO_N, and the built-in story's, are
 * sampled more (--render-samples): on this machine one run of a 40 ms render can take 100, so three runs' median
 * of a small render swings by half either way, and a run that measures only the first render costs half a second.
 */
export const SAMPLE_UNDER_MS = 1000;
export const SAMPLE_UP_TO_N = 1000;
export const PARSE_MODES = ['src', 'data'];
/**
 * A phone's first render (ours only; the peers have no layout for a phone): the window 390 px wide, the page's
 * element with it. 25 events, as the built-in story, and 200, a column of rows some 5,800 px tall (from about 300
 * the rows become count marks).
 */
export const PHONE = { width: 390, height: 844, sizes: [25, 200] };
export const TIMEOUT = {
  load: 30_000,
  render: 30_000,
  zoom: 30_000,
  pan: 30_000,
  zoomInOut: 30_000,
  input: 15_000,
  close: 15_000,
  parse: 30_000,
  trace: 60_000,
};
export const BUDGET_SKIP = 'skipped: time budget';
const DEFAULT_SIZES = '1,25,100,500,1000,10000,50000';
const QUICK_SIZES = '1,100,1000';

/** Every option: its environment variable, and whether it takes a value (`--name=value` or `--name value`). */
const OPTIONS = {
  sizes: { env: 'BENCH_SIZES', value: true },
  libs: { env: 'BENCH_LIBS', value: true },
  repeats: { env: 'BENCH_REPEATS', value: true },
  'render-samples': { env: 'BENCH_RENDER_SAMPLES', value: true },
  budget: { env: 'BENCH_BUDGET_S', value: true },
  out: { env: 'BENCH_OUT', value: true },
  screenshots: { value: true },
  'no-input': {},
  parse: {},
  'no-parse': {},
  'parse-events': { env: 'BENCH_PARSE_EVENTS', value: true },
  'no-story': {},
  'no-phone': {},
  'no-trace': {},
  'trace-dir': { env: 'BENCH_TRACE_DIR', value: true },
  baseline: { env: 'BENCH_BASELINE', value: true },
  quick: { env: 'BENCH_QUICK' },
  help: {},
};

export function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function readFlags(argv) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, value] = argv[i].replace(/^--/, '').split(/=(.*)/s);
    if (!argv[i].startsWith('--') || !OPTIONS[name])
      fail(`unknown option ${argv[i]}; known: ${Object.keys(OPTIONS).join(', ')} (see bench/README.md)`);
    if (value !== undefined) flags[name] = value;
    else if (OPTIONS[name].value && i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags[name] = argv[++i];
    else flags[name] = true;
  }
  return flags;
}

/** The baseline's built embed: `dir` is a checkout (with dist/ built) or its dist/ itself. */
function baselineEntry(dir) {
  const root = resolve(dir);
  const entry = [join(root, 'dist', 'meeting-timeline.js'), join(root, 'meeting-timeline.js')].find(existsSync);
  if (!entry) fail(`--baseline ${dir}: no dist/meeting-timeline.js there; run npm run build in that checkout first`);
  return { dir: root, entry };
}

/** The plan from the command line and the environment; stops with a message on a bad option. */
export function readPlan(root, argv = process.argv.slice(2), env = process.env) {
  const flags = readFlags(argv);
  if (flags.help) {
    console.log(`node bench/run.mjs [--${Object.keys(OPTIONS).join('] [--')}]: see bench/README.md`);
    process.exit(0);
  }
  const option = (name, fallback) => flags[name] ?? (OPTIONS[name].env && env[OPTIONS[name].env]) ?? fallback;
  const quick = [true, '1', 'yes'].includes(option('quick', false));
  const sizes = String(option('sizes', quick ? QUICK_SIZES : DEFAULT_SIZES))
    .split(',')
    .map(Number);
  if (option('baseline') === true) fail('--baseline needs a directory: --baseline ../other-checkout');
  const baseline = option('baseline') ? baselineEntry(option('baseline')) : undefined;
  const libs = String(option('libs', ['ours', 'vis-timeline', 'timelines-chart', 'd3'].join(','))).split(',');
  // With a baseline, ours-before runs right after ours, so the two are measured side by side.
  if (baseline && !libs.includes('ours-before')) {
    if (!libs.includes('ours')) fail('--baseline compares a build with ours: give --libs with ours');
    libs.splice(libs.indexOf('ours') + 1, 0, 'ours-before');
  }
  // Seconds for all the runs: the first pass takes about 6 min on 2 cores (7 with a baseline), the first-render
  // samples under 1 more; repeats fill the rest.
  const budgetMs = Number(option('budget', baseline ? 960 : 720)) * 1000;
  /** The parse measurement (ours only): 'yes' (with the rest), 'only' (--parse) or 'no' (--no-parse). */
  const parse = flags['no-parse'] ? 'no' : flags.parse ? 'only' : String(env.BENCH_PARSE ?? 'yes');
  const parseEvents = Number(option('parse-events', 100_000));
  for (const lib of libs)
    if (!LIBRARIES[lib]) fail(`unknown library ${lib}; known: ${Object.keys(LIBRARIES).join(', ')}`);
  if (libs.includes('ours-before') && !baseline) fail('ours-before is the --baseline build: give --baseline DIR');
  if (!sizes.every((n) => Number.isInteger(n) && n > 0)) fail(`--sizes is ${sizes}; give counts of events`);
  if (!['yes', 'only', 'no'].includes(parse)) fail(`BENCH_PARSE is ${parse}; known: yes, only, no`);
  const renderSamples = Number(option('render-samples', quick ? 1 : 9));
  if (!(Number.isInteger(renderSamples) && renderSamples > 0))
    fail(`--render-samples is ${renderSamples}; give a count of runs`);
  if (!(parseEvents > 0)) fail(`--parse-events is ${parseEvents}; give a count of events`);
  const runLibs = parse === 'only' ? [] : libs;
  const oursLibs = libs.filter((lib) => LIBRARIES[lib].ours);
  return {
    quick,
    sizes,
    libs,
    repeats: Number(option('repeats', quick ? 1 : 3)),
    /** First renders per quick configuration (see SAMPLE_UNDER_MS), its full runs included. */
    renderSamples,
    budgetMs,
    /**
     * The first pass measures every (library, N) once; the repeats then go cheapest first, each only if its
     * first run's wall time still fits in budgetMs. No phase runs past hardMs: one cut short by it is reported
     * as 'skipped: time budget', not as a timeout.
     */
    hardMs: budgetMs + 45_000,
    realInput: !flags['no-input'],
    out: resolve(root, String(option('out', 'bench/results.json'))),
    shots: flags.screenshots && flags.screenshots !== true ? resolve(String(flags.screenshots)) : undefined,
    traceDir: option('trace-dir') && option('trace-dir') !== true ? resolve(String(option('trace-dir'))) : undefined,
    parse,
    parseEvents,
    baseline,
    /** The size × library runs (not with --parse). */
    runLibs,
    /** Ours and, with --baseline, ours-before: the libraries of the story, the traces and the parse. */
    oursLibs,
    runStory: !flags['no-story'] && runLibs.some((lib) => LIBRARIES[lib].ours),
    runTrace: !flags['no-trace'] && runLibs.some((lib) => LIBRARIES[lib].ours),
    /** First renders at a phone's width (PHONE), ours only. */
    runPhone: !flags['no-phone'] && runLibs.some((lib) => LIBRARIES[lib].ours),
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

/**
 * The key of one measured configuration: "size|lib|n", "story|lib", "phone|lib|n", "trace|lib|target",
 * "parse|lib|mode".
 */
export const key = (...parts) => parts.join('|');
export const isTimeout = (value) => value === 'timeout' || value?.timeout === true;

/**
 * Every configuration the plan measures, in the order of the first pass: each size (smallest first) with
 * every library, then the built-in story, a phone's width, the traces and the parse, with ours and ours-before
 * side by side.
 * A job's `pair` is the same for ours and ours-before, so their repeats stay together.
 */
export function jobsOf(plan) {
  const jobs = [];
  for (const n of plan.sizes)
    for (const lib of plan.runLibs) jobs.push({ kind: 'size', lib, n, id: key('size', lib, n), pair: key('size', n) });
  if (plan.runStory)
    for (const lib of plan.oursLibs) jobs.push({ kind: 'story', lib, id: key('story', lib), pair: 'story' });
  if (plan.runPhone)
    for (const n of PHONE.sizes)
      for (const lib of plan.oursLibs)
        jobs.push({ kind: 'phone', lib, n, id: key('phone', lib, n), pair: key('phone', n) });
  if (plan.runTrace)
    for (const target of TRACE_TARGETS)
      for (const lib of plan.oursLibs)
        jobs.push({ kind: 'trace', lib, target, id: key('trace', lib, target), pair: key('trace', target) });
  if (plan.runParse)
    for (const mode of PARSE_MODES)
      for (const lib of plan.oursLibs)
        jobs.push({ kind: 'parse', lib, mode, id: key('parse', lib, mode), pair: key('parse', mode) });
  return jobs;
}

/** Whether a first run is worth repeating: it finished (a first render or parse that timed out is not). */
function repeatable(job, first) {
  if (!first || first.failed) return false;
  if (job.kind === 'parse') return typeof first.parse === 'object' && !first.parse.timeout;
  return typeof first.firstRender === 'object';
}

/**
 * Runs the plan: a warm-up of each page (not recorded), every job once, then the repeats, cheapest first,
 * while they fit in the budget. Ours and ours-before repeat together, taking turns to go first.
 * `measure` holds the measures (measure.mjs) and `describe` turns records into progress lines.
 * Returns the jobs, their runs (job id -> run[]) and why the missing ones are missing.
 */
export async function execute(plan, clock, measure, describe) {
  const { log, remaining, hardRemaining } = clock;
  const jobs = jobsOf(plan);
  const runs = new Map();
  const skipped = new Map();
  const smallerTimedOut = (lib, n, phases) =>
    plan.sizes
      .filter((m) => m < n)
      .some((m) => (runs.get(key('size', lib, m)) ?? []).some((run) => phases.some((p) => isTimeout(run[p]))));

  // Warm-up, not recorded: each page once at the smallest size, so the first measured run does not pay for
  // the browser's cold start (disk cache, fonts, code cache).
  for (const lib of plan.runLibs.length ? plan.runLibs : plan.oursLibs) {
    const run = await measure.run(lib, Math.min(...plan.sizes), 0, { warmUp: true });
    log(
      `warm-up ${LIBRARIES[lib].label}: ${run.failed ? `FAILED: ${run.failed}` : 'ok'} (${(run.wallMs / 1000).toFixed(1)} s)`,
    );
  }

  const label = (job) => LIBRARIES[job.lib].label;
  // A job's runs are numbered in the order they ran, first renders alone included.
  const once = async (job, renderOnly = false) => {
    const rep = (runs.get(job.id)?.length ?? 0) + 1;
    let run;
    let line;
    if (job.kind === 'size') {
      run = await measure.run(job.lib, job.n, rep, {
        skipFrames: smallerTimedOut(job.lib, job.n, ['zoom', 'pan', 'zoomInOut']),
        skipInput: smallerTimedOut(job.lib, job.n, ['wheel', 'drag']),
        renderOnly,
      });
      line = `${label(job).padEnd(15)} N=${String(job.n).padStart(6)} #${rep}${renderOnly ? ' (first render)' : ''}: ${describe.run(run)}`;
    } else if (job.kind === 'story') {
      run = await measure.story(job.lib, rep);
      line = `${label(job).padEnd(15)} built-in story #${rep}: ${describe.run(run)}`;
    } else if (job.kind === 'phone') {
      run = await measure.phone(job.lib, job.n, rep);
      line = `${label(job).padEnd(15)} N=${String(job.n).padStart(6)} at ${PHONE.width} px #${rep}: ${describe.run(run)}`;
    } else if (job.kind === 'trace') {
      run = await measure.trace(job.lib, job.target, rep);
      line = `${label(job).padEnd(15)} trace ${job.target === 'story' ? 'of the story' : `N=${job.target}`} #${rep}: ${describe.trace(run)}`;
    } else {
      run = await measure.parse(job.lib, job.mode, rep);
      const what = `${job.mode.padEnd(4)} ${plan.parseEvents.toLocaleString('en-US')} events`;
      line = `parse ${plan.oursLibs.length > 1 ? `${label(job)} ` : ''}${what} #${rep}: ${describe.parse(run)}`;
    }
    runs.set(job.id, [...(runs.get(job.id) ?? []), run]);
    log(line);
  };

  // Pass 1: every job once. A library whose first render timed out is not tried at larger sizes.
  let parseAnnounced = false;
  for (const job of jobs) {
    if (job.kind === 'parse' && !parseAnnounced) {
      log(`parse: ${measure.parseUrl}, ${(measure.parseBytes / 1e6).toFixed(2)} MB`);
      parseAnnounced = true;
    }
    if (job.kind === 'size' && smallerTimedOut(job.lib, job.n, ['firstRender']))
      skipped.set(job.id, 'skipped: its first render timed out at a smaller N');
    else if (hardRemaining() < 20_000) skipped.set(job.id, BUDGET_SKIP);
    else await once(job);
  }

  // Repeatable jobs in groups that run together: ours and ours-before (their `pair`), or a peer's job alone; in
  // turns, ours first on odd runs and ours-before on even.
  const groupsOf = (wanted) => {
    const groups = new Map();
    for (const job of jobs) {
      const first = runs.get(job.id)?.[0];
      if (!repeatable(job, first) || !wanted(job, first)) continue;
      const id = LIBRARIES[job.lib].ours ? job.pair : job.id;
      groups.set(id, [...(groups.get(id) ?? []), job]);
    }
    return [...groups.values()];
  };
  const inTurns = (group, rep) => (rep % 2 ? group : [...group].reverse());

  // Pass 2: more first renders of the quick configurations (N up to SAMPLE_UP_TO_N, the story, a phone's), runs that
  // measure nothing else, round-robin so the machine's moods fall on every configuration alike, until each has
  // renderSamples counting the full runs it will get (its repeats come after).
  const sampled = groupsOf(
    (job, first) =>
      (job.kind === 'story' || job.kind === 'phone' || (job.kind === 'size' && job.n <= SAMPLE_UP_TO_N)) &&
      first.firstRender.ms < SAMPLE_UNDER_MS,
  );
  const lastSample = plan.renderSamples - Math.max(0, plan.repeats - 1);
  for (let rep = 2; rep <= lastSample && remaining() >= 30_000; rep++) {
    for (const group of sampled) {
      if (remaining() < 30_000) break;
      for (const job of inTurns(group, rep)) await once(job, job.kind === 'size');
    }
  }

  // Repeats, cheapest first, while their cost (the first run's wall time) fits in the budget. Ours and
  // ours-before go as a pair (both or neither), in turns: ours first on odd repeats, ours-before on even;
  // with a baseline, the pairs come before the peers, as the comparison they make is what the run is for.
  const cost = (group) => group.reduce((sum, job) => sum + runs.get(job.id)[0].wallMs, 0);
  const first = (group) => (plan.baseline && LIBRARIES[group[0].lib].ours ? 0 : 1);
  const ordered = groupsOf(() => true).sort((a, b) => first(a) - first(b) || cost(a) - cost(b));
  for (let rep = 2; rep <= plan.repeats; rep++) {
    for (const group of ordered) {
      if (remaining() < cost(group) * 1.2 + 2_000) continue;
      for (const job of inTurns(group, rep)) await once(job);
    }
  }
  return { jobs, runs, skipped };
}
