// The measures, in the system's headless Chromium through puppeteer: each run opens a page of bench/pages/ in
// a fresh browser context and drives the page's `window.bench` (bench/pages/harness.js), every phase bounded
// by a time limit. The callbacks given to page.evaluate() run in the page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { findBrowsers, CHROME_ARGS } from '../scripts/browsers.mjs';
import { BUDGET_SKIP, LIBRARIES, SEED, STEPS, TIMEOUT, isTimeout } from './plan.mjs';

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

/**
 * The measures of one bench: `run(lib, n, rep, options)` (first render, heap and DOM, zoom, pan, wheel and
 * drag) and `parse(mode, rep)` (the parse measurement), each returning the run's record. `origin` is the
 * server's; `parseUrl` the generated file's path on it.
 */
export function measures({ plan, clock, session, origin, parseUrl }) {
  const { hardRemaining } = clock;

  /**
   * Opens bench/pages/`path` in a fresh browser context, waits for the page's bench, and runs `measure(page)`.
   * Page errors go to `run.errors`; a throw or a Timeout marks the run failed. The context is always closed (the
   * browser restarted if it cannot be), and `run.wallMs` says how long it all took.
   */
  async function inFreshPage(run, path, measure) {
    const t0 = Date.now();
    let context;
    try {
      context = await session.browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1200, height: 800 });
      page.on('pageerror', (error) => run.errors.push(String(error?.message ?? error).slice(0, 300)));
      page.on('console', (message) => {
        if (message.type() === 'error') run.errors.push(message.text().slice(0, 300));
      });
      await within(page.goto(`${origin}/bench/pages/${path}`, { waitUntil: 'load' }), TIMEOUT.load, 'load');
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

  /** Frames during one real input gesture (wheel, drag) played through puppeteer. */
  async function input(page, gesture) {
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
  }

  /**
   * One measurement of one library at one size, in a fresh browser context. Each phase is bounded; a phase
   * that runs out of time is recorded as 'timeout' (or 'skipped' where it was not tried).
   */
  async function run(lib, n, rep, { skipFrames = false, skipInput = false, warmUp = false } = {}) {
    const record = { library: lib, n, rep, errors: [], load1: Math.round(os.loadavg()[0] * 100) / 100 };
    const path = `${LIBRARIES[lib].page}?n=${n}&seed=${SEED}&steps=${STEPS}`;
    return inFreshPage(record, path, async (page) => {
      const prepared = await within(
        page.evaluate(() => window.bench.prepare()),
        TIMEOUT.load,
        'prepare',
      );
      record.gcExposed = await page.evaluate(() => window.bench.gcExposed);
      record.heapBefore = prepared.heapBefore;

      const renderLimit = Math.min(TIMEOUT.render, hardRemaining());
      try {
        record.firstRender = await within(
          page.evaluate(() => window.bench.firstRender()),
          renderLimit,
          'first render',
        );
      } catch (error) {
        if (!(error instanceof Timeout)) throw error;
        record.firstRender = renderLimit < TIMEOUT.render ? BUDGET_SKIP : 'timeout';
        record.zoom = record.pan = record.wheel = record.drag = 'skipped';
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

      record.zoom = await frames(page, 'zoom', TIMEOUT.zoom, skipFrames);
      if (isTimeout(record.zoom) && !record.zoom.frames) {
        // The page is stuck in a frame: nothing more can be measured in it.
        record.pan = record.wheel = record.drag = 'skipped';
        return record;
      }
      record.pan = await frames(page, 'pan', TIMEOUT.pan, skipFrames);
      if (isTimeout(record.pan) && !record.pan.frames) {
        record.wheel = record.drag = 'skipped';
        return record;
      }

      if (!plan.realInput || !LIBRARIES[lib].input) record.wheel = record.drag = 'not measured';
      else if (skipFrames || skipInput) record.wheel = record.drag = 'skipped: timed out at a smaller N';
      else if (hardRemaining() < TIMEOUT.input * 2 + 10_000) record.wheel = record.drag = BUDGET_SKIP;
      else {
        // 20 wheel notches (zoom in about 16 times around the centre), one every ~16 ms.
        record.wheel = await input(page, async (_, deadline) => {
          for (let i = 0; i < 20 && Date.now() < deadline; i++) {
            await within(page.mouse.wheel({ deltaY: -100 }), deadline - Date.now(), 'wheel');
            await sleep(16);
          }
        });
        // A 600 px drag to the left (pans the zoomed-in view later in time) in 40 moves.
        if (record.wheel !== 'timeout') {
          record.drag = await input(page, async (at, deadline) => {
            await page.mouse.move(at.x + 300, at.y);
            await page.mouse.down();
            for (let i = 1; i <= 40 && Date.now() < deadline; i++) {
              await within(page.mouse.move(at.x + 300 - i * 15, at.y), deadline - Date.now(), 'drag');
              await sleep(16);
            }
            await within(page.mouse.up(), 5_000, 'drag');
          });
        } else record.drag = 'skipped';
      }
      return record;
    });
  }

  /**
   * One parse measurement of ours, in a fresh browser context: the generated file through `src` (fetch,
   * JSON.parse, validation in slices) or, already parsed (not timed), through `data`. Bounded like run().
   */
  async function parse(mode, rep) {
    const record = { mode, rep, errors: [], load1: Math.round(os.loadavg()[0] * 100) / 100 };
    return inFreshPage(record, `parse.html?mode=${mode}&url=${encodeURIComponent(parseUrl)}`, async (page) => {
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

  return { run, parse };
}
