/** A figure appears in the passage it rests on exactly as the source writes it. */
import { key } from '../graph.ts';
import type { Problem } from '../problems.ts';
import { fileOf, type Rule } from './content.ts';

export const figuresAsWritten: Rule = ({ byKey }) => {
  const problems: Problem[] = [];
  for (const e of byKey.values()) {
    if (e.collection !== 'figures') continue;
    const source = byKey.get(key(e.data.source));
    const passage = source?.passages?.find((p) => p.id === e.data.passage);
    if (!passage || passage.text.includes(e.data.figure)) continue; // a missing passage is passages-exist's
    problems.push({
      file: fileOf(e),
      entry: e.id,
      field: 'figure',
      message: `"${e.data.figure}" does not appear in passage "${passage.id}" — quote the figure exactly as the source writes it`,
    });
  }
  return problems;
};
