/**
 * THE content rules, one a file, each a function of the content that returns its problems
 * (file, field, what is wrong, how to fix). The content check runs them all once
 * (src/lib/content/check.ts: `npm run check`, and every build before a page is rendered);
 * the content graph (graph.ts) is only an index and assumes they passed.
 */
import type { Problem } from '../problems.ts';
import { archiveAddresses } from './archive-addresses.ts';
import { bodyHasText } from './body-has-text.ts';
import { contentOf, type Content, type Rule } from './content.ts';
import { declaredLanguage } from './declared-language.ts';
import { figuresAsWritten } from './figures-as-written.ts';
import { noRawCode } from './no-raw-code.ts';
import { oneTextOneSource } from './one-text-one-source.ts';
import { passagesExist } from './passages-exist.ts';
import { referencesResolve } from './references-resolve.ts';
import { textIsUtf8 } from './text-is-utf8.ts';
import { translations } from './translations.ts';
import { uniqueIds } from './unique-ids.ts';
import { uniquePassages } from './unique-passages.ts';

/** Every rule, by the name of its file. */
export const RULES: Record<string, Rule> = {
  'unique-ids': uniqueIds,
  'text-is-utf8': textIsUtf8,
  'unique-passages': uniquePassages,
  'body-has-text': bodyHasText,
  'no-raw-code': noRawCode,
  'one-text-one-source': oneTextOneSource,
  'declared-language': declaredLanguage,
  translations,
  'archive-addresses': archiveAddresses,
  'references-resolve': referencesResolve,
  'passages-exist': passagesExist,
  'figures-as-written': figuresAsWritten,
};

/** Every problem every rule finds in the content. */
export const problemsIn = (content: Content): Problem[] => Object.values(RULES).flatMap((rule) => rule(content));

export { contentOf, type Content };
