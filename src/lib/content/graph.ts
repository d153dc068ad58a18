/**
 * The content graph: an index of every entry, every reference between entries, and the links
 * computed from them — what a page links to, what links back to it ("Mentioned in"), which
 * passages are evidence for which action. The only place links are resolved; pages ask it, never
 * re-derive. It checks nothing: the content rules (rules/) have, before a graph is built from the
 * same entries (the check, check.ts, which every build runs before rendering). Pure TypeScript:
 * it takes plain entries, so it is unit-tested without Astro.
 */
import { COLLECTIONS, type CollectionName, type EntryRef } from '../../schemas/collections.ts';
import type { EntryData } from '../../schemas/content.ts';
import { firstWords, type Passage } from './passages.ts';
import { mentionMatcher, termsOf } from './mentions.ts';
import { LANGUAGE_CODES, SITE_LANGUAGE, type Language } from './language.ts';

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
export function referencesIn(data: unknown, path = ''): { field: string; ref: EntryRef }[] {
  if (isRef(data)) return [{ field: path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => referencesIn(v, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => referencesIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/** Where an entry points into a source's text (evidence, quotes, timeline, figures): the source, the field and the passage ids. */
export function passagePointer(e: GraphEntry): { source: EntryRef<'sources'>; field: 'passages' | 'passage'; ids: string[] } | undefined {
  if (e.collection === 'quotes') return { source: e.data.source, field: 'passages', ids: e.data.passages };
  if (e.collection === 'evidence' || e.collection === 'timeline' || e.collection === 'figures') return { source: e.data.source, field: 'passage', ids: [e.data.passage] };
  return undefined;
}

/**
 * A quote's label: the speaker and the first eight words.
 * @example quoteLabel('Jürgen Stock', 'We must work globally to beat crime that works globally today') // 'Jürgen Stock: “We must work globally to beat crime that…”'
 */
export const quoteLabel = (speaker: string, words: string) => `${speaker}: “${firstWords(words)}…”`;

export class ContentGraph {
  private readonly byKey = new Map<string, GraphEntry>();
  private readonly out = new Map<string, Edge[]>();
  private readonly back = new Map<string, Edge[]>();
  private readonly evidence: EvidencePassage[] = [];
  private readonly quoteList: Quote[] = [];
  private readonly pointers = new Map<string, { source: EntryOf<'sources'>; passage: Passage }>();
  private readonly topicMentions: { topic: EntryOf<'topics'>; source: EntryOf<'sources'>; passage: Passage; words: string }[] = [];
  /** Topic mentions are found in the texts when first asked for (the check's graph never needs them). */
  private topicsLinked = false;

  /** Index the entries (which the content rules have checked: a reference or passage that does not resolve is left out). */
  constructor(entries: readonly GraphEntry[]) {
    // Copies: labels the graph derives (quotes) are set on its own entries, not on its input.
    for (const given of entries) this.byKey.set(key(given), { ...given });
    const all = [...this.byKey.values()];
    for (const from of all) {
      for (const { field, ref } of referencesIn(from.data)) {
        const to = this.byKey.get(key(ref));
        if (!to) continue;
        const edge = { from, to, field };
        this.push(this.out, key(from), edge);
        this.push(this.back, key(to), edge);
      }
    }
    for (const e of all) {
      const pointer = passagePointer(e);
      const source = pointer && this.find(pointer.source);
      if (!pointer || !source) continue;
      const found = pointer.ids.map((id) => this.passages(source).find((p) => p.id === id)).filter((p) => p !== undefined);
      if (!found.length || found.length < pointer.ids.length) continue;
      const [first] = found;
      if (e.collection === 'evidence') {
        const actions = e.data.actions.map((r) => this.find(r)).filter((a) => a !== undefined);
        this.evidence.push({ source, passage: first, actions });
      } else if (e.collection === 'quotes') {
        const person = this.find(e.data.person);
        if (!person) continue;
        const text = quotedText(found.map((p) => p.text));
        e.label = quoteLabel(person.data.name, text);
        this.quoteList.push({ entry: e, source, person, passages: found, text });
      } else this.pointers.set(key(e), { source, passage: first });
    }
  }

  /**
   * Topics are linked by the text, not by hand: a source that names a topic (or one of its
   * wordings) in a passage links to it, recorded with the field "text".
   */
  private linkTopics() {
    if (this.topicsLinked) return;
    this.topicsLinked = true;
    const match = mentionMatcher(termsOf(this.all('topics')));
    for (const source of this.all('sources')) {
      for (const passage of this.passages(source)) {
        for (const m of match(passage.text)) {
          const topic = this.get({ collection: 'topics', id: m.term.target.id });
          this.topicMentions.push({ topic, source, passage, words: m.term.text });
          if ((this.out.get(key(source)) ?? []).some((e) => key(e.to) === key(topic))) continue;
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
    this.linkTopics();
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
    this.linkTopics();
    return unique((this.out.get(key(ref)) ?? []).map((e) => e.to));
  }

  /** Entries this one references through `field` (as keys). */
  private fieldsOf(ref: EntryRef, field: string): string[] {
    this.linkTopics();
    return (this.out.get(key(ref)) ?? []).filter((e) => e.field === field).map((e) => key(e.to));
  }

  /** The fields through which one entry references another (e.g. ["people[0]"]). */
  fieldsBetween(from: EntryRef, to: EntryRef): string[] {
    this.linkTopics();
    return (this.out.get(key(from)) ?? []).filter((e) => key(e.to) === key(to)).map((e) => e.field);
  }

  /** Distinct entries that reference this one: its "Mentioned in" list (a translation is a version, not a mention). */
  backlinksOf(ref: EntryRef): GraphEntry[] {
    this.linkTopics();
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
    this.linkTopics();
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

/** The language of an entry's text: a source's own; everything else is written by the site, in English. */
export function languageOf(e: GraphEntry): Language {
  return e.collection === 'sources' ? e.data.language : SITE_LANGUAGE;
}

/** Whether an entry belongs to `collection` (and so has that collection's data). */
function isOf<C extends CollectionName>(collection: C, e: GraphEntry): e is EntryOf<C> {
  return e.collection === collection;
}

function unique<E extends GraphEntry>(entries: E[]): E[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(key(e)) && seen.add(key(e)));
}
