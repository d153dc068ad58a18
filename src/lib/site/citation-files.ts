/**
 * The citation files every source publishes beside its page (/sources/<id>/cite.<ext>): their
 * media types and names — what the cite panel offers and how the servers label them
 * (server-configs.ts). Their bodies are citations.ts's.
 */
export const CITATION_FILE_TYPES = {
  json: { type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON' },
  bib: { type: 'application/x-bibtex', label: 'BibTeX' },
  ris: { type: 'application/x-research-info-systems', label: 'RIS' },
} as const;
export type CitationFile = keyof typeof CITATION_FILE_TYPES;
