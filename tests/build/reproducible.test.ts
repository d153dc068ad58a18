/**
 * Two clean builds of the same commit give byte-identical output: dist-repro/, a second
 * clean build (tests/setup/site.ts), is compared file by file with dist/.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = 'dist-repro';
function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('reproducible builds', () => {
  it('produces byte-identical files from two clean builds', () => {
    const [a, b] = [digests('dist'), digests(OUT)];
    expect(a.size).toBeGreaterThan(100);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file)).toEqual([]);
  });
});
