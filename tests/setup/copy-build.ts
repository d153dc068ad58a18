/**
 * Builds a copy of the project with some files changed or added, for tests of content the real
 * site does not have (bad input, more sources). The copy shares node_modules and has its own
 * caches; it is deleted afterwards, so anything to check in its output goes in `inspect`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';
import { buildEnv } from './env.ts';

export type Edit = [file: string, edit: (text: string) => string];

export interface CopyBuild {
  /** Edits of existing files: each must change its file. */
  edits?: Edit[];
  /** New files, by path under the project. */
  files?: Record<string, string>;
  /** After a successful build, run the URL-contract check and report it instead. */
  urlCheck?: boolean;
  /** After a successful build: look at its output (the copy's dist/ folder). */
  inspect?: (dist: string) => void;
}

export function buildWith({ edits = [], files = {}, urlCheck = false, inspect }: CopyBuild): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vd-copy-'));
  try {
    for (const p of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(p, join(dir, p), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    // Benchmark pages in the working copy are not part of any test.
    rmSync(join(dir, 'content/sources/synthetic'), { recursive: true, force: true });
    for (const [file, edit] of edits) {
      const target = join(dir, file);
      const before = readFileSync(target, 'utf8');
      const after = edit(before);
      expect(after, `the edit must change ${file}`).not.toBe(before);
      writeFileSync(target, after);
    }
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: buildEnv({ ASTRO_CACHE_DIR: join(dir, '.cache') }),
    });
    const result = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    if (run.status !== 0) return result;
    inspect?.(join(dir, 'dist'));
    if (urlCheck) {
      const check = spawnSync(resolve('node_modules/.bin/node'), ['scripts/urls.ts', '--check'], { cwd: dir, encoding: 'utf8', env: buildEnv() });
      return { status: check.status, output: `${check.stdout}\n${check.stderr}` };
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
