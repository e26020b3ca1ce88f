import Mocha from 'mocha';

/**
 * mocha's spec reporter plus one closing line in the plain `N passed, N failed` form, which CI
 * reads to count the tests that ran, preceded by the titles of any failures.
 */
class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let passed = 0;
    let failed = 0;
    let pending = 0;
    const failedTitles: string[] = [];
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, () => passed++);
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, (test: Mocha.Test) => {
      failed++;
      failedTitles.push(test.fullTitle());
    });
    runner.on(Mocha.Runner.constants.EVENT_TEST_PENDING, () => pending++);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      // Repeated after the long failure diffs, so a log tail still names what failed.
      for (const title of failedTitles) process.stdout.write(`\nFAILED: ${title}`);
      process.stdout.write(`\n${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}\n`);
    });
  }
}

export = SummaryReporter;
