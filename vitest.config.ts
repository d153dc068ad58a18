import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the site once and serves it for the build and browser suites (tests/setup/site.ts).
    globalSetup: ['tests/setup/site.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
