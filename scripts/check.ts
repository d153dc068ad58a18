// npm run check — the content rules (src/lib/content/check.ts) in a second or two, every problem at
// once as "file:line — field — what is wrong — how to fix"; then `astro check` for types.
import { spawnSync } from 'node:child_process';
import { formatProblem } from '../src/lib/content/problems.ts';
import { checkContent } from '../src/lib/content/check.ts';

const started = performance.now();
const problems = await checkContent();
for (const p of problems) console.error(formatProblem(p));
console.log(`content: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${Math.round(performance.now() - started)} ms)`);
if (problems.length) process.exit(1);
if (!process.argv.includes('--content-only')) {
  const types = spawnSync('node_modules/.bin/astro', ['check'], { stdio: 'inherit' });
  process.exit(types.status ?? 1);
}
