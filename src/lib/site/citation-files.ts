/**
 * The citation files every source publishes beside its page (/sources/<id>/cite.<ext>): their
 * media types and names — what the cite panel offers and how the servers label them
 * (server-configs.ts) — and their bodies, from the source's record: CSL-JSON (csl-json.ts),
 * BibTeX (bibtex.ts), RIS (ris.ts).
 */
import type { BibRecord } from './bibliography.ts';
import { bibtexOf } from './bibtex.ts';
import { cslItem } from './csl-json.ts';
import { risOf } from './ris.ts';
import { pathOf } from './routes.ts';

export const CITATION_FILE_TYPES = {
  json: { type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
  bib: { type: 'application/x-bibtex', label: 'BibTeX' },
  ris: { type: 'application/x-research-info-systems', label: 'RIS' },
} as const;
export type CitationFile = keyof typeof CITATION_FILE_TYPES;

/** The citation files every source publishes beside its page, by extension: their types and bodies. */
export const CITATION_FILES = {
  json: { ...CITATION_FILE_TYPES.json, body: (r: BibRecord) => `${JSON.stringify([cslItem(r)], null, 1)}\n` },
  bib: { ...CITATION_FILE_TYPES.bib, body: bibtexOf },
  ris: { ...CITATION_FILE_TYPES.ris, body: risOf },
} as const;

/** Where a source's citation file lives: /sources/<id>/cite.<ext>. */
export const citationFilePath = (source: { collection: 'sources'; id: string }, ext: CitationFile) => `${pathOf(source)}cite.${ext}`;
