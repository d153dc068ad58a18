/** A source's declared language is the language its text is written in (as far as detection can tell). */
import { detectLanguage } from '../detect-language.ts';
import { LANGUAGES } from '../language.ts';
import { fileOf, textOf, type Rule } from './content.ts';

export const declaredLanguage: Rule = ({ byKey }) =>
  [...byKey.values()].flatMap((e) => {
    if (e.collection !== 'sources' || !e.passages?.length) return [];
    const found = detectLanguage(textOf(e.passages));
    if (!found || found === e.data.language) return [];
    const [said, reads] = [LANGUAGES[e.data.language].name, LANGUAGES[found].name];
    return [
      {
        file: fileOf(e),
        field: 'language',
        message: `"${e.data.language}" (${said}), but the text reads as ${reads} — write language: ${found}, or check that the file holds the right text`,
      },
    ];
  });
