/** A throwaway copy of the project to change and build: for bad-input builds and the multilingual site. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildEnv } from './env.ts';

/** A copy of the project (sharing node_modules) in a new temporary folder; the caller deletes it. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vd-copy-'));
  for (const p of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(p, join(dir, p), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  // Benchmark pages in the working copy are not part of any test.
  rmSync(join(dir, 'content/sources/synthetic'), { recursive: true, force: true });
  return dir;
}

/** Build the copy in `dir` (its own caches, unless `env` names others); the build's exit status and output. */
export function buildCopy(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: buildEnv({ ASTRO_CACHE_DIR: join(dir, '.cache'), ...env }),
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** The same build, without blocking: for builds that run beside others (tests/setup/site.ts). */
export function buildCopyAside(dir: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
  const child = spawn(resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, env: buildEnv({ ASTRO_CACHE_DIR: join(dir, '.cache'), ...env }) });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += String(d)));
  child.stderr.on('data', (d: Buffer) => (output += String(d)));
  return new Promise((done) => child.on('close', (status) => done({ status, output })));
}
