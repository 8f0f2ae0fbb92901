// Screenshots of the demo's elements, for looking at what a reader sees:
//   node scripts/shoot.mjs [url] [outdir] [widths, comma-separated] [selector]
// Writes <outdir>/<selector-index>-<width>-<light|dark>.png for each element matching the selector.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { findBrowsers, CHROME_ARGS } from './browsers.mjs';

const [
  url = 'http://localhost:8000/demo/',
  out = '/tmp/shots',
  widths = '390,800,1280',
  selector = 'meeting-timeline',
] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const { chrome } = findBrowsers(['chrome']);
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
try {
  for (const scheme of ['light', 'dark']) {
    for (const width of widths.split(',').map(Number)) {
      const page = await browser.newPage();
      page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.goto(url, { waitUntil: 'networkidle0' });
      await new Promise((resolve) => setTimeout(resolve, 600));
      const handles = await page.$$(selector);
      for (const [i, handle] of handles.entries()) {
        if (scheme === 'dark') await handle.evaluate((el) => el.setAttribute('theme', 'dark'));
        await new Promise((resolve) => setTimeout(resolve, 100));
        const file = `${out}/${i}-${width}-${scheme}.png`;
        await handle.screenshot({ path: file });
        console.log(`wrote ${file}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
}
