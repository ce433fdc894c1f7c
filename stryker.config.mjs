// @ts-check
/**
 * `npm run test:mutation`: StrykerJS on the rules, the suite model and the fixes, against the
 * fast in-process tests (vitest.config.ts). Slow (minutes per file): not part of `.ci/run`.
 * One file at a time: `npx stryker run --mutate rules/phase.ts`.
 *
 * Incremental mode keeps the last results in reports/ (git-ignored, like the HTML report): a
 * re-run tests only the mutants whose code or covering tests changed. It is a local cache of one
 * machine's runs, not a shared record: the scores are recorded in the README instead.
 *
 * Equivalent mutants (no behaviour can tell them apart) are excluded where they are, with a
 * `// Stryker disable next-line <mutator>: <why>` comment; no mutator is disabled wholesale.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: {configFile: 'vitest.config.ts'},
  coverageAnalysis: 'perTest',
  mutate: ['rules/**/*.ts', '!rules/index.ts', 'src/suite/**/*.ts', 'src/fix/**/*.ts'],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // Two cores are shared by everyone on a machine: one test process.
  concurrency: 1,
  timeoutMS: 30_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: {fileName: 'reports/mutation/index.html'},
  jsonReporter: {fileName: 'reports/mutation/mutation.json'},
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
