/**
 * Two clean builds of the same commit give byte-identical output: dist-repro/, a second
 * clean build (tests/setup/site.ts), is compared file by file with dist/.
 */
import { describe, expect, it } from 'vitest';
import { differingFiles, fileDigests } from '../../scripts/lib/built-site.ts';

describe('reproducible builds', () => {
  it('produces byte-identical files from two clean builds', () => {
    expect(fileDigests('dist').size).toBeGreaterThan(100);
    expect(differingFiles('dist', 'dist-repro')).toEqual([]);
  });
});
