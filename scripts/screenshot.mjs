// Screenshots a page of the demo server in headless Chromium: node scripts/screenshot.mjs [url] [out.png] [width]
import puppeteer from 'puppeteer-core';
import { findBrowsers, CHROME_ARGS } from './browsers.mjs';

const [url = 'http://localhost:8000/demo/', out = 'docs/screenshot.png', width = '1100'] = process.argv.slice(2);
const { chrome } = findBrowsers(['chrome']);
const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[page] ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({ width: Number(width), height: 800, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: out, fullPage: true });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
