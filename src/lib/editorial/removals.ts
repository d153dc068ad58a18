/**
 * What the cleanup removed, in words: the summary a source's frontmatter keeps (English, written by
 * the seeds and the import) and the same in the words of a page in another language — one set of
 * words, the dictionary's (src/lib/site/words.ts).
 */
import type { Removal } from './cleanup.ts';
import { SITE_LANGUAGE } from '../../schemas/languages.ts';
import { wordsFor, type Words } from '../site/words.ts';

/** A one-line summary of a removal in a language's words (the provenance block of a page in it). */
export function removalIn(w: Words, r: Pick<Removal, 'kind' | 'count' | 'text'>): string {
  const text = r.kind === 'repeated-paragraph' && r.text.length > 90 ? `${r.text.slice(0, 90)}…` : r.text;
  return w.n(`removal.${r.kind}`, r.count, { text });
}

/** A one-line, human summary of a removal, for the provenance block: the English the source's frontmatter keeps. */
export const describeRemoval = (r: Removal): string => removalIn(wordsFor(SITE_LANGUAGE), r);
