/**
 * Citations of the sources: each source as a CSL-JSON item (the data reference managers read),
 * formatted at build time by citation-js (citeproc-js underneath) with official CSL styles —
 * APA 7 (bundled with @citation-js/plugin-csl), Chicago 17 notes and bibliography and MLA 9
 * (citation-styles/, from Debian's citation-style-language-styles), from each source's CSL-JSON
 * item (csl-json.ts) — in the language of the page that shows them: a French, Spanish or Arabic
 * page's citations use that language's official CSL locale (citation-styles/locales/, from Debian's
 * citation-style-language-locales, unchanged), so "Retrieved", "n.d." and the months are in its
 * language. The citation files beside each source page: citation-files.ts.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { ContentGraph, EntryOf } from '../content/graph.ts';
import { publisherOf, sourceDateText } from './routes.ts';
import type { Words } from './words.ts';
import type { CslItem } from './csl-json.ts';
import type { Language } from '../../schemas/languages.ts';
// The style files as they are, bundled with the code that reads them.
import chicagoStyle from './citation-styles/chicago-note-bibliography.csl?raw';
import mlaStyle from './citation-styles/modern-language-association.csl?raw';
// The locale files likewise (English is citation-js's own en-US, as it always was).
import arLocale from './citation-styles/locales/locales-ar.xml?raw';
import esLocale from './citation-styles/locales/locales-es-ES.xml?raw';
import frLocale from './citation-styles/locales/locales-fr-FR.xml?raw';

/** The styles offered, in the order the panel shows them. */
export const CITATION_STYLES = [
  { id: 'apa', label: 'APA 7' },
  { id: 'chicago', label: 'Chicago 17 (notes and bibliography)' },
  { id: 'mla', label: 'MLA 9' },
] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number]['id'];

/** A style's name in the page's words (Chicago's says what it is; APA and MLA are names). */
export const styleLabel = (s: (typeof CITATION_STYLES)[number], w: Words) => (s.id === 'chicago' ? w.t('style.chicago') : s.label);

/** The CSL locale each of the site's languages formats with. */
const CSL_LOCALES: Record<Language, string> = { en: 'en-US', fr: 'fr-FR', es: 'es-ES', ar: 'ar' };

// The registers' type (src/types/citation-js.d.ts) names the styles only; the locales are a register of the same kind.
const csl = plugins.config.get('@csl') as ReturnType<typeof plugins.config.get> & { locales: { add(code: string, xml: string): void } };
csl.styles.add('chicago', chicagoStyle);
csl.styles.add('mla', mlaStyle);
// In place of the copies citation-js bundles for fr-FR and es-ES (newer, and not Debian's).
csl.locales.add(CSL_LOCALES.fr, frLocale);
csl.locales.add(CSL_LOCALES.es, esLocale);
csl.locales.add(CSL_LOCALES.ar, arLocale);

/** The inner HTML of citeproc's one bibliography entry (its wrapper divs dropped), and its text. */
function entryOf(html: string): Formatted {
  let found: ElementContent[] = [];
  const walk = (nodes: ElementContent[]) => {
    for (const n of nodes) {
      if (n.type !== 'element') continue;
      if (n.properties.className?.includes('csl-entry')) found = n.children;
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
 * language and the whole item, so a changed item is formatted again.
 */
const formats = new Map<string, Formats>();

function formatsOf(item: CslItem, lang: Language): Formats {
  const key = `${lang} ${JSON.stringify(item)}`;
  const known = formats.get(key);
  if (known) return known;
  const template = item.archive_location ? { ...item, archive_location: AT_URL } : { ...item, URL: AT_URL };
  const cite = new Cite([template]);
  // One run per style: the text is the HTML entry's text (what citeproc's text output says too).
  const locale = CSL_LOCALES[lang];
  const entry = (style: CitationStyle): Formatted => entryOf(cite.format('bibliography', { template: style, format: 'html', lang: locale }));
  const inText = (style: CitationStyle) =>
    cite.format('citation', { template: style, format: 'text', lang: locale, entry: [{ id: item.id, locator: AT_PARAGRAPH, label: 'paragraph' }] }).trim();
  const made: Formats = {
    refs: { apa: entry('apa'), chicago: entry('chicago'), mla: entry('mla') },
    inText: { apa: inText('apa'), chicago: inText('chicago'), mla: inText('mla') },
  };
  formats.set(key, made);
  return made;
}

/** A formatted reference with the stand-in address replaced by `url`. */
const citing = (ref: Formatted, url: string): Formatted => ({ text: fill(ref.text, AT_URL, url), html: fill(ref.html, AT_URL, escapeHtml(url)) });

/** The reference-list entry of an item in each style, as text and as HTML (titles in italics where the style says), in the words of `lang`'s CSL locale. */
export function references(item: CslItem, lang: Language = 'en'): Record<CitationStyle, Formatted> {
  const { refs } = formatsOf(item, lang);
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
 * one run per source instead of one per passage (BENCHMARKS.md). In the words of `lang`'s CSL locale.
 */
export function passageCitations(item: CslItem, passages: readonly { paragraph: number; url: string }[], lang: Language = 'en'): PassageCitations[] {
  const { refs, inText } = formatsOf(item, lang);
  return passages.map(
    ({ paragraph, url }) =>
      Object.fromEntries(
        CITATION_STYLES.map(({ id }) => [id, { inText: fill(inText[id], AT_PARAGRAPH, String(paragraph)), reference: citing(refs[id], url) }]),
      ) as PassageCitations,
  );
}

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
