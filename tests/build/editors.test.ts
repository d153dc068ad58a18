/**
 * Bad input never ships: a real build with bad content writes nothing, and the importer refuses
 * bad files and writes nothing. (The check's message for each kind of mistake: tests/unit/content-check.test.ts.)
 */
import { change, FIXTURE_CONTENT, SOURCE } from '../setup/fixture-content.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnv } from '../setup/env.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the project whose content is the check's fixture (tests/fixtures/content): the lines below are the tests' own. */
function fixtureProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'vd-build-'));
  dirs.push(root);
  for (const p of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(p, join(root, p), { recursive: true });
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  return root;
}

function build(root: string, env: Record<string, string> = {}) {
  const run = spawnSync(resolve('node_modules/.bin/astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv({ ASTRO_CACHE_DIR: join(root, '.cache'), ...env }),
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('a build with bad content writes nothing', () => {
  it('stops before dist/ is created, listing the problems', () => {
    const root = fixtureProject();
    change(root, SOURCE, /^date: .*$/m, 'date: 2024-02-30');
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    expect(output).toContain(`The content has 1 problem; nothing was built:\n  ${SOURCE}:7 — date — "2024-02-30" is not a real date`);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('a problem found only while a page renders (in a worker thread) stops the build with its file and field, and leaves no dist/', () => {
    const root = fixtureProject();
    // What no content rule sees before rendering: here, a page that finds a problem in its entry.
    change(
      root,
      'src/pages/events/[id].astro',
      'const { Content } = await render(entry);',
      `const { Content } = await render(entry);
if (entry.id === 'tirana-2024') throw new (await import('../../lib/content/problems.ts')).ContentError([{ file: 'content/events/tirana-2024.mdx', line: 2, field: 'title', message: 'found while rendering' }]);`,
    );
    // Rendered in a worker thread (parallel prerendering), as a site on more cores may set it: the error crosses back whole.
    const { status, output } = build(root, { PRERENDER_WORKERS: '1' });
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/events/tirana-2024.mdx:2 — title — found while rendering');
    expect(existsSync(join(root, 'dist')), 'a failed build leaves no half-written site').toBe(false);
  });
});

describe('npm run import refuses bad files and writes nothing', () => {
  /** Run the importer in a copy of the project; the new files it left behind. */
  function importIn(prepare: (root: string) => string) {
    const root = mkdtempSync(join(tmpdir(), 'vd-import-'));
    dirs.push(root);
    for (const p of ['src', 'content', 'scripts']) cpSync(p, join(root, p), { recursive: true });
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    const before = [...readdirSync(join(root, 'content/raw')), ...readdirSync(join(root, 'content/sources'))].sort();
    const file = prepare(root);
    const run = spawnSync(resolve('node_modules/.bin/node'), ['scripts/import.ts', file], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    const after = [...readdirSync(join(root, 'content/raw')), ...readdirSync(join(root, 'content/sources'))].sort();
    return { status: run.status, output: `${run.stdout}${run.stderr}`, written: after.filter((f) => !before.includes(f)) };
  }

  it('a release already in the site (same text, scraped differently)', () => {
    const r = importIn((root) => {
      writeFileSync(join(root, 'again.txt'), readFileSync('content/raw/004_8daefbbd14e8f4f2.txt', 'utf8').replace(/\n/g, '\n\n'));
      return 'again.txt';
    });
    expect(r.status).toBe(1);
    expect(r.output).toContain(
      'import: again.txt: this text is already in the site as content/sources/interpol-unodc-agreement.md (same words as content/raw/004_8daefbbd14e8f4f2.txt)\nNothing was written.',
    );
    expect(r.written).toEqual([]);
  });

  it('an enormous file (50 MB), without reading it into memory', () => {
    const r = importIn((root) => {
      const big = join(root, 'huge.txt');
      writeFileSync(big, '');
      spawnSync('truncate', ['-s', '50M', big]);
      return 'huge.txt';
    });
    expect(r.status).toBe(1);
    expect(r.output).toContain('import: huge.txt: 50.0 MB is far larger than any press release (limit 2 MB) — check that this is the right file');
    expect(r.written).toEqual([]);
  });

  it('a file that is not UTF-8', () => {
    const r = importIn((root) => (writeFileSync(join(root, 'latin1.txt'), Buffer.from('VIENNA, Austria \u2013 caf\xe9 cr\xe8me', 'latin1')), 'latin1.txt'));
    expect(r.status).toBe(1);
    expect(r.output).toContain('import: latin1.txt: not valid UTF-8 — save the page as UTF-8 text or HTML and import it again');
    expect(r.written).toEqual([]);
  });

  it('imports a new release, with questions for what it cannot tell', () => {
    const r = importIn(
      (root) => (
        writeFileSync(join(root, 'new.txt'), 'LYON, France – INTERPOL and UNODC discussed cybercrime.\n\nLe 3 mars 2025, Jürgen Stock spoke.\n'),
        'new.txt'
      ),
    );
    expect(r.status).toBe(0);
    expect(r.written).toEqual(['interpol-and-unodc-discussed-cybercrime.md', 'new.txt']);
    expect(r.output).toContain('suggested people: jurgen-stock');
    expect(r.output).toMatch(/5 questions to answer/);
  });
});
