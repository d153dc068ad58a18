/**
 * The importer: a scraped press release (plain text or saved HTML) → a new source page.
 * Pure: it is given the text and what the site already has, and returns the page to write.
 * Cleanup is the seeds' own (cleanup.ts); what cannot be determined is written as a
 * question ("?? …") that the build refuses until an editor answers it.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { stringify } from 'yaml';
import { QUESTION } from '../../schemas/content.ts';
import { cleanPressText, normalizeSpace, blockText } from './cleanup.ts';
import { describeRemoval } from './removals.ts';
import { toMarkdown } from './markdown-body.ts';
import { isoDate } from '../content/dates.ts';
import { findDates, westernDigits } from './find-dates.ts';
import { slugify } from '../content/passages.ts';
import { mentionMatcher, termsOf, wordingsOf, type NamedEntry, type Term } from '../content/mentions.ts';
import { LANGUAGE_CODES } from '../content/language.ts';
import { detectLanguage } from '../content/detect-language.ts';
import transliterate from '@sindresorhus/transliterate';

interface RegistryEntry extends NamedEntry {
  data: Record<string, unknown>;
}

export interface ImportInput {
  /** The file's text (UTF-8). */
  text: string;
  /** Its file name, kept in content/raw/ and named in the page's `seed` field. */
  fileName: string;
  /** People, organisations, places (and actions) the site knows, for dates lines and suggestions. */
  registry: RegistryEntry[];
  /** Ids of the source pages that exist, so the new one gets a free address. */
  existingIds: string[];
}

