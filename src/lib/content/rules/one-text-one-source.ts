/**
 * One release is one source: two sources with the same text (as textFingerprint reads it, whatever
 * the layout, punctuation or repeats) are one release imported twice. A translation has other words.
 */
import { textFingerprint } from '../passages.ts';
import type { Problem } from '../problems.ts';
import { fileOf, textOf, type Rule } from './content.ts';
import type { GraphEntry } from '../graph.ts';

export const oneTextOneSource: Rule = ({ byKey }) => {
  const seen = new Map<string, GraphEntry>();
  const problems: Problem[] = [];
  for (const e of byKey.values()) {
    if (e.collection !== 'sources' || !e.passages?.length) continue;
    const print = textFingerprint(textOf(e.passages));
    const first = seen.get(print);
    if (!first) seen.set(print, e);
    else
      problems.push({
        file: fileOf(e),
        field: 'body',
        message: `the same text as ${fileOf(first)} — one release is one source: keep one of the two files (and redirect the other's address if it was published)`,
      });
  }
  return problems;
};
