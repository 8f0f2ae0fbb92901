// `npm run test:examples`: the example apps in examples/, each on the packed tarball, checked in headless
// Chromium. Needs a prior `npm run build` (it packs the dist/ that is there).
//
// 1. `npm pack` into a temporary folder, and unpack the tarball into each examples/<name>/node_modules/
//    meeting-timeline (offline; the package's own dependencies, lit and d3-*, and react, vue and esbuild
//    resolve from the repository's node_modules).
// 2. Build each example into examples/<name>/dist/ (`node build.mjs`); type-check the React one.
// 3. Serve examples/ on a loopback port; in Chromium, wait for each timeline to draw its marks, click one,
//    and check that the page shows the selected event's title in #selected.
// Prints one line per example, then `examples: N passed, M failed`; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdtempSync, rmSync, mkdirSync, cpSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowsers, CHROME_ARGS } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const examplesDir = join(root, 'examples');

/**
 * The examples and what each must show. `dataTitle` proves where the data came from (the built-in set,
 * or a `data` property that really was set as a property). `clickId` is the mark to click (default: the
 * first one drawn).
 */
const EXAMPLES = [
  { name: 'html', dataTitle: /Biden/ },
  { name: 'react', dataTitle: /^Riverside Library renovation, 2024$/, clickId: 'design-review', typecheck: true },
  { name: 'vue', dataTitle: /^Riverside Library renovation, 2024$/, clickId: 'design-review' },
];

const started = Date.now();
const results = [];
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
/** The message of a failed child process, with its output. */
const failure = (error) => [error.message, error.stdout, error.stderr].filter(Boolean).join('\n').trim();

function report(name, ok, message) {
  results.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${message}`);
}

if (!existsSync(join(root, 'dist/meeting-timeline.js')) || !existsSync(join(root, 'dist/lib/index.js'))) {
  console.error('examples: no build in dist/; run `npm run build` first');
  console.log(`examples: 0 passed, ${EXAMPLES.length} failed`);
  process.exit(1);
}

// ---- 1. pack, and unpack into each example ----

const temp = mkdtempSync(join(tmpdir(), 'mt-examples-'));
let tarball;
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp]));
  tarball = join(temp, packed.filename);
  run('tar', ['-xzf', tarball, '-C', temp]); // into temp/package/
} catch (error) {
  console.error(`examples: npm pack failed\n${failure(error)}`);
  console.log(`examples: 0 passed, ${EXAMPLES.length} failed`);
  process.exit(1);
}

// ---- 2. install and build each ----

const built = [];
for (const example of EXAMPLES) {
  const dir = join(examplesDir, example.name);
  try {
    const target = join(dir, 'node_modules', 'meeting-timeline');
    rmSync(target, { recursive: true, force: true });
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    cpSync(join(temp, 'package'), target, { recursive: true });
    run(process.execPath, ['build.mjs'], { cwd: dir });
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    if (example.typecheck) run(process.execPath, [tsc, '--noEmit', '-p', dir]);
    built.push(example);
  } catch (error) {
    report(example.name, false, `install or build failed\n${failure(error)}`);
  }
}
rmSync(temp, { recursive: true, force: true });

// ---- 3. serve examples/ and check each in Chromium ----

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (pathname === '/favicon.ico') return void response.writeHead(204).end();
  let path = normalize(join(examplesDir, decodeURIComponent(pathname)));
  if (!path.startsWith(examplesDir)) return void response.writeHead(403).end();
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

let browser;
const checked = new Set();
try {
  if (built.length) {
    const { chrome } = findBrowsers(['chrome']);
    browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
  }
  for (const example of built) {
    checked.add(example);
    try {
      report(example.name, true, await check(browser, example));
    } catch (error) {
      report(example.name, false, error.message);
    }
  }
} catch (error) {
  for (const example of built.filter((example) => !checked.has(example))) {
    report(example.name, false, `browser failed: ${error.message}`);
  }
} finally {
  await browser?.close();
  server.close();
}

const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/** Opens one built example, clicks a mark, and checks #selected; returns a line on what it saw. */
async function check(browser, example) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${origin}/${example.name}/dist/`, { waitUntil: 'load', timeout: 20_000 });
    try {
      await page.waitForFunction(
        () => document.querySelector('meeting-timeline')?.shadowRoot?.querySelector('[part~="event"]'),
        { timeout: 15_000 },
      );
    } catch {
      throw new Error(`no event mark drawn in 15 s${problems.length ? `; ${problems.join('; ')}` : ''}`);
    }
    const state = await page.evaluate(() => {
      const timeline = document.querySelector('meeting-timeline');
      return {
        dataTitle: timeline.dataTitle ?? '',
        dataAttribute: timeline.getAttribute('data'),
        events: timeline.events.map((event) => ({ id: event.id, title: event.title })),
      };
    });
    if (!example.dataTitle.test(state.dataTitle)) {
      throw new Error(`timeline shows "${state.dataTitle}", expected ${example.dataTitle}`);
    }
    if (state.dataAttribute !== null) {
      throw new Error(`data was set as an attribute ("${state.dataAttribute}"), not a property`);
    }

    const id =
      example.clickId ??
      (await page.evaluate(
        () => document.querySelector('meeting-timeline').shadowRoot.querySelector('[part~="event"]').dataset.id,
      ));
    const expected = state.events.find((event) => event.id === id)?.title;
    if (!expected) throw new Error(`no event with id "${id}" (events: ${state.events.map((e) => e.id).join(', ')})`);
    const mark = await page.evaluateHandle(
      (id) =>
        document
          .querySelector('meeting-timeline')
          .shadowRoot.querySelector(`[part~="event"][data-id="${CSS.escape(id)}"]`),
      id,
    );
    if (!(await mark.evaluate((element) => element !== null))) throw new Error(`no mark for "${id}"`);
    await mark.click(); // a real pointer click at the mark's centre
    try {
      await page.waitForFunction(
        (title) => document.querySelector('#selected')?.textContent.trim() === title,
        { timeout: 5_000 },
        expected,
      );
    } catch {
      const shown = await page.evaluate(
        () => document.querySelector('#selected')?.textContent.trim() ?? '(no #selected)',
      );
      throw new Error(`clicked "${id}": #selected shows "${shown}", expected "${expected}"`);
    }
    if (problems.length) throw new Error(problems.join('; '));
    const types = example.typecheck ? '; tsc --noEmit clean' : '';
    return `${state.events.length} events drawn; clicked "${id}", #selected shows "${expected}"${types}`;
  } finally {
    await page.close();
  }
}
