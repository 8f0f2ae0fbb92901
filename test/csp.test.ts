// <meeting-timeline> on a page with a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval')
// and Trusted Types enforced: test/csp/page.html, sent with that policy by the test server (the middleware in
// web-test-runner.config.mjs), loads the BUILT bundle, renders timelines and opens the details panel, and
// records what it saw (test/csp/page.ts). This test opens it in a same-origin iframe and reads the record.
//
// Needs `npm run build` first (CI builds before it tests); without dist/ the tests are skipped, saying so.
// Chromium and Firefox (from 145) both enforce Trusted Types; where a browser does not, CSP is still checked.
import { expect } from '@open-wc/testing';
import type { CspReport } from './csp/page.js';
import type { SanitizeCspReport } from './csp/sanitize.js';

const PAGE = '/test/csp/page.html';
const BUNDLE = '/dist/meeting-timeline.js';

describe('<meeting-timeline> under a strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  let report: CspReport;

  before(async function () {
    const built = await fetch(BUNDLE, { method: 'HEAD' });
    if (!built.ok) {
      console.warn(
        `test/csp.test.ts: ${BUNDLE} is missing (HTTP ${built.status}); run \`npm run build\` first. Skipped.`,
      );
      this.skip();
    }
    frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    frame.src = PAGE;
    document.body.append(frame);
    const deadline = performance.now() + 25_000;
    while (!frame.contentWindow?.__csp?.done) {
      if (performance.now() > deadline)
        throw new Error(`${PAGE} did not finish: ${JSON.stringify(frame.contentWindow?.__csp)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    report = frame.contentWindow.__csp;
  });

  after(() => frame?.remove());

  it('the page is served with the policy, and the browser enforces it', async () => {
    const policy = (await fetch(PAGE)).headers.get('content-security-policy') ?? '';
    // 'report-sample' only puts the start of blocked code into the reports.
    expect(policy).to.match(/script-src 'self'(?: 'report-sample')?;/);
    expect(policy).to.contain("require-trusted-types-for 'script'");
    expect(policy).not.to.contain('unsafe-inline');
    expect(policy).not.to.contain('unsafe-eval');
    // The probes ran last, on the page itself: eval is refused, and so is a string into innerHTML where
    // the browser has Trusted Types.
    expect(report.probes.evalBlocked, 'eval refused').to.equal(true);
    if (report.probes.trustedTypes) expect(report.probes.innerHTMLBlocked, 'innerHTML = string refused').to.equal(true);
    else console.warn(`${navigator.userAgent} has no Trusted Types: only the Content-Security-Policy was checked`);
    expect(report.probes.violations.length, 'the probes were reported as violations').to.be.greaterThan(0);
  });

  it('no violation and no error while rendering, loading and opening the details', () => {
    expect(report.violations, 'violations').to.deep.equal([]);
    expect(report.errors, 'errors').to.deep.equal([]);
  });

  it('the built-in data renders marks in the shadow root', () => {
    expect(report.builtInMarks).to.be.greaterThan(5);
  });

  it('the details panel opens with sanitised rich text and the image', () => {
    const details = report.details;
    expect(details, 'details panel').to.exist;
    expect(details!.title).to.equal('Filoli');
    expect(details!.emphasis).to.equal('there');
    expect(details!.unsafe, 'elements outside the allow-list').to.deep.equal([]);
    expect(details!.links).to.deep.equal([
      { href: 'https://example.org/', rel: 'noopener noreferrer', target: '_blank' },
      // The javascript: link keeps its text and loses its href.
      { href: '', rel: 'noopener noreferrer', target: '_blank' },
    ]);
    expect(details!.image?.src).to.equal(new URL('/test/csp/picture.svg', location.href).href);
    expect(details!.image?.alt).to.equal('A blue rectangle');
    expect(details!.image?.width, 'the image loaded').to.be.greaterThan(0);
    expect(details!.caption).to.contain('Someone');
    expect(report.ran, 'a payload ran').to.equal(undefined);
  });

  it('the built bundle zooms: an animated button zoom and a double-click, each ending in mt-rangechange', () => {
    const zoom = report.zoom!;
    expect(zoom.afterButton).to.be.closeTo(zoom.before / 2, zoom.before * 0.02);
    expect(zoom.afterDoubleClick).to.be.closeTo(zoom.afterButton / 2, zoom.afterButton * 0.02);
    expect(zoom.rangeEvents).to.equal(2);
  });

  it('toSVG() and toPNG() work under the policy', () => {
    const exported = report.exported!;
    const doc = new DOMParser().parseFromString(exported.svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('text').length).to.be.above(10);
    expect(exported.pngType).to.equal('image/png');
    expect(exported.pngBytes).to.be.above(1000);
  });

  it('the built list view keeps the words apart: date · place, and each era with its dates', () => {
    expect(report.list?.meta).to.equal('Feb 10, 2021 · White House, Washington, United States');
    expect(report.list?.eras).to.have.length(3);
    expect(report.list?.eras[2]).to.equal('Groundwork for Filoli: Nov 14, 2022 – Nov 15, 2023');
  });

  it('TimelineJS JSON and CSV files load through src', () => {
    expect(report.timelineJSFile).to.match(/^[1-9]\d* events, 0 errors$/);
    expect(report.csvFile).to.match(/^[1-9]\d* events, 0 errors$/);
  });

  it('a translated interface loads its chunk', () => {
    expect(report.frenchFit).to.equal('Tout afficher');
  });
});

describe('sanitizeHTML under a strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;
  let report: SanitizeCspReport;

  before(async () => {
    frame = document.createElement('iframe');
    frame.src = '/test/csp/sanitize.html';
    document.body.append(frame);
    const deadline = performance.now() + 25_000;
    while (!frame.contentWindow?.__sanitizeCsp?.done) {
      if (performance.now() > deadline) throw new Error(`test/csp/sanitize.html did not finish`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    report = frame.contentWindow.__sanitizeCsp;
  });

  after(() => frame?.remove());

  it('sanitizeHTML(style elements, style attributes, on* handlers) raises no securitypolicyviolation', () => {
    expect(report.errors, 'errors').to.deep.equal([]);
    expect(report.violations, 'violations').to.deep.equal([]);
    expect(report.ran, 'a payload ran').to.equal(undefined);
  });

  it('sanitizeHTML keeps the text and allowed markup of those payloads', () => {
    expect(report.results[0], 'a style element').to.equal('<p>styled</p>');
    expect(report.results[3], 'a style attribute').to.equal('<p>red</p>');
    expect(report.results.at(-1), 'rich text').to.equal(
      '<p>A <a href="https://example.org/" rel="noopener noreferrer" target="_blank">link</a></p>',
    );
  });
});
