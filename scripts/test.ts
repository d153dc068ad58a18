// npm test — every suite (unit, build, browser) through vitest, then the plain closing line
// "N passed, M failed" counted from vitest's JSON report, which CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REPORT = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(REPORT, { force: true });
const run = spawnSync(
  'node_modules/.bin/vitest',
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--reporter=${fileURLToPath(new URL('lib/group-times.ts', import.meta.url))}`,
    `--outputFile.json=${REPORT}`,
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
let passed = 0;
let failed: number;
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
  passed = report.numPassedTests;
  // A suite that failed to load counts as a failure even though none of its tests ran.
  failed = report.numFailedTests + (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0);
} catch {
  failed = 1; // no report: vitest itself failed to start
}
const SHOTS = 'test-results/screenshots';
if (existsSync(SHOTS)) console.log(`screenshots for a person to look at: ${SHOTS}/ (${readdirSync(SHOTS).length} files)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
