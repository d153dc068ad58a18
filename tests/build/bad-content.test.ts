/**
 * Bad content must stop the build with a message naming the file and the field. Each case
 * copies the project to a temporary folder, breaks one thing, and runs the real build.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../setup/env.ts';

type Edit = [file: string, edit: (text: string) => string];

/** Copy the project, apply the edits, build; optionally run the URL-contract check after. */
function buildWith(edits: Edit[], { urlCheck = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'vd-bad-'));
  try {
    for (const p of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(p, join(dir, p), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    for (const [file, edit] of edits) {
      const target = join(dir, file);
      const before = readFileSync(target, 'utf8');
      const after = edit(before);
      expect(after, `the edit must change ${file}`).not.toBe(before);
      writeFileSync(target, after);
    }
    const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', env: buildEnv({ ASTRO_CACHE_DIR: join(dir, '.cache') }) });
    const result = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    if (urlCheck && run.status === 0) {
      const check = spawnSync(resolve('node_modules/.bin/node'), ['scripts/urls.ts', '--check'], { cwd: dir, encoding: 'utf8', env: buildEnv() });
      return { status: check.status, output: `${check.stdout}\n${check.stderr}` };
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('bad content stops the build', () => {
  it('a reference to an entry that does not exist', () => {
    const { status, output } = buildWith([['content/actions/greater-cooperation.mdx', (t) => t.replace('sources: [vienna-declaration,', 'sources: [viena-declaration,')]]);
    expect(status).not.toBe(0);
    expect(output).toContain('content/actions/greater-cooperation.mdx:7 — sources[0] — no source "viena-declaration" — did you mean "vienna-declaration"?');
  });

  it('an evidence passage that is not on its source page', () => {
    const { status, output } = buildWith([['content/evidence.yaml', (t) => t.replace('passage: we-also-know-we-can-only-797c', 'passage: we-also-know-we-can-only-0000')]]);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/evidence\.yaml:\d+ — entry "tirana-work-globally", passage — "we-also-know-we-can-only-0000" is not a passage of content\/sources\/tirana-regional-conference\.md — did you mean "we-also-know-we-can-only-797c"\?/);
  });

  it('an empty title (schema validation)', () => {
    const { status, output } = buildWith([['content/events/tirana-2024.mdx', (t) => t.replace(/^title: .*$/m, 'title: ""')]]);
    expect(status).not.toBe(0);
    expect(output).toContain('events → tirana-2024 data does not match collection schema');
    expect(output).toContain('title: must not be empty');
    expect(output).toMatch(/content\/events\/tirana-2024\.mdx/);
  });

  it('two passages with the same text on one page (duplicate anchor)', () => {
    const { status, output } = buildWith([['content/events/tirana-2024.mdx', (t) => `${t}\nThe same paragraph twice.\n\nThe same paragraph twice.\n`]]);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/events\/tirana-2024\.mdx — body — duplicate passage anchor "#the-same-paragraph-twice-[0-9a-f]{4}"/);
  });
});

describe('the URL contract guards published links', () => {
  const rename: Edit = ['content/quotes.yaml', (t) => t.replace('- id: fedotov-global-partnerships', '- id: fedotov-partnerships')];

  it('fails when a published page is renamed without a redirect', () => {
    const { status, output } = buildWith([rename], { urlCheck: true });
    expect(status).not.toBe(0);
    expect(output).toContain('/quotes/fedotov-global-partnerships/: published page is gone — add a redirect for it in content/redirects.yaml');
  });

  it('passes once the old address redirects to the new one', () => {
    const redirect: Edit = ['content/redirects.yaml', () => '/quotes/fedotov-global-partnerships/: /quotes/fedotov-partnerships/\n'];
    const { status, output } = buildWith([rename, redirect], { urlCheck: true });
    expect(output).not.toContain('published page is gone');
    expect(status).toBe(0);
  });
});
