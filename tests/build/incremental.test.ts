/**
 * An incremental build (Astro's experimental.incrementalBuild with the page keys of
 * src/lib/site/page-keys.ts, and the cached preview images and QR codes) gives the same bytes as a
 * clean build of the same content. In a copy of the project, after a clean build, each change an
 * editor makes is followed by an incremental build, compared file by file with a clean build of
 * the same files (its own output folder and caches) — and the incremental build must have copied
 * pages, not rendered them all again. Then a build stopped half way: the next one starts clean.
 * First, the copy's clean build is dist/ byte for byte: builds are reproducible, wherever they run.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differingFiles, fileDigests } from '../../scripts/lib/built-site.ts';
import { buildCopy, copyProject } from '../setup/project-copy.ts';
import { buildEnv } from '../setup/env.ts';
import { copiedPages } from '../../bench/timed-build.ts';

const ADDED = 'content/sources/incremental-test-release.md';
const added = (title: string) => `---
title: "${title}"
description: "A release added by the incremental-build test."
kind: news release
language: en
publisher: interpol
date: 2025-03-04
datePrecision: day
dateBasis: Written for a test.
seed: test.txt
people: [ taulant-balla ]
cleanup: { restoredBreaks: 0, removed: [] }
---

Taulant Balla spoke of terrorism and of the Vienna Declaration in Tirana.

A second paragraph of the test release.
`;

let dir: string;
beforeAll(() => {
  dir = copyProject();
  const first = buildCopy(dir);
  expect(first.status, first.output).toBe(0);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Edit a file of the copy (the edit must change it). */
function edit(file: string, change: (text: string) => string) {
  const before = readFileSync(join(dir, file), 'utf8');
  const after = change(before);
  expect(after, `the edit must change ${file}`).not.toBe(before);
  writeFileSync(join(dir, file), after);
}

/** Build incrementally, then clean into dist-clean/ with fresh caches; the files that differ, and what the incremental build copied. */
function buildBoth() {
  const incremental = buildCopy(dir);
  expect(incremental.status, incremental.output).toBe(0);
  rmSync(join(dir, 'dist-clean'), { recursive: true, force: true });
  rmSync(join(dir, '.cache-clean'), { recursive: true, force: true });
  const clean = buildCopy(dir, { OUT_DIR: 'dist-clean', ASTRO_CACHE_DIR: join(dir, '.cache-clean') });
  expect(clean.status, clean.output).toBe(0);
  expect(copiedPages(clean.output), 'the clean build renders every page').toBe(0);
  return { differing: differingFiles(join(dir, 'dist'), join(dir, 'dist-clean')), output: incremental.output };
}

describe('reproducible builds', () => {
  // The copy's first build: clean, in another folder, with caches of its own. (Paths of the machine never reach the output.)
  it('give dist/ byte for byte from a clean build of the same commit in another folder', () => {
    expect(fileDigests('dist').size).toBeGreaterThan(100);
    expect(differingFiles('dist', join(dir, 'dist'))).toEqual([]);
  });
});

describe('incremental builds', () => {
  // Each state is one incremental build checked against one clean build. Changes whose pages do not
  // overlap share a state — a sentence of the Tirana text; a name that links in the Vindobona text and the
  // Vienna event; a retitled source, on the pages that link to it (measured: the three change no page in
  // common, only the files every build makes anew: the search index, /data/graph.json) — so a change whose
  // pages were not re-rendered still differs from the clean build.
  const states: [string, () => void][] = [
    [
      'a sentence of a source text edited, a name added to a person (linked in texts that did not change), and a source retitled (shown on every page that links to it)',
      () => {
        edit('content/sources/tirana-regional-conference.md', (t) => t.replace('The conference was opened by', 'The conference was formally opened by'));
        edit('content/people/franz-ruf.yaml', (t) => t.replace('aliases: []', 'aliases: [Director General of Public Security]'));
        edit('content/sources/interpol-unodc-agreement.md', (t) => t.replace(/^title: (.*)$/m, 'title: $1 (retitled)'));
      },
    ],
    ['a source added that names a person, a topic and the Declaration', () => writeFileSync(join(dir, ADDED), added('Incremental test release'))],
    [
      'the added source renamed (a new address; the old one gone)',
      () => renameSync(join(dir, ADDED), join(dir, ADDED.replace('test-release', 'renamed-release'))),
    ],
    ['the renamed source removed', () => rmSync(join(dir, ADDED.replace('test-release', 'renamed-release')))],
  ];
  for (const [what, change] of states) {
    it(`gives the clean build's bytes after ${what}`, () => {
      change();
      const { differing, output } = buildBoth();
      expect(differing).toEqual([]);
      expect(copiedPages(output), 'the incremental build copies unchanged pages').toBeGreaterThan(50);
    }, 180_000);
  }

  it('starts from nothing after a build that was stopped half way', async () => {
    // No change since the last state: dist-clean/ is still the clean build of these files.
    // Stopped once it has written pages (its copies of them among them).
    const child = spawn(resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, env: buildEnv({ ASTRO_CACHE_DIR: join(dir, '.cache') }) });
    await new Promise<void>((done) => {
      child.stdout.on('data', (d: Buffer) => {
        if (/index\.html/.test(String(d))) child.kill('SIGKILL');
      });
      child.on('close', () => done());
    });
    expect(existsSync(join(dir, '.cache/build-unfinished')), 'the stopped build left its mark').toBe(true);
    const next = buildCopy(dir);
    expect(next.status, next.output).toBe(0);
    expect(next.output).toContain('the last build did not finish');
    expect(copiedPages(next.output)).toBe(0);
    expect(differingFiles(join(dir, 'dist'), join(dir, 'dist-clean'))).toEqual([]);
  }, 180_000);
});
