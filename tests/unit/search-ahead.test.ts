import { describe, expect, it } from 'vitest';
import { preloadable } from '../../src/scripts/search-ahead.ts';

describe('what search fetches ahead while the reader types', () => {
  it('takes the finished words, and the word being typed from its fourth letter', () => {
    expect(preloadable('Ope')).toBe('');
    expect(preloadable('Oper')).toBe('Oper');
    expect(preloadable('Operation ')).toBe('Operation');
    expect(preloadable('Operation F')).toBe('Operation');
    expect(preloadable('Operation Folo')).toBe('Operation Folo');
    expect(preloadable('4.2 bi')).toBe('4.2');
  });

  it('fetches nothing for an empty or blank box', () => {
    expect(preloadable('')).toBe('');
    expect(preloadable('   ')).toBe('');
  });
});
