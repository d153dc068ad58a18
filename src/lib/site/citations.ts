/**
 * Citations of the sources: each source as a CSL-JSON item (the data reference managers read),
 * formatted at build time by citation-js (citeproc-js underneath) with official CSL styles —
 * APA 7 (bundled with @citation-js/plugin-csl), Chicago 17 notes and bibliography and MLA 9
 * (citation-styles/, from Debian's citation-style-language-styles) — and written as BibTeX and
 * RIS by citation-js's own plugins. No format string is written here.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseName } from '@citation-js/name';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ContentGraph, EntryOf } from '../content/graph.ts';
import { SITE_NAME } from './seo.ts';
import { pathOf, publisherOf, sourceDateText } from './routes.ts';
import type { Absolute } from './seo.ts';
import { CITATION_FILE_TYPES, type CitationFile } from './citation-files.ts';
// The style files as they are, bundled with the code that reads them.
import chicagoStyle from './citation-styles/chicago-note-bibliography.csl?raw';
import mlaStyle from './citation-styles/modern-language-association.csl?raw';

/** The styles offered, in the order the panel shows them. */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA 7' },
  { id: 'chicago', label: 'Chicago 17 (notes and bibliography)' },
  { id: 'mla', label: 'MLA 9' },
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

const csl = plugins.config.get('@csl');
csl.styles.add('chicago', chicagoStyle);
csl.styles.add('mla', mlaStyle);

/** A CSL-JSON item (the fields this site fills). */
export type CslItem = {
  id: string;
  type: 'webpage' | 'document' | 'article-newspaper';
  genre?: string;
  title: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  publisher?: string;
  'container-title'?: string;
  /** Year, month and day, as far as known (absent where the date is not known). */
  issued?: { 'date-parts': number[][] };
  URL: string;
  archive?: string;
  archive_location?: string;
  language: string;
};

/** A person's name as CSL wants it: family and given names, or the whole name where it cannot be split. */
function personName(name: string): NonNullable<CslItem['author']>[number] {
  const { family, given } = parseName(name);
  return family && given ? { family, given } : { literal: name };
}

/**
 * The CSL-JSON item of a source: its authors (the people the text names, else the publisher),
 * its date at the precision known, and this site's page as its address — or, where the
 * original publication's address is recorded, that address with this site as the archive.
 */
export function cslItem(graph: ContentGraph, source: EntryOf<'sources'>, abs: Absolute): CslItem {
  const d = source.data;
  const publisher = publisherOf(graph, source);
  const date = d.date;
  const parts = date ? [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()] : [];
  const issued = { year: parts.slice(0, 1), month: parts.slice(0, 2), day: parts, unknown: [] }[d.datePrecision];
  // The authors the text names, else its publisher; with neither, none: the styles then lead with the title.
  const author = d.authors.length ? d.authors.map((p) => personName(graph.get(p).data.name)) : publisher ? [{ literal: publisher }] : [];
  const here = abs(pathOf(source));
  const kind = {
    'news release': { type: 'webpage', genre: 'Press release', publisher },
    'news article': { type: 'article-newspaper', 'container-title': publisher },
    declaration: { type: 'document', genre: 'Declaration', publisher },
  } as const;
  return {
    id: source.id,
    ...kind[d.kind],
    title: d.title,
    ...(author.length ? { author } : {}),
    ...(issued.length ? { issued: { 'date-parts': [issued] } } : {}),
    ...(d.originalUrl ? { URL: d.originalUrl, archive: SITE_NAME, archive_location: here } : { URL: here }),
    language: d.language,
  };
}

/** The inner HTML of citeproc's one bibliography entry (its wrapper divs dropped), and its text. */
function entryOf(html: string): Formatted {
  let found: ElementContent[] = [];
  const walk = (nodes: ElementContent[]) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      if ((n.properties.className as string[] | undefined)?.includes('csl-entry')) found = n.children;
      else walk(n.children);
    }
  };
  walk(fromHtml(html, { fragment: true }).children.filter((n): n is Element => n.type === 'element'));
  const text = (nodes: ElementContent[]): string => nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? text(n.children) : '')).join('');
  return { html: toHtml(found).trim(), text: text(found).trim() };
}

export interface Formatted {
  text: string;
  html: string;
}

/** What citeproc formats once per source, in place of the address cited (the source's or a passage's) and the paragraph number. */
const AT_URL = 'https://passage.invalid/';
const AT_PARAGRAPH = '9876543';

/** A source as citeproc formats it: with stand-ins, so one run serves the source and every passage. */
interface Formats {
  refs: Record<CitationStyle, Formatted>;
  inText: Record<CitationStyle, string>;
}
/**
 * citeproc's output per source, kept for the build: the source page and its cite page ask for the
 * same source (a run costs ~30 ms — at 2,000 sources, most of a build; BENCHMARKS.md). Keyed by the
 * whole item, so a changed item is formatted again.
 */
