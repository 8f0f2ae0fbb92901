// A @web/test-runner reporter that ends the run with plain count lines, per browser and in total:
// "chromium: 120 passed, 0 failed" … "total: 240 passed, 0 failed", and before them one line per
// failed test (browser, file, suite path, first line of the error), so that a run whose output is
// cut short still names what failed in its last lines.
import { relative } from 'node:path';

function count(suite, totals, failures, path) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      failures.push({ path: [...path, test.name].join(' › '), error: test.error?.message });
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, failures, [...path, child.name]);
}

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')[0]
    .slice(0, 300);

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const total = { passed: 0, failed: 0, skipped: 0 };
      const failed = [];
      for (const session of sessions) {
        const name = session.browser.name.toLowerCase();
        const totals = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        const before = { ...totals };
        const failures = [];
        count(session.testResults, totals, failures, []);
        for (const f of failures)
          failed.push(`FAILED ${name} ${relative(process.cwd(), session.testFile)} › ${f.path}: ${firstLine(f.error)}`);
        // A file that failed to load or run counts as one failure.
        if (session.status === 'FINISHED' && !session.passed && totals.failed === before.failed) {
          totals.failed++;
          const error = session.errors?.[0]?.message ?? 'the file failed to load or run';
          failed.push(`FAILED ${name} ${relative(process.cwd(), session.testFile)}: ${firstLine(error)}`);
        }
        byBrowser.set(name, totals);
      }
      for (const totals of byBrowser.values()) for (const key of Object.keys(total)) total[key] += totals[key];
      const line = (t) => `${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`;
      for (const entry of failed) console.log(entry);
      for (const [name, totals] of byBrowser) console.log(`${name}: ${line(totals)}`);
      console.log(`total: ${line(total)}`);
    },
  };
}
