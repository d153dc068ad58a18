/**
 * Bad content must stop the build with a message naming the file and the field. Each case
 * copies the project to a temporary folder, breaks one thing, and runs the real build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function buildWith(file: string, edit: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'vd-bad-'));
  try {
    for (const p of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(p, join(dir, p), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    const target = join(dir, file);
    const before = readFileSync(target, 'utf8');
    const after = edit(before);
    expect(after, 'the edit must change the file').not.toBe(before);
    writeFileSync(target, after);
    const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bad content stops the build', () => {
  it('a reference to an entry that does not exist', () => {
    const { status, output } = buildWith('content/actions/greater-cooperation.mdx', (t) => t.replace('sources: [vienna-declaration,', 'sources: [viena-declaration,'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/actions/greater-cooperation.mdx: field "sources[0]": no source "viena-declaration" — did you mean "vienna-declaration"?');
  });

  it('an evidence passage that is not on its source page', () => {
    const { status, output } = buildWith('content/evidence.yaml', (t) => t.replace('passage: we-also-know-we-can-only-797c', 'passage: we-also-know-we-can-only-0000'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/evidence.yaml: entry "tirana-work-globally", field "passage": "we-also-know-we-can-only-0000" is not a passage of content/sources/tirana-regional-conference.mdx — did you mean "we-also-know-we-can-only-797c"?');
  });

  it('an empty title (schema validation)', () => {
    const { status, output } = buildWith('content/events/tirana-2024.mdx', (t) => t.replace(/^title: .*$/m, 'title: ""'));
    expect(status).not.toBe(0);
    expect(output).toContain('events → tirana-2024 data does not match collection schema');
    expect(output).toContain('title: must not be empty');
    expect(output).toMatch(/content\/events\/tirana-2024\.mdx/);
  });
});
