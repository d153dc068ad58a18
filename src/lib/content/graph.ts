/**
 * The content graph: every entry, every reference between entries, and the links computed
 * from them — what a page links to, what links back to it ("Mentioned in"), which passages
 * are evidence for which action. The only place links are resolved; pages ask it, never
 * re-derive. Pure TypeScript: it takes plain entries, so it is unit-tested without Astro.
 */
import { COLLECTIONS, type CollectionName, type EntryRef } from '../../schemas/collections.ts';
import type { EntryData } from '../../schemas/content.ts';
import { duplicatePassages, textFingerprint, type Passage } from './passages.ts';
import { ContentError, type Problem } from './problems.ts';
import { mentionMatcher, termsOf } from './mentions.ts';
import { LANGUAGE_CODES, LANGUAGES, SITE_LANGUAGE, type Language } from './language.ts';
import { detectLanguage } from './detect-language.ts';

export type { EntryRef };

/** An entry of collection `C`, with the data its schema gives it. */
interface EntryBase<C extends CollectionName> extends EntryRef<C> {
  /** Project-relative path of the file the entry came from, for error messages. */
  filePath?: string;
  data: EntryData<C>;
  /** Markdown body, for entries whose passages can be linked to. */
  body?: string;
  /** The body's passages (src/lib/content/passages.ts: `passagesOfBody`), in reading order. */
  passages?: readonly Passage[];
  /** A display label the graph derives (quotes: speaker and first words). */
  label?: string;
}

/** An entry of any collection: narrow it by its `collection`. */
export type GraphEntry = { [C in CollectionName]: EntryBase<C> }[CollectionName];

/** An entry of collection `C` (or of any of the collections `C` names). */
export type EntryOf<C extends CollectionName> = Extract<GraphEntry, { collection: C }>;

export interface Edge {
  from: GraphEntry;
  to: GraphEntry;
  /** The field the reference sits in, e.g. `roles[0].source`. */
  field: string;
}

export interface EvidencePassage {
  source: EntryOf<'sources'>;
  passage: Passage;
  actions: EntryOf<'actions'>[];
}

export interface Quote {
  entry: EntryOf<'quotes'>;
  source: EntryOf<'sources'>;
  person: EntryOf<'people'>;
  passages: Passage[];
  /** The quoted words only, paragraphs joined by a space. */
  text: string;
}

/**
 * The words inside quotation marks across a quote's passages. Press style opens every
 * paragraph of a long quote with “ and closes only the last; a trailing comma before the
 * attribution ("…crime,” said X) is dropped. Straight quotes ("…") count too, and the
 * guillemets French, Spanish and Arabic texts quote with (« … »).
 * @example quotedText(['He said, “One.', '“Two,” he added.']) // 'One. Two'
 */
