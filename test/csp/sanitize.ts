// The script of test/csp/sanitize.html, a page served with a strict Content-Security-Policy and Trusted Types
// enforced: it sanitises rich text carrying style elements, style attributes and inline event handlers (plain,
// and written to slip past a naive scan of the tags), and records every `securitypolicyviolation` on
// `window.__sanitizeCsp` for test/csp.test.ts. Sanitising must not make the browser evaluate what it removes.
import { sanitizeHTML } from '../../src/formats/sanitize.js';

/** What the page saw, read by test/csp.test.ts. */
export interface SanitizeCspReport {
  done: boolean;
  /** Each violation, as `payload: directive`. */
  violations: string[];
  /** Uncaught errors, and payloads that did not sanitise to a fragment. */
  errors: string[];
  /** The sanitised markup of each payload, in order. */
  results: string[];
  /** Set by a payload if any of it ran; must stay undefined. */
  ran?: unknown;
}

declare global {
  interface Window {
    __sanitizeCsp?: SanitizeCspReport;
    __ran?: unknown;
  }
}

const RUN = 'window.__ran=1';

/** Payloads by name: each would, if parsed as it stands, hold a style or a handler. */
export const CSP_PAYLOADS: [name: string, html: string][] = [
  ['a style element', '<style>p { color: red }</style><p>styled</p>'],
  ['a style element in svg', '<svg><style>p { color: red }</style></svg><p>x</p>'],
  ['a style element in math', '<math><style>p { color: red }</style></math><p>x</p>'],
  ['a style attribute', '<p style="color: red">red</p>'],
  ['an unquoted style attribute', '<p style=color:red>red</p>'],
  ['an onerror attribute', `<img src="x" onerror="${RUN}">`],
  ['an unquoted onerror attribute', `<img src=x onerror=${RUN}>`],
  ['onerror after a slash', `<img/src=x/onerror=${RUN}>`],
  ['onclick on an allowed tag', `<p onclick="${RUN}">p</p>`],
  ['onerror after a quoted ">"', `<img src="a>b" onerror="${RUN}">`],
  ['onerror after a quoted "<"', `<img title="<" onerror="${RUN}" src=x>`],
  ['style after a quoted "<"', `<p title="<" style="color:red">x</p>`],
  ['onerror with newlines', `<img\nsrc=x\nonerror\n=\n"${RUN}">`],
  ['an svg onload', `<svg onload="${RUN}"></svg>`],
  ['a handler in a noscript title', `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></noscript>`],
  [
    'mXSS: math, mtext, mglyph, style',
    `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}"></style></mglyph></table></mtext></math>`,
  ],
  ['mXSS: form, math, style', `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="${RUN}">`],
  ['a style in a template', '<template><style>p{}</style><p style="x:y">t</p></template>'],
  ['a link stylesheet', '<link rel="stylesheet" href="/x.css"><p>x</p>'],
  ['an uppercase STYLE and ONERROR', `<STYLE>p{}</STYLE><IMG SRC=x ONERROR="${RUN}">`],
  ['a comment hiding nothing', `<!-- <img src=x onerror=${RUN}> --><p style="a:b">x</p>`],
  ['an unterminated tag', `<p>x</p><img src=x onerror="${RUN}"`],
  [
    'rich text as TimelineJS writes it',
    `<p>A <a href="https://example.org/" style="color:red" onclick="${RUN}">link</a></p>`,
  ],
];

const report: SanitizeCspReport = { done: false, violations: [], errors: [], results: [] };
window.__sanitizeCsp = report;
let step = 'loading';
document.addEventListener('securitypolicyviolation', (event) =>
  report.violations.push(`${step}: ${event.effectiveDirective} ${event.sample}`.trim()),
);
window.addEventListener('error', (event) => report.errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => report.errors.push(String(event.reason)));

async function run(): Promise<void> {
  for (const [name, html] of CSP_PAYLOADS) {
    step = name;
    const clean = sanitizeHTML(html);
    if (typeof clean === 'string') {
      report.errors.push(`${name}: sanitised to text, not a fragment`);
      report.results.push(clean);
      continue;
    }
    const holder = document.createElement('div');
    holder.append(clean);
    document.body.append(holder);
    report.results.push(holder.innerHTML);
    // Violations are reported as tasks: let each payload's arrive under its own name.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  step = 'late reports';
  await new Promise((resolve) => setTimeout(resolve, 200));
  report.ran = window.__ran;
}

run().then(
  () => (report.done = true),
  (error: unknown) => {
    report.errors.push(`the page script failed: ${String(error)}`);
    report.done = true;
  },
);