export interface ImportResult {
  id: string;
  page: string;
  /** The plain text the cleanup ran on (HTML reduced to text). */
  plain: string;
  suggestions: Record<string, string[]>;
  questions: string[];
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, time, pre';
const JUNK = 'script, style, nav, header, footer, aside, form, noscript, svg';

/** Reduce saved HTML to the press release's own text: the article, block by block. */
export function htmlToText(html: string): { text: string; title?: string; date?: string; siteName?: string } {
  const doc = fromHtml(html);
  const meta = (p: string) => String(select(`meta[property="${p}"], meta[name="${p}"]`, doc)?.properties.content ?? '').trim() || undefined;
  const root: Root | Element = select('article', doc) ?? select('main', doc) ?? select('body', doc) ?? doc;
  dropJunk(root);
  const h1 = textOf(select('h1', root));
  const blocks = outerBlocks(root);
  const text = (blocks.length ? blocks.map((b) => toString(b)) : [toString(root)])
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  const datetime = select('time[datetime]', root)?.properties.dateTime;
  return {
    text,
    title: h1 || meta('og:title') || textOf(select('title', doc)),
    date: meta('article:published_time')?.slice(0, 10) ?? (datetime ? String(datetime).slice(0, 10) : undefined),
    siteName: meta('og:site_name'),
  };
}

/** An element's text, trimmed, if there is the element. */
const textOf = (el: Element | undefined) => (el ? toString(el).trim() : undefined);

/** Remove what is not the release's text: scripts, styles, the page's navigation, forms, pictures. */
function dropJunk(node: Root | Element) {
  node.children = node.children.filter((c) => c.type !== 'element' || !matches(JUNK, c));
  for (const c of node.children) if (c.type === 'element') dropJunk(c);
}

/** The blocks of text (paragraphs, headings, list items…) that no other block holds, in reading order. */
function outerBlocks(node: Root | Element): Element[] {
  return node.children.flatMap((c) => (c.type !== 'element' ? [] : matches(BLOCKS, c) ? [c] : outerBlocks(c)));
}

/** A first line that reads as a headline: short, no full stop, not a dateline or a date. */
function headline(firstLine: string): string | undefined {
  const line = normalizeSpace(firstLine);
  if (!line || line.length > 160 || /[.!?]$/.test(line) || /^[A-Z]{3,}[A-Za-z ]*,/.test(line) || findDates(line).length || /^date\b/i.test(line))
    return undefined;
  return line.split(' ').length >= 3 ? line : undefined;
}

/**
 * "VIENNA, Austria – …", "VIENNE, Autriche – …", "فيينا، النمسا – …": the place a release was
 * issued from, if the registry knows the city in that language.
 */
function datelinePlace(text: string, places: RegistryEntry[]): string | undefined {
  const m = /(?:^|\n)\s*(\p{Lu}[\p{Lu} .'-]+|\p{Script=Arabic}[\p{Script=Arabic} ]*)[,،]\s+\p{L}[\p{L} ]*\s+[–—-]/u.exec(text);
  if (!m) return undefined;
  const city = m[1].trim().toLowerCase();
  return places.find((p) => namesOf(p).some((n) => n.toLowerCase() === city))?.id;
}

/** An entry's name, other wordings and forms in other languages. */
const namesOf = (e: RegistryEntry): string[] => wordingsOf(e.data);

/**
 * A file name readable in Latin letters whatever the title's script: words in other scripts
 * are transliterated (Latin letters are left as they are, so "Jürgen" stays "jurgen").
 * @example fileSlug('الإنتربول يعقد مؤتمره') // 'alantrbwl-yeqd-mwtmrh'
 */
export function fileSlug(text: string): string {
  const latin = westernDigits(text).replace(/[^\p{Script=Latin}\p{Script=Common}\p{M}]+/gu, (run) => ` ${transliterate(run)} `);
  return slugify(latin).split('-').slice(0, 8).join('-');
}

/** Terms for the importer's suggestions: names from the registry, plus the actions' short titles. */
function suggestionTerms(registry: RegistryEntry[]): Term[] {
  const named = termsOf(registry.filter((e) => ['people', 'organisations', 'places'].includes(e.collection)));
  const actions = registry
    .filter((e) => e.collection === 'actions')
    .flatMap((e) =>
      [e.data.shortTitle, e.data.title, ...wordingsOf({ names: e.data.names })].map((t): Term => ({
        text: String(t),
        target: { collection: 'actions', id: e.id },
        caseless: true,
      })),
    );
  return [...named, ...actions];
}

/** Build the new source page for an imported text. */
export function importRelease({ text: input, fileName, registry, existingIds }: ImportInput): ImportResult {
  const isHtml = /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(input);
  const fromHtml = isHtml ? htmlToText(input) : undefined;
  const plain = fromHtml ? fromHtml.text : input;
  const lines = plain.split('\n').filter((l) => l.trim());
  const title = fromHtml?.title ?? headline(lines[0] ?? '');
  const questions: string[] = [];
  const ask = (q: string) => (questions.push(q), `${QUESTION} ${q}`);

  const cleaned = cleanPressText(plain, { title });
  // The publication date: a date label or a date at the top, else one closing the text (a signature).
  const dates = findDates(plain);
  const head = plain.slice(0, 300);
  const date = fromHtml?.date
    ? { date: new Date(`${fromHtml.date}T00:00:00Z`), text: fromHtml.date }
    : (dates.find((d) => d.index < head.length) ?? dates.find((d) => d.index > plain.length - 200));
  const places = registry.filter((e) => e.collection === 'places');
  const dateline = datelinePlace(plain, places);
  const orgs = registry.filter((e) => e.collection === 'organisations');
  const publisher = fromHtml?.siteName ? orgs.find((o) => namesOf(o).some((n) => n.toLowerCase() === fromHtml.siteName!.toLowerCase()))?.id : undefined;

  const match = mentionMatcher(suggestionTerms(registry));
  const suggestions: Record<string, string[]> = { people: [], organisations: [], places: [], actions: [] };
  for (const m of match(cleaned.blocks.map(blockText).join('\n'))) {
    const list = suggestions[m.term.target.collection];
    if (list && !list.includes(m.term.target.id)) list.push(m.term.target.id);
  }

  const language = detectLanguage(cleaned.blocks.map(blockText).join('\n'));
  // The headline (else the first line of text) in Latin letters; failing that, what is known of the release.
  const base =
    fileSlug(title ?? lines.find((l) => !/^date\b/i.test(l))?.replace(/^[A-Z][A-Z .'-]+,\s+[A-Z][a-z]+\s+[–—-]\s*/, '') ?? '') ||
    fileSlug([date ? isoDate(date.date) : 'undated', publisher ?? '', 'release', fileName.replace(/\.\w+$/, '')].join(' '));
  let id = base;
  for (let n = 2; existingIds.includes(id); n++) id = `${base}-${n}`;

  const data: Record<string, unknown> = {
    title: title ?? ask('what is the headline? (the text has none; give a descriptive title and say so in titleBasis)'),
    ...(title ? {} : { titleBasis: 'The scraped text has no headline; this descriptive title is the site’s own.' }),
    description: ask('one sentence, in the site’s own words, saying what this text is (at most 200 characters)'),
    kind: /[–—-]/.test(lines[0] ?? '') && dateline ? 'news release' : ask('news release, news article or declaration?'),
    language: language ?? ask(`which language is the text in? ${LANGUAGE_CODES.join(', ')} (the import could not tell)`),
    publisher: publisher ?? ask('who published it? the id of an entry in content/organisations/, e.g. interpol (delete the line if not known)'),
    date: date ? isoDate(date.date) : ask('when was it published? YYYY-MM-DD (the text gives no full date; delete the line if none is known)'),
    datePrecision: date ? 'day' : ask('day, month or year — how precisely is the date known? (unknown, with no date line)'),
    dateBasis: date
      ? `Stated in the text (“${date.text}”${westernDigits(date.text) !== date.text ? `, ${isoDate(date.date)}` : ''}).`
      : ask('what is the date based on? (a public record, in the site’s own words)'),
    ...(dateline ? { dateline } : {}),
    seed: fileName,
    events: [],
    ...suggestions,
    cleanup: {
      restoredBreaks: cleaned.restoredBreaks,
      removed: cleaned.removed.map((r) => ({ kind: r.kind, count: r.count, text: r.text, summary: describeRemoval(r) })),
    },
  };
  const yaml = stringify(data, { lineWidth: 0 });
  const note =
    '# Imported by `npm run import`. People, organisations, places and actions below were recognised in the\n# text: keep the right ones. Answer every "??" question; the build refuses the page until then.\n';
  return { id, page: `---\n${note}${yaml.trimEnd()}\n---\n\n${toMarkdown(cleaned.blocks)}`, plain, suggestions, questions };
}
