/** Every entry's id is unique in its collection: two files (or two list items) with one id would be one page. */
import { key } from '../graph.ts';
import type { Problem } from '../problems.ts';
import { fileOf, inList, type Rule } from './content.ts';

export const uniqueIds: Rule = ({ entries }) => {
  const seen = new Map<string, (typeof entries)[number]>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const other = seen.get(key(e));
    if (other) {
      const where = other.filePath === e.filePath ? 'another entry in this file has it' : `${fileOf(other)} has it too`;
      problems.push({ file: fileOf(e), entry: inList(e), message: `duplicate id "${e.id}" — ${where}; ids must be unique, rename one` });
    }
    seen.set(key(e), e);
  }
  return problems;
};
