import { defineConfig } from 'vitest/config';

// Unit tests: fast, no browser, no Astro build.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
