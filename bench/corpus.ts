// npm run bench:corpus -- N — write N synthetic source pages into content/sources/synthetic/
// (git-ignored; N = 0 removes them), valid under the real schema so they go through the whole
// pipeline (content check, graph, anchors, mentions, search metadata), then measure the build
// and search at that size (npm run bench -- --corpus). With --write-only, just write the pages.
//
// Deterministic: page i comes from PRNGs seeded by i alone, so page 17 is the same in every
// corpus size and in every run.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DIR = 'content/sources/synthetic';
const n = Number(process.argv[2]);
if (!Number.isInteger(n) || n < 0) {
  console.error('usage: npm run bench:corpus -- N   (N synthetic pages; 0 removes them)');
  process.exit(2);
}
rmSync(DIR, { recursive: true, force: true });
if (n === 0) {
  console.log(`removed ${DIR}/`);
  process.exit(0);
}

// The page text comes from the benchmark's own generator (bench/gen-corpus.mjs, a verbatim copy of
// ../shared/bench/gen-corpus.mjs), so the side-by-side comparison indexes and renders the same words as
// the peer's synthetic pages (≈ 650 words each); only the frontmatter is ours, as the schema requires.
const tmp = mkdtempSync(join(tmpdir(), 'corpus-'));
const gen = spawnSync('node', ['bench/gen-corpus.mjs', String(n), tmp, '--seeds', 'content/raw'], { stdio: ['ignore', 'inherit', 'inherit'] });
if (gen.status !== 0) process.exit(gen.status ?? 1);

/** mulberry32: a small, well-known seeded PRNG (here only for each page's date). */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

mkdirSync(DIR, { recursive: true });
for (const file of readdirSync(tmp).sort()) {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(tmp, file), 'utf8'))!;
  const title = /^title: (.*)$/m.exec(front)![1];
  const i = Number(/(\d+)\.mdx$/.exec(file)![1]);
  const rand = prng(i * 7919);
  const date = new Date(Date.UTC(2016 + Math.floor(rand() * 9), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))).toISOString().slice(0, 10);
  // gen-corpus escapes MDX's { } < > with a backslash, which CommonMark reads as the character itself.
  writeFileSync(
    join(DIR, file.replace(/\.mdx$/, '.md')),
    `---
title: ${title}
description: "A generated page for benchmarks, made from the seed texts' words (number ${i})."
kind: news release
language: en
publisher: interpol
date: ${date}
datePrecision: day
dateBasis: Generated for benchmarks.
seed: synthetic.txt
cleanup: { restoredBreaks: 0, removed: [] }
---
${body}`,
  );
}
rmSync(tmp, { recursive: true, force: true });
console.log(`wrote ${n} synthetic pages to ${DIR}/`);
if (!process.argv.includes('--write-only')) {
  const bench = spawnSync('node', ['bench/bench.ts', '--corpus'], { stdio: 'inherit' });
  process.exit(bench.status ?? 1);
}
