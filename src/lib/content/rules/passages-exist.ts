/** Every passage an evidence record, quote, timeline entry or figure points at is a passage of its source. */
import { key, passagePointer } from '../graph.ts';
import type { Problem } from '../problems.ts';
import { suggest } from '../suggest.ts';
import { fileOf, type Rule } from './content.ts';

export const passagesExist: Rule = ({ byKey }) => {
  const problems: Problem[] = [];
  for (const e of byKey.values()) {
    const pointer = passagePointer(e);
    const source = pointer && byKey.get(key(pointer.source));
    if (!pointer || source?.collection !== 'sources') continue; // a missing source is a reference that does not resolve
    const passages = source.passages ?? [];
    pointer.ids.forEach((id, i) => {
      if (passages.some((p) => p.id === id)) return;
      const hint = suggest(
        id,
        passages.map((p) => p.id),
      );
      problems.push({
        file: fileOf(e),
        entry: e.id,
        field: pointer.field === 'passages' ? `passages[${i}]` : pointer.field,
        message: `"${id}" is not a passage of ${fileOf(source)}` + (hint ? ` — did you mean "${hint}"?` : ' — the text may have changed; take the id from the page'),
      });
    });
  }
  return problems;
};
