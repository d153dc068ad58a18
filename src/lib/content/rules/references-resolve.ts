/** Every reference names an entry that exists — else the nearest id that does, or the file to add. */
import { COLLECTIONS } from '../../../schemas/collections.ts';
import { key, referencesIn } from '../graph.ts';
import type { Problem } from '../problems.ts';
import { suggest } from '../suggest.ts';
import { fileOf, inList, type Rule } from './content.ts';

export const referencesResolve: Rule = ({ byKey, known }) => {
  const exists = new Set([...byKey.keys(), ...known.map(key)]);
  const problems: Problem[] = [];
  for (const from of byKey.values()) {
    for (const { field, ref } of referencesIn(from.data)) {
      if (exists.has(key(ref))) continue;
      const ids = [...exists].filter((k) => k.startsWith(`${ref.collection}/`)).map((k) => k.slice(ref.collection.length + 1));
      const hint = suggest(ref.id, ids);
      problems.push({
        file: fileOf(from),
        entry: inList(from),
        field,
        message: `no ${COLLECTIONS[ref.collection].noun} "${ref.id}"` + (hint ? ` — did you mean "${hint}"?` : ` — add content/${ref.collection}/${ref.id} or fix the reference`),
      });
    }
  }
  return problems;
};
