/** No two passages of one page share an anchor: each passage link lands on one passage. */
import { duplicatePassages } from '../passages.ts';
import { fileOf, type Rule } from './content.ts';

export const uniquePassages: Rule = ({ byKey }) => [...byKey.values()].flatMap((e) => (e.passages ? duplicatePassages(fileOf(e), e.passages) : []));
