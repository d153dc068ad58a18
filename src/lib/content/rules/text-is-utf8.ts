/** Every file is UTF-8: bytes that are not text (decoded as U+FFFD) are reported in the field they are in. */
import type { Problem } from '../problems.ts';
import { fileOf, inList, type Rule } from './content.ts';

/** Every string in an entry's data, with its field path. */
function stringsIn(data: unknown, path = ''): [string, string][] {
  if (typeof data === 'string') return [[path, data]];
  if (Array.isArray(data)) return data.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => stringsIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}

export const textIsUtf8: Rule = ({ byKey }) => {
  const problems: Problem[] = [];
  for (const e of byKey.values()) {
    const undecoded = e.body?.includes('\uFFFD') ? 'body' : stringsIn(e.data).find(([, text]) => text.includes('\uFFFD'))?.[0];
    if (undecoded === undefined) continue;
    problems.push({ file: fileOf(e), entry: inList(e), field: undecoded || undefined, message: 'the file is not valid UTF-8 (it has bytes that are not text) — save it as UTF-8' });
  }
  return problems;
};
