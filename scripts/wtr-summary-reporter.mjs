// Prints one plain closing line, "tests: N passed, N failed, N skipped", counted over every browser (plus the
// node script tests that passed before, see scripts/test.mjs), because the
// runner's own summary sits behind a progress bar (docs/toolchain.md, trap 7).
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      // Tests that ran before the browsers (node script tests, counted by scripts/test.mjs) join the total.
      const totals = { passed: Number(process.env.CW_EXTRA_PASSED ?? 0), failed: Number(process.env.CW_EXTRA_FAILED ?? 0), skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      process.stdout.write(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
    },
  };
}
