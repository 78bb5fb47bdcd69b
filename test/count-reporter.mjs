/**
 * Ends a run with one plain line, "browser tests: N passed, N failed", counted over every browser,
 * so CI logs close on a total a reader (or a tool) can find without scrolling the progress bars.
 *
 * Should the runner's process end before the run is reported (CI twice saw it exit with code 1 and
 * no word, mid-run, on 2026-12-05), it says so instead: the exit code, the test files each browser
 * had open, and where `process.exit` was called from, so the next such log says why.
 */
import { SESSION_STATUS } from '@web/test-runner';

function countTests(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals);
}

function reportEarlyExit(code, sessions, exitCalls) {
  const open = sessions ? [...sessions.all()].filter((session) => session.status !== SESSION_STATUS.FINISHED) : [];
  const lines = [
    `\nbrowser tests: the runner ended with code ${code} before reporting; ${open.length} test files unfinished.`,
    ...open
      .filter((session) => session.status !== SESSION_STATUS.SCHEDULED)
      .map((session) => `  ${session.browser.name}: ${session.testFile} (${session.status})`),
    ...exitCalls.map((stack) => `  process.exit called ${stack}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function countReporter() {
  let sessions;
  let reported = false;
  const exitCalls = [];
  const exit = process.exit;
  process.exit = (...args) => {
    if (!reported)
      exitCalls.push(
        `with ${args[0]}: ${new Error().stack
          .split('\n')
          .slice(2, 8)
          .map((line) => line.trim())
          .join(' <- ')}`,
      );
    return exit.apply(process, args);
  };
  process.once('exit', (code) => {
    if (!reported) reportEarlyExit(code, sessions, exitCalls);
  });
  return {
    start(args) {
      sessions = args.sessions;
    },
    stop({ sessions: finished }) {
      reported = true;
      const totals = { passed: 0, failed: 0 };
      for (const session of finished) {
        countTests(session.testResults, totals);
        // A file that failed to load has errors but no test results: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed += 1;
      }
      // Written at exit: until then the runner keeps redrawing its progress bars over the terminal.
      process.once('exit', () => process.stdout.write(`\nbrowser tests: ${totals.passed} passed, ${totals.failed} failed\n`));
    },
  };
}
