// Mutation testing (`npm run mutate`, not part of CI): Stryker changes the code the domain layer and the
// extension's message checks run (a `<` for a `<=`, a removed condition, an emptied string...) and runs
// the unit tests that cover each change; a change no test notices ("survived") is a test we lack.
// The report: reports/mutation/index.html (and .json); a rerun only tests what changed (incremental).
// Stryker's Vitest runner runs the tests in worker threads, where a test's own `process.env.TZ = ...`
// does not change the clock's zone (it does in the forked processes `npm test` uses); the zone those
// tests ask for is set here, before any test process starts.
process.env.TZ = 'Europe/Oslo';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  mutate: [
    'src/domain/**/*.ts',
    '!src/domain/**/*.d.ts',
    'extension/shared/messages.ts',
    'extension/shared/origins.ts',
  ],
  coverageAnalysis: 'perTest',
  checkers: [],
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'dist-extension', 'dist-packages', 'dist-bench', 'test-results', 'reports'],
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 60_000,
  // The first run (every related test, with per-test coverage) takes minutes on a busy 2-core machine.
  dryRunTimeoutMinutes: 30,
  thresholds: { high: 80, low: 60, break: null },
};
