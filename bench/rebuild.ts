// npm run bench:rebuild [-- N] — what an editor waits for: a clean build, then after each of an
// editor's changes to one source, `npm run build` again (incremental: unchanged pages, preview
// images and QR codes are copied from the last build). Figures, not pass/fail. With N, first
// writes N synthetic sources (bench/corpus.ts) and removes them at the end. The changed files are
// put back as they were. Prints a table; writes bench-out/rebuild.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { timedBuild, type BuildFigures } from './timed-build.ts';

const n = Number(process.argv[2] ?? 0);
if (!Number.isInteger(n) || n < 0) {
  console.error('usage: npm run bench:rebuild [-- N]   (N synthetic sources first; default 0)');
  process.exit(2);
}
const SYNTHETIC = 'content/sources/synthetic';
if (n > 0) {
  const corpus = spawnSync('node', ['bench/corpus.ts', String(n), '--write-only'], { stdio: 'inherit' });
  if (corpus.status !== 0) process.exit(corpus.status ?? 1);
}

// The source to edit: a synthetic one when there are (nothing points into its passages), else a real
// one at a sentence no quote or evidence rests on.
const target = n > 0 ? join(SYNTHETIC, readdirSync(SYNTHETIC).sort()[0]) : 'content/sources/tirana-regional-conference.md';
const original = readFileSync(target, 'utf8');
const ADDED = 'content/sources/bench-rebuild-release.md';
const edit = (change: (text: string) => string) => {
  const text = readFileSync(target, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the edit did not change ${target}`);
  writeFileSync(target, changed);
};
// A word of the body (a synthetic page: its last paragraph gains a sentence).
const editText = () =>
  edit((t) =>
    n > 0
      ? `${t.trimEnd()} One more sentence for the rebuild benchmark.\n`
      : t.replace('The conference was opened by', 'The conference was formally opened by'),
  );
// Written back as a JSON string (valid YAML), whatever quoting the title had.
const editTitle = () => edit((t) => t.replace(/^title: (.*)$/m, (_, title: string) => `title: ${JSON.stringify(`${parse(title)} (edited)`)}`));
const add = () =>
  writeFileSync(
    ADDED,
    `---\ntitle: A release added by the rebuild benchmark\ndescription: "A release added by npm run bench:rebuild."\nkind: news release\nlanguage: en\npublisher: interpol\ndate: 2025-03-04\ndatePrecision: day\ndateBasis: Written for a benchmark.\nseed: bench.txt\ncleanup: { restoredBreaks: 0, removed: [] }\n---\n\nINTERPOL spoke of terrorism and of the Vienna Declaration in Tirana.\n`,
  );

const steps: [string, () => void][] = [
  ['clean build (no cache)', () => {}],
  ['no change', () => {}],
  ['one sentence added to a source', editText],
  ['a source retitled (frontmatter)', editTitle],
  ['a source added', add],
  ['the added source removed', () => rmSync(ADDED)],
];

const rows: { step: string; figures: Omit<BuildFigures, 'log'>; pagefindSeconds: number }[] = [];
try {
  steps.forEach(([step, change], i) => {
    change();
    const { log, ...figures } = timedBuild('dist', { clean: i === 0 });
    // Pagefind has no incremental mode: every build indexes every page (its integration logs the time).
    const pagefindSeconds = Number(/\[pagefind\] indexed .* in ([\d.]+) s/.exec(log)?.[1] ?? NaN);
    rows.push({ step, figures, pagefindSeconds });
    console.log(`${step}: ${figures.wallSeconds.toFixed(1)} s, ${figures.rendered} rendered, ${figures.copied} copied, ${figures.peakMiB.toFixed(0)} MiB`);
  });
} finally {
  writeFileSync(target, original);
  rmSync(ADDED, { force: true });
  if (n > 0) rmSync(SYNTHETIC, { recursive: true, force: true });
}

const clean = rows[0].figures.wallSeconds;
const lines = [
  `Rebuilds at +${n} synthetic sources (${rows[0].figures.pages} pages); the edited source: ${target}`,
  '',
  '| step | wall | × clean | rendered | copied | of which Pagefind | peak RSS |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    ({ step, figures: f, pagefindSeconds }) =>
      `| ${step} | ${f.wallSeconds.toFixed(1)} s | ${(f.wallSeconds / clean).toFixed(2)} | ${f.rendered} | ${f.copied} | ${pagefindSeconds.toFixed(1)} s | ${f.peakMiB.toFixed(0)} MiB |`,
  ),
];
console.log(`\n${lines.join('\n')}`);
if (!existsSync('bench-out')) mkdirSync('bench-out');
writeFileSync('bench-out/rebuild.json', `${JSON.stringify({ date: new Date().toISOString(), n, rows }, null, 2)}\n`);
