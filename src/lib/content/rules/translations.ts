/** A translation names its original (not itself, not another translation), and a release has one version per language. */
import type { EntryOf } from '../graph.ts';
import { LANGUAGES, type Language } from '../language.ts';
import type { Problem } from '../problems.ts';
import { fileOf, type Rule } from './content.ts';

export const translations: Rule = ({ byKey }) => {
  const sources = [...byKey.values()].filter((e): e is EntryOf<'sources'> => e.collection === 'sources');
  const byId = new Map(sources.map((s) => [s.id, s]));
  const problems: Problem[] = [];
  const versions = new Map<string, EntryOf<'sources'>[]>();
  const versionOf = (original: string, s: EntryOf<'sources'>) => (versions.get(original) ?? versions.set(original, []).get(original)!).push(s);
  for (const s of sources) {
    const target = s.data.translationOf;
    const file = fileOf(s);
    if (!target) {
      versionOf(s.id, s);
      continue;
    }
    const original = byId.get(target.id);
    if (target.id === s.id) problems.push({ file, field: 'translationOf', message: 'points at this source itself — name the source this text is a translation of, or remove the field' });
    else if (original?.data.translationOf)
      problems.push({
        file,
        field: 'translationOf',
        message: `"${target.id}" is itself a translation (of "${original.data.translationOf.id}") — point at the original: translationOf: ${original.data.translationOf.id}`,
      });
    else if (original) versionOf(original.id, s);
  }
  for (const group of versions.values()) {
    const seen = new Map<Language, EntryOf<'sources'>>();
    for (const s of group.sort((a, b) => Number(!!a.data.translationOf) - Number(!!b.data.translationOf))) {
      const first = seen.get(s.data.language);
      if (!first) seen.set(s.data.language, s);
      else
        problems.push({
          file: fileOf(s),
          field: 'language',
          message: `"${s.data.language}", but ${fileOf(first)} is already the ${LANGUAGES[s.data.language].name} version of this release — one version per language: correct the language, or translationOf if this is another release`,
        });
    }
  }
  return problems;
};
