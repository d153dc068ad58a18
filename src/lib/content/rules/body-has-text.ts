/** A page with a body has text in it. */
import { fileOf, type Rule } from './content.ts';

export const bodyHasText: Rule = ({ byKey }) =>
  [...byKey.values()]
    .filter((e) => e.body !== undefined && e.body.trim() === '')
    .map((e) => ({ file: fileOf(e), field: 'body', message: 'the page has no text — write the body below the frontmatter' }));
