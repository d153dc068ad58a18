// npm test — every suite (unit, build, browser) through vitest, then the plain closing line
// "N passed, M failed" counted from vitest's JSON reports, which CI reads.
//
// With no arguments, the unit project runs in a vitest of its own beside the site project: the site
// project first builds the site's variants (tests/setup/site.ts, a minute with one core mostly
// free), and the unit suites fill that core instead of waiting for the builds. The unit run's
// output is printed as one block when it ends. With arguments (`--project unit`, a file), one vitest.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Run {
  report: string;
  status: number | null;
}

/** One vitest run with the JSON report at `report`; its output goes to the terminal, or is held and printed when it ends. */
function vitest(args: string[], report: string, hold = false): Promise<Run> {
  rmSync(report, { force: true });
  const child = spawn(
    'node_modules/.bin/vitest',
    [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--reporter=${fileURLToPath(new URL('lib/group-times.ts', import.meta.url))}`,
      `--outputFile.json=${report}`,
      ...args,
    ],
    { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  const held: Buffer[] = [];
  child.stdout?.on('data', (d: Buffer) => held.push(d));
  child.stderr?.on('data', (d: Buffer) => held.push(d));
  return new Promise((done) =>
    child.on('close', (status) => {
      if (hold) process.stdout.write(Buffer.concat(held));
      done({ report, status });
    }),
  );
}

/** Passed and failed tests of one run; a suite that failed to load counts as a failure though none of its tests ran. */
function counts({ report }: Run): { passed: number; failed: number } {
  try {
    const r = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
    return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0) };
  } catch {
    return { passed: 0, failed: 1 }; // no report: vitest itself failed to start
  }
}

mkdirSync('test-results', { recursive: true });
const args = process.argv.slice(2);
const runs = await Promise.all(
  args.length
    ? [vitest(args, 'test-results/vitest.json')]
    : [vitest(['--project', 'site'], 'test-results/vitest.json'), vitest(['--project', 'unit'], 'test-results/vitest-unit.json', true)],
);
const total = runs.map(counts).reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }));
const SHOTS = 'test-results/screenshots';
if (existsSync(SHOTS)) console.log(`screenshots for a person to look at: ${SHOTS}/ (${readdirSync(SHOTS).length} files)`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(runs.every((r) => r.status === 0) && total.failed === 0 ? 0 : 1);
