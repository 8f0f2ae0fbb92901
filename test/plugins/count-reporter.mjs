// A @web/test-runner reporter that ends the run with plain count lines, per browser and in total:
// "chromium: 120 passed, 0 failed" … "total: 240 passed, 0 failed".
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const name = session.browser.name.toLowerCase();
        const totals = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        const before = { ...totals };
        count(session.testResults, totals);
        // A file that failed to load or run counts as one failure.
        if (session.status === 'FINISHED' && !session.passed && totals.failed === before.failed) totals.failed++;
        byBrowser.set(name, totals);
      }
      for (const totals of byBrowser.values()) for (const key of Object.keys(total)) total[key] += totals[key];
      const line = (t) => `${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}`;
      for (const [name, totals] of byBrowser) console.log(`${name}: ${line(totals)}`);
      console.log(`total: ${line(total)}`);
    },
  };
}
