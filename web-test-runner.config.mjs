// @web/test-runner: every test in Chromium and Firefox (the system's, through puppeteer), plus the
// time-zone group run again with the browsers started under far-apart TZ settings.
import { PassThrough } from 'node:stream';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { findBrowsers, CHROME_ARGS } from './scripts/browsers.mjs';
import { countReporter } from './test/plugins/count-reporter.mjs';
import { emulateMediaPlugin } from './test/plugins/emulate-media-plugin.mjs';
import { touchPlugin } from './test/plugins/touch-plugin.mjs';

// MT_BROWSERS=chrome (or firefox) narrows a local run to one browser; CI runs both.
const names = (process.env.MT_BROWSERS ?? 'chrome,firefox').split(',');
const paths = findBrowsers(names);

/** The browsers, started with the given TZ (undefined: the machine's own) and Firefox preferences. */
function browsers(tz, firefoxPrefs, only = names) {
  const env = tz ? { ...process.env, TZ: tz } : process.env;
  const launchers = {
    chrome: () =>
      puppeteerLauncher({
        launchOptions: { browser: 'chrome', executablePath: paths.chrome, headless: true, args: CHROME_ARGS, env },
      }),
    firefox: () =>
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: paths.firefox,
          headless: true,
          env,
          extraPrefsFirefox: firefoxPrefs,
        },
      }),
  };
  return only.filter((name) => names.includes(name)).map((name) => launchers[name]());
}

// One zone west of UTC−10, one east of UTC+12, and one with a half-hour offset.
const TIME_ZONES = ['Etc/GMT+12', 'Pacific/Kiritimati', 'Asia/Kolkata'];
const TZ_TESTS = 'test/**/*.tz.test.ts';

// Chromium emulates media features through CDP (the emulateMedia command); Firefox gets them as preferences.
const FIREFOX_MEDIA = {
  dark: { 'layout.css.prefers-color-scheme.content-override': 0, 'ui.systemUsesDarkTheme': 1 },
  'reduced-motion': { 'ui.prefersReducedMotion': 1 },
  'forced-colors': { 'browser.display.document_color_use': 2, 'ui.useAccessibilityTheme': 1 },
};
const MEDIA_TESTS = 'test/**/*.media.test.ts';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // `?delay=ms` on a test fixture's URL holds the response back, to test racing `src` changes.
  middleware: [
    async (context, next) => {
      const delay = Number(new URLSearchParams(context.querystring).get('delay'));
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
      return next();
    },
    // `?stall` sends the headers and the start of a JSON body, then nothing more (for 20 s), to test the
    // element's load timeout.
    async (context, next) => {
      if (!new URLSearchParams(context.querystring).has('stall')) return next();
      const body = new PassThrough();
      context.type = 'application/json';
      context.body = body;
      body.write('[{"start": "2020-01-01", "title": "A"');
      const end = setTimeout(() => body.end(']'), 20_000);
      body.on('close', () => clearTimeout(end));
    },
    // Pages under test/csp/ are sent with a strict policy (no 'unsafe-inline', no 'unsafe-eval') and Trusted Types
    // enforced, for test/csp.test.ts. The only policies allowed are the ones Lit ('lit-html') and our DOMPurify
    // instance ('dompurify', made on its first use) create: the element needs no policy of its own.
    async (context, next) => {
      await next();
      if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
        context.set(
          'Content-Security-Policy',
          "default-src 'self'; script-src 'self' 'report-sample'; style-src 'self' 'report-sample'; img-src 'self' data: https:; " +
            "require-trusted-types-for 'script'; trusted-types lit-html dompurify",
        );
        context.set('Cache-Control', 'no-store');
      }
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    emulateMediaPlugin(),
    touchPlugin(),
  ],
  browsers: browsers(undefined),
  reporters: [defaultReporter(), countReporter()],
  concurrentBrowsers: 2,
  // One page at a time per browser: a background tab gets no animation frames or ResizeObserver callbacks.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  groups: [
    ...Object.entries(FIREFOX_MEDIA).map(([name, prefs]) => ({
      name: `firefox-${name}`,
      files: MEDIA_TESTS,
      browsers: browsers(undefined, prefs, ['firefox']),
    })),
    ...TIME_ZONES.map((tz) => ({
      name: `tz-${tz.replace(/\W+/g, '-')}`,
      files: TZ_TESTS,
      browsers: browsers(tz),
      // Tells the tests which zone they run in, so they can check the emulation took.
      testRunnerHtml: (framework) =>
        `<!doctype html><html><body><script>window.__TZ = ${JSON.stringify(tz)};</script><script type="module" src="${framework}"></script></body></html>`,
    })),
  ].filter((group) => group.browsers.length),
};
