/**
 * Builds a copy of the project with some files changed or added, for tests of content the real
 * site does not have (bad input, more sources). The copy shares node_modules and has its own
 * caches; it is deleted afterwards, so anything to check in its output goes in `inspect`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';
import { buildCopy, copyProject } from './project-copy.ts';
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
  const dir = copyProject();
  try {
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
    const result = buildCopy(dir);
    if (result.status !== 0) return result;
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