const formats = new Map<string, Formats>();

function formatsOf(item: CslItem): Formats {
  const key = JSON.stringify(item);
  const known = formats.get(key);
  if (known) return known;
  const template = item.archive_location ? { ...item, archive_location: AT_URL } : { ...item, URL: AT_URL };
  const cite = new Cite([template]);
  // One run per style: the text is the HTML entry's text (what citeproc's text output says too).
  const entry = (style: CitationStyle): Formatted => entryOf(cite.format('bibliography', { template: style, format: 'html', lang: 'en-US' }));
  const inText = (style: CitationStyle) =>
    cite.format('citation', { template: style, format: 'text', lang: 'en-US', entry: [{ id: item.id, locator: AT_PARAGRAPH, label: 'paragraph' }] }).trim();
  const made: Formats = {
    refs: { apa: entry('apa'), chicago: entry('chicago'), mla: entry('mla') },
    inText: { apa: inText('apa'), chicago: inText('chicago'), mla: inText('mla') },
  };
  formats.set(key, made);
  return made;
}

/** A formatted reference with the stand-in address replaced by `url`. */
const citing = (ref: Formatted, url: string): Formatted => ({ text: fill(ref.text, AT_URL, url), html: fill(ref.html, AT_URL, escapeHtml(url)) });

/** The reference-list entry of an item in each style, as text and as HTML (titles in italics where the style says). */
export function references(item: CslItem): Record<CitationStyle, Formatted> {
  const { refs } = formatsOf(item);
  const url = item.archive_location ?? item.URL;
  return { apa: citing(refs.apa, url), chicago: citing(refs.chicago, url), mla: citing(refs.mla, url) };
}

/** `text` with its one `token` replaced: a style that wrote the stand-in twice, or not at all, is an error, not a guess. */
function fill(text: string, token: string, value: string): string {
  const parts = text.split(token);
  if (parts.length !== 2) throw new Error(`citations: the style wrote the stand-in "${token}" ${parts.length - 1} times in "${text}"`);
  return parts.join(value);
}
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export type PassageCitations = Record<CitationStyle, { inText: string; reference: Formatted }>;

/**
 * Each passage's citation in each style: the in-text citation (or, for Chicago, the note) with its
 * paragraph number, and the reference entry with the passage's own address. citeproc formats the
 * source once, with stand-ins for the address and the number, which each passage then fills in —
 * one run per source instead of one per passage (BENCHMARKS.md).
 */
export function passageCitations(item: CslItem, passages: readonly { paragraph: number; url: string }[]): PassageCitations[] {
  const { refs, inText } = formatsOf(item);
  return passages.map(
    ({ paragraph, url }) =>
      Object.fromEntries(
        CITATION_STYLES.map(({ id }) => [id, { inText: fill(inText[id], AT_PARAGRAPH, String(paragraph)), reference: citing(refs[id], url) }]),
      ) as PassageCitations,
  );
}

/** The item as a BibTeX file. */
export const bibtexOf = (item: CslItem): string => new Cite([item]).format('bibtex', { format: 'text' });
/**
 * The item as an RIS file, one line per tag: citation-js breaks values at 70 characters, even
 * inside a word, and readers take a line without a tag as a new value or join it with a space.
 */
export const risOf = (item: CslItem): string => new Cite([item]).format('ris', { format: 'text' }).replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '');

/** The citation files every source publishes beside its page, by extension: their types (citation-files.ts) and bodies. */
export const CITATION_FILES = {
  json: { ...CITATION_FILE_TYPES.json, body: (item: CslItem) => `${JSON.stringify([item], null, 1)}\n` },
  bib: { ...CITATION_FILE_TYPES.bib, body: bibtexOf },
  ris: { ...CITATION_FILE_TYPES.ris, body: risOf },
} as const;
export type { CitationFile };

/** Where a source's citation file lives: /sources/<id>/cite.<ext>. */
export const citationFilePath = (source: { collection: 'sources'; id: string }, ext: CitationFile) => `${pathOf(source)}cite.${ext}`;

/**
 * A passage's words as a quotation with its attribution — source, publisher, date and link —
 * as plain text and as HTML (`<blockquote cite>` and a `<cite>` line), for pasting into a release.
 */
export function quotation(graph: ContentGraph, source: EntryOf<'sources'>, text: string, url: string): Formatted {
  const by = [publisherOf(graph, source), sourceDateText(source)].filter(Boolean).join(', ');
  const html = toHtml([
    h('blockquote', { cite: url }, [h('p', text)]),
    { type: 'text', value: '\n' },
    h('p', ['— ', h('cite', [h('a', { href: url }, source.data.title)]), `, ${by}`]),
  ]);
  return { text: `“${text}” — ${source.data.title}, ${by}. ${url}`, html };
}
