import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time on the two cores: the browser suites wait on Chromium and nginx as much as
    // they compute, so a build or another suite fills the gaps (README → Tests: the time per group).
    maxWorkers: 2,
    projects: [
      // Pure functions on small fixtures and the seeds: no build, seconds (`npm run test:unit`).
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The built site and real Chromium: builds the site's variants once and serves them
      // (tests/setup/site.ts) — only when a suite of this project is in the run.
      { extends: true, test: { name: 'site', include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'], globalSetup: ['tests/setup/site.ts'] } },
    ],
  },
});
