// The measures, in the system's headless Chromium through puppeteer: each run opens a page of bench/pages/ in
// a fresh browser context and drives the page's `window.bench` (bench/pages/harness.js), every phase bounded
// by a time limit. The callbacks given to page.evaluate() run in the page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { findBrowsers, CHROME_ARGS } from '../scripts/browsers.mjs';
import { BUDGET_SKIP, FRAMES_FROM_N, LIBRARIES, PHONE, SEED, STEPS, TIMEOUT, isTimeout } from './plan.mjs';
import { TRACE_CATEGORIES, breakdown } from './trace.mjs';
import { MARKS } from './pages/marks.js';

export class Timeout extends Error {}

export function within(promise, ms, what) {
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

/** Launches the system's Chromium at 1200×800; `restart()` replaces a browser that stopped answering. */
export async function openBrowser(log) {
  const { chrome } = findBrowsers(['chrome']);
  const launch = {
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
  const session = { browser: await puppeteer.launch(launch), path: chrome };
  session.version = await session.browser.version();
  session.restart = async () => {
    log('restarting the browser');
    const old = session.browser;
    old.process()?.kill('SIGKILL');
    await old.close().catch(() => {});
    session.browser = await puppeteer.launch(launch);
  };
  session.close = () => session.browser.close().catch(() => {});
  return session;
}

/** The URL path of one of a library's pages: under /before/ for the baseline's build. */
const pageOf = (lib, page) => `${LIBRARIES[lib].base ?? ''}/bench/pages/${page}`;

/**
 * The measures of one bench, each one run in a fresh context returning its record: `run(lib, n, rep,
 * options)` (first render, heap and DOM, then, from N = FRAMES_FROM_N, zoom, pan, the in-out zoom sequence,
 * wheel and drag), `story(lib, rep)` (ours with no data: the built-in story), `phone(lib, n, rep)` (a first render
 * at a phone's width), `trace(lib, target, rep)` (a
 * traced first render of N events or of the story, broken down by trace.mjs) and `parse(lib, mode, rep)` (the
 * parse measurement). `origin` is the server's; `parseUrl` the generated file's path on it.
 */
export function measures({ plan, clock, session, origin, parseUrl }) {
  const { hardRemaining } = clock;

  /**
   * Opens bench/pages/`path` in a fresh browser context, waits for the page's bench, and runs `measure(page)`.
   * Page errors go to `run.errors`; a throw or a Timeout marks the run failed. The context is always closed (the
   * browser restarted if it cannot be), and `run.wallMs` says how long it all took.
   */
  async function inFreshPage(run, path, measure, viewport = { width: 1200, height: 800 }) {
    const t0 = Date.now();
    let context;
    try {
      context = await session.browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport(viewport);
      page.on('pageerror', (error) => run.errors.push(String(error?.message ?? error).slice(0, 300)));
      page.on('console', (message) => {
        if (message.type() === 'error') run.errors.push(message.text().slice(0, 300));
      });
      await within(page.goto(`${origin}${path}`, { waitUntil: 'load' }), TIMEOUT.load, 'load');
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
        await session.restart();
      }
    }
  }

  /** Frames of a programmatic phase of the page's bench (zoom, pan), bounded by `limit` and the budget. */
  async function frames(page, name, limit, skipFrames) {
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
  }

  /**
   * Frames during one real input gesture (wheel, drag, clicks) played through puppeteer; `setup` is the bench's
   * call that readies the view and gives where the gesture happens.
   */
  async function input(page, gesture, setup = 'beforeInput') {
    const deadline = Date.now() + TIMEOUT.input;
    try {
      const at = await within(
        page.evaluate((call) => window.bench[call](), setup),
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
  }

  /**
   * One measurement of one library at one size, in a fresh browser context. Each phase is bounded; a phase
   * that runs out of time is recorded as 'timeout' (or 'skipped' where it was not tried). `renderOnly`: the
   * first render, heap and DOM alone (a first-render sample).
   */
  async function run(lib, n, rep, { skipFrames = false, skipInput = false, warmUp = false, renderOnly = false } = {}) {
    const record = { library: lib, n, rep, errors: [], load1: Math.round(os.loadavg()[0] * 100) / 100 };
    if (renderOnly) record.renderOnly = true;
    const path = pageOf(lib, `${LIBRARIES[lib].page}?n=${n}&seed=${SEED}&steps=${STEPS}`);
    const measured = await inFreshPage(record, path, async (page) => {
      record.gcExposed = await page.evaluate(() => window.bench.gcExposed);
      record.readyMs = await page.evaluate(() => window.bench.readyMs);
      if (!(await firstRender(page, record))) {
        record.zoom = record.pan = record.zoomInOut = record.wheel = record.drag = record.glide = 'skipped';
        return record;
      }
      if (warmUp) return record;
      if (plan.shots && rep === 1) {
        mkdirSync(plan.shots, { recursive: true });
        await within(page.screenshot({ path: join(plan.shots, `${lib}-${n}.png`) }), TIMEOUT.load, 'screenshot').catch(
          () => {},
        );
      }
      Object.assign(
        record,
        await within(
          page.evaluate(() => window.bench.stats()),
          TIMEOUT.load,
          'heap and DOM',
        ),
      );

      if (n < FRAMES_FROM_N || renderOnly) {
        record.zoom = record.pan = record.zoomInOut = record.wheel = record.drag = record.glide = 'not measured';
        return record;
      }
      record.zoom = await frames(page, 'zoom', TIMEOUT.zoom, skipFrames);
      if (isTimeout(record.zoom) && !record.zoom.frames) {
        // The page is stuck in a frame: nothing more can be measured in it.
        record.pan = record.zoomInOut = record.wheel = record.drag = record.glide = 'skipped';
        return record;
      }
      record.pan = await frames(page, 'pan', TIMEOUT.pan, skipFrames);
      if (isTimeout(record.pan) && !record.pan.frames) {
        record.zoomInOut = record.wheel = record.drag = record.glide = 'skipped';
        return record;
      }
      // The in-out sequence only where the zoom kept up: 30 slow frames tell nothing the 60 did not.
      record.zoomInOut = isTimeout(record.zoom)
        ? 'skipped: the zoom timed out'
        : await frames(page, 'zoomInOut', TIMEOUT.zoomInOut, skipFrames);

      if (!plan.realInput || !LIBRARIES[lib].input) record.wheel = record.drag = 'not measured';
      else if (skipFrames || skipInput) record.wheel = record.drag = 'skipped: timed out at a smaller N';
      else if (hardRemaining() < TIMEOUT.input * 2 + 10_000) record.wheel = record.drag = BUDGET_SKIP;
      else {
        // 20 wheel notches (zoom in about 16 times around the centre), one every ~16 ms. Sent without waiting for
        // each to be handled, as a spun wheel sends them: awaited, puppeteer spaced them 50 ms apart.
        record.wheel = await input(page, async (_, deadline) => {
          const sent = [];
          for (let i = 0; i < 20 && Date.now() < deadline; i++) {
            sent.push(page.mouse.wheel({ deltaY: -100 }));
            await sleep(16);
          }
          await within(Promise.all(sent), deadline - Date.now(), 'wheel');
        });
        // A 600 px drag to the left (pans the zoomed-in view later in time) in 40 moves, one every ~16 ms, sent as the
        // wheel's are (awaited, they came 33 ms apart).
        if (record.wheel !== 'timeout') {
          record.drag = await input(page, async (at, deadline) => {
            await page.mouse.move(at.x + 300, at.y);
            await page.mouse.down();
            const sent = [];
            for (let i = 1; i <= 40 && Date.now() < deadline; i++) {
              sent.push(page.mouse.move(at.x + 300 - i * 15, at.y));
              await sleep(16);
            }
            await within(Promise.all(sent), deadline - Date.now(), 'drag');
            await within(page.mouse.up(), 5_000, 'drag');
          });
        } else record.drag = 'skipped';
      }
      return record;
    });
    if (warmUp || measured.failed || typeof measured.glide === 'string') return measured;
    if (!plan.realInput || !LIBRARIES[lib].glide) measured.glide = 'not measured';
    else if (skipFrames || skipInput) measured.glide = 'skipped: timed out at a smaller N';
    else if (hardRemaining() < TIMEOUT.input + TIMEOUT.load + 10_000) measured.glide = BUDGET_SKIP;
    else measured.glide = await glide(path, measured);
    return measured;
  }

  /**
   * A reader's first clicks on the zoom-in button, in a fresh page of their own (the other phases warm the page
   * they run in): the first render, the page left to go quiet, then three clicks 600 ms apart, each gliding the
   * view in from the one before. Its time and any error go to `record`.
   */
  async function glide(path, record) {
    const run = { errors: [] };
    const result = await inFreshPage(run, path, async (page) => {
      if (!(await firstRender(page, run))) return 'skipped: the first render timed out';
      return input(
        page,
        async (at, deadline) => {
          for (let i = 0; i < 3 && Date.now() < deadline; i++) {
            await within(page.mouse.click(at.x, at.y), deadline - Date.now(), 'glide');
            await sleep(600);
          }
        },
        'beforeGlide',
      );
    });
    record.wallMs += run.wallMs;
    record.errors.push(...run.errors);
    return run.failed ? `failed: ${run.failed}` : result;
  }

  /**
   * One parse measurement of ours, in a fresh browser context: the generated file through `src` (fetch,
   * JSON.parse, validation in slices) or, already parsed (not timed), through `data`. Bounded like run().
   */
  async function parse(lib, mode, rep) {
    const record = { library: lib, mode, rep, errors: [], load1: Math.round(os.loadavg()[0] * 100) / 100 };
    const path = pageOf(lib, `parse.html?mode=${mode}&url=${encodeURIComponent(parseUrl)}`);
    return inFreshPage(record, path, async (page) => {
      record.longTaskSupported = await page.evaluate(() => window.bench.longTaskSupported);
      Object.assign(
        record,
        await within(
          page.evaluate(() => window.bench.prepare()),
          TIMEOUT.load,
          'prepare',
        ),
      );
      const ms = Math.min(TIMEOUT.parse, hardRemaining() - 5_000);
      if (ms < 5_000) {
        record.parse = BUDGET_SKIP;
        return record;
      }
      try {
        record.parse = await within(
          page.evaluate((lim) => window.bench.parse(lim), ms - 2_000),
          ms + 10_000,
          'parse',
        );
        if (record.parse.timeout && ms < TIMEOUT.parse) record.parse = BUDGET_SKIP;
        else if (record.parse.error) record.failed = `mt-error: ${record.parse.error}`.slice(0, 500);
      } catch (error) {
        if (!(error instanceof Timeout)) throw error;
        // The page did not answer: its main thread was busy for the whole limit.
        record.parse = ms < TIMEOUT.parse ? BUDGET_SKIP : 'timeout';
      }
      return record;
    });
  }

  /**
   * Prepares the page's input (the heap before), then its first render, bounded by the render timeout and
   * the budget. False when that ran out (record.firstRender says why).
   */
  async function firstRender(page, record) {
    const prepared = await within(
      page.evaluate(() => window.bench.prepare()),
      TIMEOUT.load,
      'prepare',
    );
    record.heapBefore = prepared.heapBefore;
    record.settleMs = prepared.settleMs;
    const limit = Math.min(TIMEOUT.render, hardRemaining());
    try {
      record.firstRender = await within(
        page.evaluate(() => window.bench.firstRender()),
        limit,
        'first render',
      );
      return true;
    } catch (error) {
      if (!(error instanceof Timeout)) throw error;
      record.firstRender = limit < TIMEOUT.render ? BUDGET_SKIP : 'timeout';
      return false;
    }
  }

  /**
   * The built-in story: ours (or the baseline) with no data, timed from creating the element to the second
   * frame after mt-load (the story's chunk fetched, validated and drawn); then heap, DOM and event count.
   */
  async function story(lib, rep) {
    const record = { library: lib, story: true, rep, errors: [], load1: Math.round(os.loadavg()[0] * 100) / 100 };
    return inFreshPage(record, pageOf(lib, 'story.html?n=0'), async (page) => {
      if (!(await firstRender(page, record))) return record;
      Object.assign(
        record,
        await within(
          page.evaluate(() => window.bench.stats()),
          TIMEOUT.load,
          'heap and DOM',
        ),
      );
      return record;
    });
  }

  /**
   * A first render at a phone's width (PHONE): the window and the element 390 px wide, N events, timed as at the
   * desktop's width; then heap, DOM and the layout the element chose.
   */
  async function phone(lib, n, rep) {
    const record = { library: lib, phone: n, rep, errors: [], load1: Math.round(os.loadavg()[0] * 100) / 100 };
    const path = pageOf(lib, `${LIBRARIES[lib].page}?n=${n}&seed=${SEED}&steps=${STEPS}`);
    const { width, height } = PHONE;
    return inFreshPage(
      record,
      path,
      async (page) => {
        // The page's host is 1200 px wide for the desktop runs.
        await page.evaluate((w) => (document.getElementById('host').style.width = `${w}px`), width);
        if (!(await firstRender(page, record))) return record;
        Object.assign(
          record,
          await within(
            page.evaluate(async () => ({
              ...(await window.bench.stats()),
              layout: document.querySelector('meeting-timeline')?.layout,
            })),
            TIMEOUT.load,
            'heap and DOM',
          ),
        );
        return record;
      },
      { width, height },
    );
  }

  /**
   * A traced first render (`target`: N events, or 'story'), in a run of its own so the tracing's cost never
   * reaches the timed runs. With --trace-dir, the raw trace is kept too (it opens in DevTools' Performance panel).
   */
  async function trace(lib, target, rep) {
    const record = { library: lib, trace: target, rep, errors: [], load1: Math.round(os.loadavg()[0] * 100) / 100 };
    const path =
      target === 'story'
        ? pageOf(lib, 'story.html?n=0')
        : pageOf(lib, `${LIBRARIES[lib].page}?n=${target}&seed=${SEED}&steps=${STEPS}`);
    return inFreshPage(record, path, async (page) => {
      await page.tracing.start({ categories: TRACE_CATEGORIES });
      let data;
      try {
        await firstRender(page, record);
      } finally {
        data = await within(page.tracing.stop(), TIMEOUT.trace, 'trace');
      }
      if (typeof record.firstRender !== 'object' || !data) return record;
      const text = Buffer.from(data).toString('utf8');
      if (plan.traceDir) {
        mkdirSync(plan.traceDir, { recursive: true });
        writeFileSync(join(plan.traceDir, `${lib}-${target}-${rep}.json`), text);
      }
      try {
        record.breakdown = breakdown(JSON.parse(text), MARKS);
      } catch (error) {
        record.breakdown = { error: `the trace could not be read: ${error.message}` };
      }
      if (record.breakdown.error) record.failed = record.breakdown.error;
      return record;
    });
  }

  return { run, story, phone, trace, parse };
}
