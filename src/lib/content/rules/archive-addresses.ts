/** No source takes an address the archive uses: /sources/2024/ is the sources of 2024, /sources/undated/ those with no date. */
import { fileOf, type Rule } from './content.ts';

export const archiveAddresses: Rule = ({ byKey }) =>
  [...byKey.values()]
    .filter((e) => e.collection === 'sources' && /^(\d{4}|undated)$/.test(e.id))
    .map((e) => ({
      file: fileOf(e),
      message: `the address /sources/${e.id}/ belongs to the archive (the sources by year) — rename the file, e.g. to a few words of the title`,
    }));
