/**
 * The class names the pages are marked with and the browser scripts find those marks by, in one
 * place: a name changed on one side and not the other would break a script without a sound.
 * (Styles name them too: src/styles/.) Plain strings, so that a bundle that imports them holds
 * only the strings it uses — no chunk of their own.
 */

/** An element the passage marks made a passage (passage-marks.ts). */
export const PASSAGE = 'passage';
/** A passage's or a heading's "#" link to itself. */
export const PASSAGE_LINK = 'passage-link';
/** A quote's link to its own page, copied like a passage link. */
export const PERMALINK = 'permalink';
/** The "cite" link the source pages' script adds beside a passage's "#". */
export const PASSAGE_CITE = 'passage-cite';
/** The panel of citations, snippets and links of a source or a quote. */
export const CITE_PANEL = 'cite-panel';
/** A passage on a source's cite page, with its copy buttons. */
export const CITE_PASSAGE = 'cite-passage';
/** The links from a passage to the actions and quotes it is evidence for. */
export const EVIDENCE_LINKS = 'evidence-links';
/** The "Link to this text" button offered for selected words. */
export const TEXT_LINK = 'text-link';
