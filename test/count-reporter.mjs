/**
 * Ends a run with one plain line, "browser tests: N passed, N failed", counted over every browser,
 * so CI logs close on a total a reader (or a tool) can find without scrolling the progress bars.
 */
function countTests(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0 };
      for (const session of sessions) {
        countTests(session.testResults, totals);
        // A file that failed to load has errors but no test results: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed += 1;
      }
      // Written at exit: until then the runner keeps redrawing its progress bars over the terminal.
      process.once('exit', () => process.stdout.write(`\nbrowser tests: ${totals.passed} passed, ${totals.failed} failed\n`));
    },
  };
}
