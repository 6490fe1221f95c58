// Appends one JSON line per jest run to $POLISEE_TEST_SUMMARY so `npm test` can print a single
// closing "N passed, N failed" line for the whole monorepo.
const fs = require('node:fs');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const file = process.env.POLISEE_TEST_SUMMARY;
    if (!file) return;
    const line = {
      package: this.rootDir,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.appendFileSync(file, JSON.stringify(line) + '\n');
  }
}

module.exports = SummaryReporter;
