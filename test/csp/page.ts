// The script of test/csp/page.html, a page served with a strict Content-Security-Policy and Trusted Types
// enforced. It loads the BUILT bundle (/dist/meeting-timeline.js, from `npm run build`), renders timelines
// from every way in (built-in data, TimelineJS rich text and media, a TimelineJS file, a CSV file, a
// translated locale), opens the details panel, and records what it saw and every violation on `window.__csp`
// for test/csp.test.ts to read. Only then does it probe the policy itself (eval, a string into innerHTML),
// so those deliberate violations are counted apart.
import type { MeetingTimeline } from '../../src/meeting-timeline.js';

/** What the page saw, read by test/csp.test.ts. */
export interface CspReport {
  done: boolean;
  /** Violations while the timelines rendered and the panel opened: there should be none. */
  violations: string[];
  /** Uncaught errors and rejections on the page. */
  errors: string[];
  /** Marks drawn from the built-in data. */
  builtInMarks: number;
  /** The details panel of a TimelineJS slide with rich text and media. */
  details?: {
    title: string;
    emphasis: string | null;
    links: { href: string; rel: string; target: string }[];
    image: { src: string; alt: string; complete: boolean; width: number } | null;
    caption: string | null;
    /** Elements outside the sanitiser's allow-list (script, img in the text, iframe…) found in the rich text. */
    unsafe: string[];
  };
  /** Events (or the first error) of timelines read from a file through `src`. */
  timelineJSFile: string;
  csvFile: string;
  /** The interface text after `locale="fr"` loaded its chunk. */
  frenchFit: string;
  /** The built-in timeline after its zoom-in button (animated) and a double-click: visible spans, ms. */
  zoom?: { before: number; afterButton: number; afterDoubleClick: number; rangeEvents: number };
  /** toSVG() and toPNG() of the built-in timeline. */
  exported?: { svg: string; pngType: string; pngBytes: number };
  /** The built-in timeline's list view: its first event's date and place line, and its eras. */
  list?: { meta: string; eras: string[] };
  /** Set by a data payload if any of it ran; must stay undefined. */
  ran?: unknown;
  /** The probes of the policy, run last: whether eval and a string into innerHTML were refused. */
  probes: { trustedTypes: boolean; evalBlocked: boolean; innerHTMLBlocked: boolean; violations: string[] };
}

declare global {
  interface Window {
    __csp?: CspReport;
    __ran?: unknown;
  }
}

