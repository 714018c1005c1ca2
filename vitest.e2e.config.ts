import { defineConfig } from 'vitest/config';

// End-to-end tests: build the site once, then drive it in Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    // Builds the site once (npm run build) and serves dist/ for every test file.
    globalSetup: ['tests/e2e/helpers/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
