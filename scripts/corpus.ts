// npm run bench:corpus -- N — write N synthetic source pages into content/synthetic/
// (git-ignored; N = 0 removes them), valid under the real schema so they go through the whole
// pipeline (content check, graph, anchors, mentions, search metadata), then measure the build
// and search at that size (npm run bench -- --corpus). With --write-only, just write the pages.
//
// Deterministic: page i comes from a PRNG seeded by i alone, built from the seed texts' own
// sentences (cleaned as the site cleans them), so page 17 is the same in every corpus size.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { blockText, cleanPressText, escapeMarkdown } from '../src/lib/cleanup.ts';

const DIR = 'content/synthetic';
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

const sentences = [
  ...new Set(
    readdirSync('content/raw')
      .sort()
      .flatMap((f) => cleanPressText(readFileSync(join('content/raw', f), 'utf8')).blocks.map(blockText))
      .flatMap((b) => b.split(/(?<=[.!?][”’]?)\s+(?=[“A-Z])/))
      .filter((s) => s.split(' ').length >= 6 && !/\p{Script=Arabic}/u.test(s)),
  ),
];

/** mulberry32: a small, well-known seeded PRNG. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

mkdirSync(DIR, { recursive: true });
for (let i = 1; i <= n; i++) {
  const rand = prng(i * 7919);
  const pool = [...sentences];
  const take = () => pool.splice(Math.floor(rand() * pool.length), 1)[0];
  const id = `synthetic-${String(i).padStart(5, '0')}`;
  const date = new Date(Date.UTC(2016 + Math.floor(rand() * 9), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28))).toISOString().slice(0, 10);
  const sections = [1, 2, 3].map((k) => {
    const paragraphs = Array.from({ length: 3 }, () => Array.from({ length: 2 }, take).join(' '));
    return `## Part ${k}: ${take().split(' ').slice(0, 5).join(' ').replace(/[^\p{L}\p{N} ]/gu, '')}\n\n${paragraphs.map(escapeMarkdown).join('\n\n')}`;
  });
  const title = `Synthetic release ${i}: ${take().split(' ').slice(0, 8).join(' ').replace(/[^\p{L}\p{N} ’-]/gu, '')}`;
  writeFileSync(
    join(DIR, `${id}.md`),
    `---
title: ${JSON.stringify(title)}
description: "A generated page for benchmarks, made from sentences of the seed texts (number ${i})."
kind: news release
publisher: interpol
date: ${date}
datePrecision: day
dateBasis: Generated for benchmarks.
seed: synthetic.txt
cleanup: { restoredBreaks: 0, removed: [] }
---

${sections.join('\n\n')}
`,
  );
}
console.log(`wrote ${n} synthetic pages to ${DIR}/`);
if (!process.argv.includes('--write-only')) {
  const bench = spawnSync('node', ['scripts/bench.ts', '--corpus'], { stdio: 'inherit' });
  process.exit(bench.status ?? 1);
}
