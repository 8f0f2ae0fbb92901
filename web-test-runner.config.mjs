// @web/test-runner: every test in Chromium and Firefox (the system's, through puppeteer), plus the
// time-zone group run again with the browsers started under far-apart TZ settings.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { findBrowsers, CHROME_ARGS } from './scripts/browsers.mjs';
import { countReporter } from './scripts/count-reporter.mjs';

// MT_BROWSERS=chrome (or firefox) narrows a local run to one browser; CI runs both.
const names = (process.env.MT_BROWSERS ?? 'chrome,firefox').split(',');
const paths = findBrowsers(names);

/** Both browsers, started with the given TZ (undefined: the machine's own). */
function browsers(tz) {
  const env = tz ? { ...process.env, TZ: tz } : process.env;
  const launchers = {
    chrome: () =>
      puppeteerLauncher({
        launchOptions: { browser: 'chrome', executablePath: paths.chrome, headless: true, args: CHROME_ARGS, env },
      }),
    firefox: () =>
      puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true, env } }),
  };
  return names.map((name) => launchers[name]());
}

// One zone west of UTC−10, one east of UTC+12, and one with a half-hour offset.
const TIME_ZONES = ['Etc/GMT+12', 'Pacific/Kiritimati', 'Asia/Kolkata'];
const TZ_TESTS = 'test/**/*.tz.test.ts';

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
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: browsers(undefined),
  reporters: [defaultReporter(), countReporter()],
  concurrentBrowsers: 2,
  // One page at a time per browser: a background tab gets no animation frames or ResizeObserver callbacks.
  concurrency: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  groups: TIME_ZONES.map((tz) => ({
    name: `tz-${tz.replace(/\W+/g, '-')}`,
    files: TZ_TESTS,
    browsers: browsers(tz),
    // Tells the tests which zone they run in, so they can check the emulation took.
    testRunnerHtml: (framework) =>
      `<!doctype html><html><body><script>window.__TZ = ${JSON.stringify(tz)};</script><script type="module" src="${framework}"></script></body></html>`,
  })),
};