export function quotedText(passages: string[]): string {
  const parts: string[] = [];
  for (const text of passages) {
    for (const m of text.matchAll(/[“"«]([^“”"«»]+)(?:[”"»]|$)/g)) parts.push(m[1].trim());
  }
  return parts.join(' ').replace(/,$/, '');
}

export const key = (ref: EntryRef) => `${ref.collection}/${ref.id}`;

/** Whether a value is a reference ({ collection, id }, as a schema's reference field yields it). */
export function isRef(value: unknown): value is EntryRef {
  if (typeof value !== 'object' || value === null || Object.keys(value).length !== 2) return false;
  const { collection, id } = value as Partial<Record<string, unknown>>;
  return typeof id === 'string' && typeof collection === 'string' && collection in COLLECTIONS;
}

/** Every reference in an entry's data, with the field path it sits at. */
function referencesIn(data: unknown, path = ''): { field: string; ref: EntryRef }[] {
  if (isRef(data)) return [{ field: path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => referencesIn(v, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => referencesIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/**
 * The closest of `candidates` to `wanted`, if close enough to be a likely typo.
 * @example suggest('viena', ['vienna', 'tirana']) // 'vienna'
 */
export function suggest(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(wanted, c);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

export class ContentGraph {
  private readonly byKey = new Map<string, GraphEntry>();
  private readonly out = new Map<string, Edge[]>();
  private readonly back = new Map<string, Edge[]>();
  private readonly evidence: EvidencePassage[] = [];
  private readonly quoteList: Quote[] = [];
  private readonly pointers = new Map<string, { source: EntryOf<'sources'>; passage: Passage }>();
  private readonly topicMentions: { topic: EntryOf<'topics'>; source: EntryOf<'sources'>; passage: Passage; words: string }[] = [];

  /**
   * Build and validate the graph; throws ContentError listing every problem. `topics:
   * false` skips finding topic mentions in the texts (they cannot fail), for the content check
   * and other steps that only need entries and references. `known`: entries that exist but
   * are not given (the check leaves out those that failed their schema), so references to them
   * are not reported as well. `texts: false` skips reading each text for its language and for
   * a twin (the slowest checks: 7 s at +5,000 sources), where the content check has just run them on the same files.
   */
  constructor(
    entries: readonly GraphEntry[],
    { topics = true, known = [], texts = true }: { topics?: boolean; known?: readonly EntryRef[]; texts?: boolean } = {},
  ) {
    const problems: Problem[] = [];
    for (const given of entries) {
      // A copy: labels the graph derives (quotes) are set on its own entries, not on its input.
      const e = { ...given };
      const k = key(e);
      const other = this.byKey.get(k);
      if (other) {
        const where = other.filePath === e.filePath ? 'another entry in this file has it' : `${other.filePath ?? k} has it too`;
        problems.push({ file: e.filePath ?? k, entry: inList(e), message: `duplicate id "${e.id}" — ${where}; ids must be unique, rename one` });
      }
      this.byKey.set(k, e);
    }
    const all = [...this.byKey.values()];
    const exists = new Set([...this.byKey.keys(), ...known.map(key)]);
    for (const e of all) problems.push(...textProblems(e));
    if (texts) problems.push(...sameTexts(all), ...languageProblems(all));
    problems.push(...translationProblems(all), ...archiveAddresses(all));
    for (const from of all) {
      for (const { field, ref } of referencesIn(from.data)) {
        const to = this.byKey.get(key(ref));
        if (to) {
          const edge = { from, to, field };
          this.push(this.out, key(from), edge);
          this.push(this.back, key(to), edge);
        } else if (!exists.has(key(ref))) {
          const hint = suggest(ref.id, [...exists].filter((k) => k.startsWith(`${ref.collection}/`)).map((k) => k.slice(ref.collection.length + 1)));
          problems.push({
            file: from.filePath ?? key(from),
            entry: inList(from),
            field,
            message: `no ${COLLECTIONS[ref.collection].noun} "${ref.id}"` + (hint ? ` — did you mean "${hint}"?` : ` — add content/${ref.collection}/${ref.id} or fix the reference`),
          });
        }
      }
    }
    // Entries that point into a source's text (evidence, quotes, timeline, figures) must name passages that exist.
    const pointing = (e: GraphEntry) => {
      if (e.collection === 'quotes') return { e, source: e.data.source, field: 'passages', ids: e.data.passages };
      if (e.collection === 'evidence' || e.collection === 'timeline' || e.collection === 'figures') return { e, source: e.data.source, field: 'passage', ids: [e.data.passage] };
      return undefined;
    };
    for (const { e, source: ref, field, ids } of all.map(pointing).filter((p) => p !== undefined)) {
      const source = this.find(ref);
      if (!source) continue; // reported as a dangling reference
      const found: Passage[] = [];
      ids.forEach((id, i) => {
        const passage = this.passages(source).find((p) => p.id === id);
        if (passage) return void found.push(passage);
        const hint = suggest(id, this.passages(source).map((p) => p.id));
        problems.push({
          file: e.filePath ?? key(e),
          entry: e.id,
          field: field === 'passages' ? `passages[${i}]` : field,
          message: `"${id}" is not a passage of ${source.filePath ?? key(source)}` + (hint ? ` — did you mean "${hint}"?` : ' — the text may have changed; take the id from the page'),
        });
      });
      if (found.length < ids.length) continue;
      const [first] = found;
      if (e.collection === 'evidence') {
        const actions = e.data.actions.map((r) => this.find(r)).filter((a) => a !== undefined);
        this.evidence.push({ source, passage: first, actions });
      } else if (e.collection === 'quotes') {
        const person = this.find(e.data.person);
        if (!person) continue; // reported as a dangling reference
        const text = quotedText(found.map((p) => p.text));
        e.label = `${person.data.name}: “${text.split(' ').slice(0, 8).join(' ')}…”`;
        this.quoteList.push({ entry: e, source, person, passages: found, text });
      } else {
        // Timeline entries and figures rest on one passage; a figure must appear in it as written.
        if (e.collection === 'figures' && !first.text.includes(e.data.figure)) {
          problems.push({ file: e.filePath ?? key(e), entry: e.id, field: 'figure', message: `"${e.data.figure}" does not appear in passage "${first.id}" — quote the figure exactly as the source writes it` });
        }
        this.pointers.set(key(e), { source, passage: first });
      }
    }
    if (problems.length) throw new ContentError(problems);
    if (topics) this.linkTopics();
  }

  /**
   * Topics are linked by the text, not by hand: a source that names a topic (or one of its
   * wordings) in a passage links to it, recorded with the field "text".
   */
  private linkTopics() {
    const match = mentionMatcher(termsOf(this.all('topics')));
    for (const source of this.all('sources')) {
      for (const passage of this.passages(source)) {
        for (const m of match(passage.text)) {
          const topic = this.get({ collection: 'topics', id: m.term.target.id });
          this.topicMentions.push({ topic, source, passage, words: m.term.text });
          if (this.linksOf(source).some((e) => key(e) === key(topic))) continue;
          const edge = { from: source, to: topic, field: 'text' };
          this.push(this.out, key(source), edge);
          this.push(this.back, key(topic), edge);
        }
      }
    }
  }

  /** The source passage a timeline entry or figure rests on. */
  passageOf(ref: EntryRef<'timeline' | 'figures'>): { source: EntryOf<'sources'>; passage: Passage } {
    const p = this.pointers.get(key(ref));
    if (!p) throw new Error(`no passage for ${key(ref)}`);
    return p;
  }

  /** Passages, in source order, that name a topic. */
  mentionsOf(topic: EntryRef<'topics'>): { source: EntryOf<'sources'>; passage: Passage }[] {
    const seen = new Set<string>();
    return this.topicMentions
      .filter((m) => key(m.topic) === key(topic))
      .filter((m) => !seen.has(`${m.source.id}#${m.passage.id}`) && !!seen.add(`${m.source.id}#${m.passage.id}`));
  }

  private push(map: Map<string, Edge[]>, k: string, edge: Edge) {
    const list = map.get(k) ?? [];
    list.push(edge);
    map.set(k, list);
  }

  /** The entry a reference points at, if there is one. */
  private find<C extends CollectionName>(ref: EntryRef<C>): EntryOf<C> | undefined {
    const e = this.byKey.get(key(ref));
    return e && isOf(ref.collection, e) ? e : undefined;
  }

  /** The entry a reference points at (the graph has checked it exists). */
  get<C extends CollectionName>(ref: EntryRef<C>): EntryOf<C> {
    const e = this.find(ref);
    if (!e) throw new Error(`no entry ${key(ref)}`);
    return e;
  }

  /** Each collection's entries in id order, listed once: every page asks, and at 10,000 sources filtering all entries per page was quadratic. */
  private readonly lists = new Map<CollectionName, GraphEntry[]>();

  /** All entries of a collection, in id order (a copy: callers sort it their way). */
  all<C extends CollectionName>(collection: C): EntryOf<C>[] {
    let list = this.lists.get(collection);
    if (!list) {
      list = [...this.byKey.values()].filter((e) => isOf(collection, e)).sort((a, b) => a.id.localeCompare(b.id));
      this.lists.set(collection, list);
    }
    return [...list] as EntryOf<C>[];
  }

  /** Distinct entries this one references (evidence records are not pages and are left out). */
  linksOf(ref: EntryRef): GraphEntry[] {
    return unique((this.out.get(key(ref)) ?? []).map((e) => e.to));
  }

  /** Entries this one references through `field` (as keys). */
  private fieldsOf(ref: EntryRef, field: string): string[] {
    return (this.out.get(key(ref)) ?? []).filter((e) => e.field === field).map((e) => key(e.to));
  }

  /** The fields through which one entry references another (e.g. ["people[0]"]). */
  fieldsBetween(from: EntryRef, to: EntryRef): string[] {
    return (this.out.get(key(from)) ?? []).filter((e) => key(e.to) === key(to)).map((e) => e.field);
  }

  /** Distinct entries that reference this one: its "Mentioned in" list (a translation is a version, not a mention). */
  backlinksOf(ref: EntryRef): GraphEntry[] {
    return unique(
      (this.back.get(key(ref)) ?? [])
        .filter((e) => e.field !== 'translationOf')
        .map((e) => e.from)
        .filter((e) => e.collection !== 'evidence'),
    );
  }

  /**
   * Every language version of a source (the original and its translations, itself included),
   * in the site's order of languages; just the source itself when it has none.
   */
  versionsOf(ref: EntryRef<'sources'>): EntryOf<'sources'>[] {
    const source = this.get(ref);
    const original = source.data.translationOf ? this.get(source.data.translationOf) : source;
    const all = [original, ...this.backlinksThrough(original, 'translationOf')];
    return all.sort((a, b) => LANGUAGE_CODES.indexOf(a.data.language) - LANGUAGE_CODES.indexOf(b.data.language));
  }

  /** Sources that reference this one through `field` (its translations, through translationOf). */
  private backlinksThrough(ref: EntryRef, field: string): EntryOf<'sources'>[] {
    return (this.back.get(key(ref)) ?? []).filter((e) => e.field === field && isOf('sources', e.from)).map((e) => e.from as EntryOf<'sources'>);
  }

  /** Everything related to an entry either way, grouped by collection. */
  relatedOf(ref: EntryRef): Map<CollectionName, GraphEntry[]> {
    const grouped = new Map<CollectionName, GraphEntry[]>();
    const versions = new Set(this.fieldsOf(ref, 'translationOf'));
    for (const e of unique([...this.linksOf(ref), ...this.backlinksOf(ref)])) {
      if (e.collection === 'evidence' || key(e) === key(ref) || versions.has(key(e))) continue;
      grouped.set(e.collection, [...(grouped.get(e.collection) ?? []), e]);
    }
    return grouped;
  }

  /**
   * Every entry a page about these entries can show anything of: the entries themselves, those
   * they reference and that reference them (through any field: evidence records, translations,
   * topic mentions in the text), and what each of those references in turn (a quote's speaker,
   * an evidence record's actions and source, a listed source's publisher). An incremental build's
   * page key hashes them (src/lib/site/page-keys.ts), so it must not miss one.
   */
  surroundings(refs: readonly EntryRef[]): GraphEntry[] {
    const near = new Map<string, GraphEntry>();
    const add = (e: GraphEntry) => near.set(key(e), e);
    for (const ref of refs) {
      add(this.get(ref));
      for (const edge of this.out.get(key(ref)) ?? []) add(edge.to);
      for (const edge of this.back.get(key(ref)) ?? []) add(edge.from);
    }
    for (const e of [...near.values()]) for (const edge of this.out.get(key(e)) ?? []) add(edge.to);
    return [...near.values()];
  }

  /** The linkable passages of an entry's body (empty for data-only entries). */
  passages(ref: EntryRef): readonly Passage[] {
    return this.get(ref).passages ?? [];
  }

  /** Passages, source by source, that speak to an action. */
  evidenceFor(action: EntryRef<'actions'>): EvidencePassage[] {
    return this.evidence.filter((ev) => ev.actions.some((a) => key(a) === key(action)));
  }

  /** Every quote, in file order. */
  quotes(): Quote[] {
    return this.quoteList;
  }

  /** The quote an entry of the quotes collection stands for. */
  quoteOf(ref: EntryRef<'quotes'>): Quote {
    const q = this.quoteList.find((x) => key(x.entry) === key(ref));
    if (!q) throw new Error(`no quote ${key(ref)}`);
    return q;
  }

  /** Quotes a given passage of a source is part of. */
  quotesForPassage(source: EntryRef<'sources'>, passageId: string): Quote[] {
    return this.quoteList.filter((q) => key(q.source) === key(source) && q.passages.some((p) => p.id === passageId));
  }

  /** Passages of a source that carry links of their own: evidence for an action, or a quote's start. */
  notedPassages(source: EntryRef<'sources'>): string[] {
    return this.passages(source)
      .map((p) => p.id)
      .filter((id) => this.actionsForPassage(source, id).length > 0 || this.quotesStartingAt(source, id).length > 0);
  }

  /** Quotes whose words begin in a given passage of a source (a quote may run on over several). */
  quotesStartingAt(source: EntryRef<'sources'>, passageId: string): Quote[] {
    return this.quotesForPassage(source, passageId).filter((q) => q.passages[0].id === passageId);
  }

  /** Actions a given passage of a source speaks to. */
  actionsForPassage(source: EntryRef<'sources'>, passageId: string): EntryOf<'actions'>[] {
    return unique(this.evidence.filter((ev) => key(ev.source) === key(source) && ev.passage.id === passageId).flatMap((ev) => ev.actions));
  }
}

/**
 * Two sources with the same text (as textFingerprint reads it: whatever the layout, punctuation or
 * repeats) — one release imported twice under two names. A translation has other words, so it passes.
 */
function sameTexts(entries: readonly GraphEntry[]): Problem[] {
  const seen = new Map<string, GraphEntry>();
  const problems: Problem[] = [];
  for (const e of entries) {
    if (e.collection !== 'sources' || !e.passages?.length) continue;
    const print = textFingerprint(textOf(e.passages));
    const first = seen.get(print);
    if (!first) seen.set(print, e);
    else
      problems.push({
        file: e.filePath ?? key(e),
        field: 'body',
        message: `the same text as ${first.filePath ?? key(first)} — one release is one source: keep one of the two files (and redirect the other's address if it was published)`,
      });
  }
  return problems;
}

/** A body's text, passage by passage: what the same-text and the language checks read. */
const textOf = (passages: readonly Passage[]) => passages.map((p) => p.text).join('\n');

/** Source ids the archive's pages use: /sources/2024/ is the sources of 2024, /sources/undated/ those with no date. */
function archiveAddresses(entries: readonly GraphEntry[]): Problem[] {
  return entries
    .filter((e) => e.collection === 'sources' && /^(\d{4}|undated)$/.test(e.id))
    .map((e) => ({
      file: e.filePath ?? key(e),
      message: `the address /sources/${e.id}/ belongs to the archive (the sources by year) — rename the file, e.g. to a few words of the title`,
    }));
}

/** The language of an entry's text: a source's own; everything else is written by the site, in English. */
export function languageOf(e: GraphEntry): Language {
  return e.collection === 'sources' ? e.data.language : SITE_LANGUAGE;
}

/** A source whose declared language is clearly not the language its text is written in. */
function languageProblems(entries: readonly GraphEntry[]): Problem[] {
  return entries.flatMap((e) => {
    if (e.collection !== 'sources' || !e.passages?.length) return [];
    const found = detectLanguage(textOf(e.passages));
    if (!found || found === e.data.language) return [];
    const [said, reads] = [LANGUAGES[e.data.language].name, LANGUAGES[found].name];
    return [
      {
        file: e.filePath ?? key(e),
        field: 'language',
        message: `"${e.data.language}" (${said}), but the text reads as ${reads} — write language: ${found}, or check that the file holds the right text`,
      },
    ];
  });
}

/**
 * Translations: each names the original (not itself, not another translation), and one release
 * has one version per language.
 */
function translationProblems(entries: readonly GraphEntry[]): Problem[] {
  const sources = entries.filter((e): e is EntryOf<'sources'> => e.collection === 'sources');
  const byId = new Map(sources.map((s) => [s.id, s]));
  const problems: Problem[] = [];
  const versions = new Map<string, EntryOf<'sources'>[]>();
  const versionOf = (original: string, s: EntryOf<'sources'>) => (versions.get(original) ?? versions.set(original, []).get(original)!).push(s);
  for (const s of sources) {
    const target = s.data.translationOf;
    const file = s.filePath ?? key(s);
    if (!target) {
      versionOf(s.id, s);
      continue;
    }
    const original = byId.get(target.id);
    if (target.id === s.id) problems.push({ file, field: 'translationOf', message: 'points at this source itself — name the source this text is a translation of, or remove the field' });
    else if (original?.data.translationOf)
      problems.push({
        file,
        field: 'translationOf',
        message: `"${target.id}" is itself a translation (of "${original.data.translationOf.id}") — point at the original: translationOf: ${original.data.translationOf.id}`,
      });
    else if (original) versionOf(original.id, s);
  }
  for (const group of versions.values()) {
    const seen = new Map<Language, EntryOf<'sources'>>();
    for (const s of group.sort((a, b) => Number(!!a.data.translationOf) - Number(!!b.data.translationOf))) {
      const first = seen.get(s.data.language);
      if (!first) seen.set(s.data.language, s);
      else
        problems.push({
          file: s.filePath ?? key(s),
          field: 'language',
          message: `"${s.data.language}", but ${first.filePath ?? key(first)} is already the ${LANGUAGES[s.data.language].name} version of this release — one version per language: correct the language, or translationOf if this is another release`,
        });
    }
  }
  return problems;
}

/** Problems of an entry's text itself: not UTF-8, empty, or carrying code. */
function textProblems(e: GraphEntry): Problem[] {
  const file = e.filePath ?? key(e);
  const problems: Problem[] = [];
  // Bytes that are not UTF-8 were decoded as U+FFFD; say in which field.
  const undecoded = e.body?.includes('\uFFFD') ? 'body' : stringsIn(e.data).find(([, text]) => text.includes('\uFFFD'))?.[0];
  if (undecoded !== undefined) problems.push({ file, entry: inList(e), field: undecoded || undefined, message: 'the file is not valid UTF-8 (it has bytes that are not text) — save it as UTF-8' });
  if (e.passages) problems.push(...duplicatePassages(file, e.passages));
  if (e.body !== undefined) {
    if (e.body.trim() === '') problems.push({ file, field: 'body', message: 'the page has no text — write the body below the frontmatter' });
    // Escaped text (\<script>) is harmless: it renders as words. Markup and links are not.
    const code = /(?<!\\)<script\b|(?<!\\)<[a-z][^>]*\son[a-z]+\s*=|\]\(\s*javascript:|href\s*=\s*["']?\s*javascript:/i.exec(e.body);
    if (code) problems.push({ file, field: 'body', message: `raw code in content ("${code[0].slice(0, 30)}") — content may not carry <script>, event handlers or javascript: links; remove it` });
  }
  return problems;
}

/** Every string in an entry's data, with its field path. */
function stringsIn(data: unknown, path = ''): [string, string][] {
  if (typeof data === 'string') return [[path, data]];
  if (Array.isArray(data)) return data.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => stringsIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** An entry's id when it is one of several in a list file (YAML), to find its line. */
function inList(e: GraphEntry): string | undefined {
  return e.filePath?.endsWith('.yaml') && !e.filePath.includes(`/${e.id}.`) ? e.id : undefined;
}

/** Whether an entry belongs to `collection` (and so has that collection's data). */
function isOf<C extends CollectionName>(collection: C, e: GraphEntry): e is EntryOf<C> {
  return e.collection === collection;
}

function unique<E extends GraphEntry>(entries: E[]): E[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(key(e)) && seen.add(key(e)));
}
