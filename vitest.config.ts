import { defineConfig } from 'vitest/config';

// Unit tests: fast, no browser, no Astro build.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property tests: a fixed seed in CI, a new one each local run (see the file).
    setupFiles: ['tests/unit/fast-check-seed.ts'],
    testTimeout: 30_000,
    // `npm test` runs them with --coverage: the floors below are the measured coverage rounded
    // down, so a change that leaves code untested fails the suite.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Entry points that run as their own processes or threads, and modules only Astro loads:
      // the end-to-end tests and the benchmark exercise those.
      exclude: [
        'src/build.ts',
        'src/dev.ts',
        'src/preview.ts',
        'src/ingest/cli.ts',
        'src/review/cli.ts',
        'src/ingest/pipeline/analyse-worker.ts',
        'src/ingest/fs/write-worker.ts',
        'src/site/data.ts',
        'src/content.config.ts',
        'src/pages/**',
      ],
      reporter: ['text-summary'],
      reportsDirectory: 'tests/.tmp/coverage',
      thresholds: { lines: 97, statements: 95, functions: 96, branches: 87 },
    },
  },
});
