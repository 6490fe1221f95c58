// Writes the run's counts to <package>/.test-summary.json, the test task's declared output: a
// cached run restores it, so `npm test` can print one closing "N passed, N failed" line for the
// whole monorepo whether a package's tests ran or came from turbo's cache.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.writeFileSync(path.join(this.rootDir, '.test-summary.json'), JSON.stringify(summary) + '\n');
  }
}

module.exports = SummaryReporter;
