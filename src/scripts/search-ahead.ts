/**
 * What to fetch index chunks for while the debounce waits: the words already typed, and the word
 * being typed once it has four letters. A shorter prefix can span many chunks of a large index
 * (preloading every prefix made the first search heavier at scale, BENCHMARKS.md), while from
 * four letters on, the benchmark queries loaded no chunk the finished words don't need.
 */
export function preloadable(value: string): string {
  const words = value.trim().split(/\s+/);
  const typing = /\s$/.test(value) ? '' : (words.pop() ?? '');
  if (typing.length >= 4) words.push(typing);
  return words.join(' ');
}
