/**
 * The code base's own gates, as `npm run lint` runs them: Prettier's formatting, ESLint's rules
 * (typescript-eslint, eslint-plugin-astro) and knip's unused files, exports and dependencies.
 * Run here so that `npm test` (and CI) fails on any of them, with the tool's own report.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (tool: string, args: string[]) => {
  const r = spawnSync(`node_modules/.bin/${tool}`, args, { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
};

// Each tool reads the whole code base (ESLint with types): minutes on a busy machine, not seconds.
describe('the code base', { timeout: 150_000 }, () => {
  it('is formatted as Prettier formats it (npm run format fixes it)', () => {
    const r = run('prettier', ['--check', '.', '--log-level', 'warn']);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('passes ESLint', () => {
    const r = run('eslint', ['.']);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });

  it('has no unused files, exports or dependencies (knip)', () => {
    const r = run('knip', ['--no-progress']);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  });
});