const report: CspReport = {
  done: false,
  violations: [],
  errors: [],
  builtInMarks: 0,
  timelineJSFile: '',
  csvFile: '',
  frenchFit: '',
  probes: { trustedTypes: 'trustedTypes' in window, evalBlocked: false, innerHTMLBlocked: false, violations: [] },
};
window.__csp = report;
let violations = report.violations;
/** The step now running, named in each violation. */
let step = 'loading the bundle';
document.addEventListener('securitypolicyviolation', (event) => {
  const where = event.sourceFile
    ? ` at ${event.sourceFile.replace(location.origin, '')}:${event.lineNumber}:${event.columnNumber}`
    : '';
  violations.push(
    `${step}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where} ${event.sample}`.trim(),
  );
});
window.addEventListener('error', (event) => report.errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A timeline in a box 900px wide (sized through the CSSOM: a style attribute would need 'unsafe-inline'). */
function mount(setup: (el: MeetingTimeline) => void): { el: MeetingTimeline; settled: Promise<string> } {
  const box = document.createElement('div');
  box.style.width = '900px';
  const el = document.createElement('meeting-timeline');
  el.locale = 'en-US';
  setup(el);
  // "N events, M errors" at the first mt-load, or "error: path: message" at an mt-error before any load.
  const settled = new Promise<string>((resolve) => {
    el.addEventListener(
      'mt-load',
      (e) => resolve(`${e.detail.events.length} events, ${e.detail.skipped.length} errors`),
      { once: true },
    );
    el.addEventListener(
      'mt-error',
      (e) => resolve(`error: ${e.detail.errors.map((x) => `${x.path}: ${x.message}`).join('; ')}`),
      { once: true },
    );
    setTimeout(() => resolve('timed out'), 8000);
  });
  box.append(el);
  document.body.append(box);
  return { el, settled };
}

async function run(): Promise<void> {
  // A variable, so that neither TypeScript nor the dev server tries to resolve the bundle at build time.
  const bundle = '/dist/meeting-timeline.js';
  await import(bundle);
  await customElements.whenDefined('meeting-timeline');

  // 1. The built-in data (a chunk of its own).
  step = 'the built-in data';
  const builtIn = mount(() => {});
  await builtIn.settled;
  await builtIn.el.updateComplete;
  report.builtInMarks = builtIn.el.shadowRoot!.querySelectorAll('[part~="event"]').length;

  // Zooming in the built bundle, which carries a no-op in place of d3-transition: the button animates, a
  // double-click zooms at once; both end in mt-rangechange.
  step = 'zooming';
  const span = () => builtIn.el.range.to.getTime() - builtIn.el.range.from.getTime();
  let rangeEvents = 0;
  builtIn.el.addEventListener('mt-rangechange', () => rangeEvents++);
  const before = span();
  builtIn.el.shadowRoot!.querySelector<HTMLButtonElement>('button.zoom-in')!.click();
  for (let i = 0; i < 40 && !rangeEvents; i++) await pause(50);
  const afterButton = span();
  const chart = builtIn.el.shadowRoot!.querySelector('svg')!;
  const box = chart.getBoundingClientRect();
  chart.dispatchEvent(
    new MouseEvent('dblclick', {
      bubbles: true,
      cancelable: true,
      view: window,
      clientX: box.left + box.width / 2,
      clientY: box.top + 40,
    }),
  );
  for (let i = 0; i < 40 && rangeEvents < 2; i++) await pause(50);
  report.zoom = { before, afterButton, afterDoubleClick: span(), rangeEvents };

  // Export: styles are copied through the CSSOM and the PNG drawn from a data: URL, both allowed by the policy.
  step = 'exporting';
  // (Parsed by the test, outside the policy: DOMParser is a Trusted Types sink.)
  const svg = await builtIn.el.toSVG();
  const png = await builtIn.el.toPNG(1);
  report.exported = { svg, pngType: png.type, pngBytes: png.size };
  // The list view as built: the template minifier must not eat the text between its parts.
  builtIn.el.listView = true;
  await builtIn.el.updateComplete;
  const listed = builtIn.el.shadowRoot!;
  report.list = {
    meta: listed.querySelector('.list-meta')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    eras: [...listed.querySelectorAll('.era-list li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
  };
  builtIn.el.listView = false;

  // 2. TimelineJS data with rich text (and payloads that must not run) and an image; the panel opened by a click.
  step = 'TimelineJS rich text';
  const rich = mount((el) => {
    el.data = {
      title: { text: { headline: 'Rich text', text: '<p>A <strong>sanitised</strong> story</p>' } },
      events: [
        {
          unique_id: 'rich',
          start_date: { year: 2023, month: 11, day: 15 },
          text: {
            headline: 'Filoli',
            text:
              '<p>Hello <em>there</em>, <a href="https://example.org/">a link</a> and <a href="javascript:window.__ran=1">a trap</a>.</p>' +
              '<script>window.__ran=2</script><img src="x" onerror="window.__ran=3"><iframe srcdoc="<script>parent.__ran=4</script>"></iframe>' +
              '<svg onload="window.__ran=5"></svg><ul><li>one</li></ul>',
          },
          media: { url: '/test/csp/picture.svg', caption: 'A picture', credit: 'Someone', alt: 'A blue rectangle' },
        },
        { unique_id: 'plain', start_date: { year: 2022, month: 11, day: 14 }, text: { headline: 'Bali' } },
      ],
    } as unknown as MeetingTimeline['data'];
  });
  await rich.el.updateComplete;
  const mark = rich.el.shadowRoot!.querySelector<SVGGElement>('[part~="event"][data-id="rich"]');
  step = 'the details panel';
  mark?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await rich.el.updateComplete;
  const panel = rich.el.shadowRoot!.querySelector('[part="details"]');
  const image = panel?.querySelector<HTMLImageElement>('[part="media"] img') ?? null;
  // The image is lazy: bring it into view and wait for it, so a blocked load would show as a violation.
  image?.scrollIntoView();
  for (let i = 0; i < 40 && image && !image.complete; i++) await pause(50);
  const text = panel?.querySelector('.rich');
  report.details = panel
    ? {
        title: panel.querySelector('h3')?.textContent ?? '',
        emphasis: text?.querySelector('em')?.textContent ?? null,
        links: [...(text?.querySelectorAll('a') ?? [])].map((a) => ({
          href: a.getAttribute('href') ?? '',
          rel: a.rel,
          target: a.target,
        })),
        image: image && { src: image.src, alt: image.alt, complete: image.complete, width: image.naturalWidth },
        caption: panel.querySelector('figcaption')?.textContent ?? null,
        unsafe: [...(text?.querySelectorAll(':not(p, br, em, i, strong, b, ul, ol, li, a, blockquote)') ?? [])].map(
          (e) => e.localName,
        ),
      }
    : undefined;

  // 3. Files through `src`: fetched (connect-src), read by the adapters (chunks loaded on demand).
  step = 'a TimelineJS file';
  const file = mount((el) => (el.src = '/test/fixtures/timelinejs/welcome.json'));
  report.timelineJSFile = await file.settled;
  step = 'a CSV file';
  const csv = mount((el) => (el.src = '/test/fixtures/timelinejs/women_in_computing.csv'));
  report.csvFile = await csv.settled;

  // 4. A translated interface: its strings are a chunk too.
  step = 'a French interface';
  const french = mount((el) => (el.locale = 'fr'));
  await french.settled;
  await french.el.updateComplete;
  report.frenchFit = french.el.shadowRoot!.querySelector('button.fit')?.textContent?.trim() ?? '';
  report.ran = window.__ran;

  // Late reports (an image, a style) arrive as tasks; then the probes, counted apart.
  step = 'late reports';
  await pause(300);
  step = 'the probes';
  violations = report.probes.violations;
  try {
    // The probe: a page without 'unsafe-eval' refuses this.
    (0, eval)('1');
  } catch {
    report.probes.evalBlocked = true;
  }
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
  } catch {
    report.probes.innerHTMLBlocked = true;
  }
  await pause(100);
}

run().then(
  () => (report.done = true),
  (error: unknown) => {
    report.errors.push(`the page script failed: ${String(error)}`);
    report.done = true;
  },
);
