/**
 * Search as you type, on Pagefind's own JS API. A progressive enhancement of a plain form
 * that submits to /search/: nothing loads until the reader focuses a search box, then
 * Pagefind's small loader fetches only the index chunks a query needs. On /search/ the
 * query and filters live in the address (?q=…&type=…), so a search can be linked.
 */
import { preloadable } from './search-ahead.ts';
import { bundlePath } from '../lib/site/search-bundles.ts';
import { SITE_LANGUAGE } from '../lib/content/language.ts';
import { formatDate } from '../lib/content/dates.ts';
import { word } from './words.ts';
import { fold, wordsOf } from '../lib/site/fold.ts';

interface SubResult {
  url: string;
  title: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: SubResult[];
}
interface PagefindResult {
  score: number;
  data(): Promise<ResultData>;
}
import type { Filters } from './search-filters.ts';
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
  preload(q: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const DEBOUNCE_MS = 60;
/** Results shown in the header popup: each costs one fragment request. */
const MAX_HITS = 5;

/** The site's languages when it has several, from the page (SearchForm): code → [English name, direction]. */
type Languages = Record<string, [name: string, dir: string]>;

/** A hit and the language of the index that found it. */
interface Found {
  result: PagefindResult;
  lang: string;
}

/** Marks for words in `lang` among the site's English words. */
const langMarks = (lang: string, languages: Languages) => (lang === SITE_LANGUAGE ? {} : { lang, dir: languages[lang][1] });

/**
 * The languages' indexes searched as one: results merged by score, filter counts added up. The
 * page's own language answers first; the others — each an engine, a WebAssembly module and an
 * index of its own to fetch — are searched when the page's language cannot fill the results
 * popup (fewer than MAX_HITS results: a word of another language typed on an English page finds at
 * most the few English pages that quote it), when every language is asked for (the search page,
 * with its language filter, where a reader sees and chooses them), and from then on. A page's
 * translations are one link away from it ("Also in").
 */
interface Search {
  search(q: string | null, filters: Filters, everyLanguage: boolean): Promise<{ found: Found[]; searched: string[] }>;
  preload(q: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
let engine: Promise<Search> | undefined;

/** One language's bundle: a module of its own, with its own WebAssembly (and so its own stemming). */
async function loadLanguage(base: string, lang: string) {
  // Pagefind asks for its WebAssembly only once pagefind.js has run and read its entry file:
  // fetched now, beside the script, it is not the last link of that chain (the file name is
  // fixed; the entry and index files carry hashes or a cache-busting query and cannot be named ahead).
  document.head.append(
    Object.assign(document.createElement('link'), {
      rel: 'preload',
      as: 'fetch',
      crossOrigin: 'anonymous',
      href: `${base}${bundlePath(lang)}wasm.${lang}.pagefind`,
    }),
  );
  const pf = (await import(/* @vite-ignore */ `${base}${bundlePath(lang)}pagefind.js`)) as Pagefind;
  // Weak length normalisation: short pages (a quote, a person) should not outrank the
  // source text that contains the same words in full.
  // No worker: on an index this size a search takes milliseconds on the main thread, and
  // the worker script would add to the bytes of the first search.
  await pf.options({ noWorker: true, baseUrl: base, excerptLength: 24, ranking: { pageLength: 0.1 } });
  await pf.init();
  return { lang, pf };
}
type Engine = Awaited<ReturnType<typeof loadLanguage>>;

/** The search over `languages`, `own` first (a site in one language loads one bundle, as it always has). */
function loadSearch(base: string, languages: string[], own: string): Promise<Search> {
  engine ??= (async () => {
    const first = await loadLanguage(base, own);
    let rest: Promise<Engine[]> | undefined;
    const others = () => (rest ??= Promise.all(languages.filter((l) => l !== own).map((l) => loadLanguage(base, l))));
    const searchIn = async (engines: Engine[], q: string | null, filters: Filters) =>
      (await Promise.all(engines.map(async ({ lang, pf }) => ((await pf.search(q, { filters }))?.results ?? []).map((result) => ({ result, lang }))))).flat();
    return {
      async search(q, filters, everyLanguage) {
        const mine = await searchIn([first], q, filters);
        const more = languages.length > 1 && (everyLanguage || rest || mine.length < MAX_HITS) ? await others() : [];
        // On a page in another language, its language's results first (a reader of /fr/search/ reads French first); an
        // English page ranks all by score, so a French word typed there still reaches the French release.
        const ownFirst = (f: Found) => Number(own !== SITE_LANGUAGE && f.lang === own);
        const found = [...mine, ...(await searchIn(more, q, filters))].sort((a, b) => ownFirst(b) - ownFirst(a) || b.result.score - a.result.score);
        return { found, searched: [first, ...more].map((e) => e.lang) };
      },
      async preload(q) {
        await Promise.all([first, ...(rest ? await rest : [])].map(({ pf }) => pf.preload(q)));
      },
      async filters() {
        const merged: Record<string, Record<string, number>> = {};
        for (const { pf } of [first, ...(await others())])
          for (const [name, values] of Object.entries(await pf.filters()))
            for (const [value, count] of Object.entries(values)) (merged[name] ??= {})[value] = (merged[name][value] ?? 0) + count;
        return merged;
      },
    };
  })();
  return engine;
}

/** A result's data, fetched once (the weak-match test and the list both read the first). */
const fragments = new WeakMap<PagefindResult, Promise<ResultData>>();
const dataOf = (r: PagefindResult) => fragments.get(r) ?? (fragments.set(r, r.data()), fragments.get(r)!);

/** Fewer results than this, or a first result that matched none of the query's words as typed, and the search asks the site's vocabulary for help. */
const FEW = 3;

/**
 * True when the best result's excerpt marks a word the reader typed (or that word with another
 * ending: "criminalités" marks "criminalité"), not just part of it — Pagefind answers "Interpl"
 * with the pages that say "in".
 */
async function matchesAsTyped(found: Found, query: string): Promise<boolean> {
  const d = await dataOf(found.result);
  const marked = [d.excerpt, ...(d.sub_results ?? []).map((s) => s.excerpt)].join(' ').match(/<mark>[^<]*<\/mark>/g) ?? [];
  const typed = wordsOf(query).filter((w) => w.length > 2);
  // Two letters typed so far ("Gl") match whatever starts with them: nothing to put right.
  if (!typed.length) return true;
  return marked.some((m) => {
    const w = fold(m.slice(6, -7)).replace(/[^\p{L}\p{N}]+$/u, '');
    return typed.some((t) => w.startsWith(t) || (t.startsWith(w) && w.length >= t.length - 2));
  });
}

/** One hit: the page, and the passage that matched best (a Pagefind sub-result), with the terms to highlight. */
async function hitOf({ result, lang }: Found, query: string, languages: Languages, labels: Record<string, string>) {
  const d = await dataOf(result);
  // The passage with the most matched words: Pagefind lists sub-results in page order.
  const marks = (x: SubResult) => x.excerpt.split('<mark>').length;
  const sub = [...(d.sub_results ?? [])].filter((x) => x.url.includes('#')).sort((a, b) => marks(b) - marks(a))[0] ?? d.sub_results?.[0];
  const url = new URL(sub?.url ?? d.url, location.href);
  url.searchParams.set('highlight', query);
  return {
    url: url.pathname + url.search + url.hash,
    title: d.meta.title ?? d.url,
    passage: sub && sub.url.includes('#') ? sub.title : '',
    // Each hit says its language where the site has more than one.
    details: [labels[d.meta.type] ?? d.meta.type, d.meta.date && dateOf(d.meta.date), d.meta.publisher, languages[lang]?.[0]].filter(Boolean).join(' · '),
    excerpt: sub?.excerpt ?? d.excerpt,
    marks: langMarks(lang, languages),
    kind: d.meta.type,
  };
}

/** A result's date (its ISO day) as the page's language writes dates. */
const dateOf = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`), 'day', document.documentElement.lang || SITE_LANGUAGE);

type Hit = Awaited<ReturnType<typeof hitOf>>;

/** One result row: title link, details line (type · date · publisher — passage), excerpt. */
function hitItem(list: HTMLElement, h: Hit, i: number): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  li.id = `${list.id}-${i}`;
  li.dataset.kind = h.kind;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  const a = Object.assign(document.createElement('a'), { href: h.url, textContent: h.title }, h.marks);
  const details = Object.assign(document.createElement('p'), { className: 'hit-details' });
  // The passage's first words are in the page's language.
  details.append(h.details, ...(h.passage ? [' — ', Object.assign(document.createElement('span'), { textContent: h.passage }, h.marks)] : []));
  const excerpt = Object.assign(document.createElement('p'), h.marks);
  // Pagefind's excerpt is escaped page text with <mark> around the hits.
  excerpt.innerHTML = h.excerpt;
  li.append(a, details, excerpt);
  return li;
}

/** The kinds of page a reader may look up by name (as Pagefind's `type` metadata gives them). */
const NAMED_KINDS = new Set(['Person', 'Organisation', 'Place', 'Topic']);

/** The list's first option when the search helped: "Did you mean …?", or the way back to the words as typed. */
function offerItem(list: HTMLElement, text: string, href: string, literal = false): HTMLLIElement {
  const li = Object.assign(document.createElement('li'), { className: 'search-hit search-offer' });
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  const a = Object.assign(document.createElement('a'), { href, textContent: text });
  if (literal) a.dataset.literal = '';
  li.append(a);
  return li;
}

function attach(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const list = document.getElementById(input.getAttribute('aria-controls')!)!;
  const status = document.getElementById(`${list.id}-status`)!;
  const base = form.dataset.base ?? '/';
  const languages = JSON.parse(form.dataset.languages ?? `{"${SITE_LANGUAGE}":[]}`) as Languages;
  // The index's English values (a result's kind) in the page's words, on a page in another language.
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, string>;
  // The page's language answers first where the archive has it; the site's otherwise.
  const own = document.documentElement.lang in languages ? document.documentElement.lang : SITE_LANGUAGE;
  const loadPagefind = (b: string) => loadSearch(b, Object.keys(languages), own);
  const onPage = form.dataset.mode === 'page';
  const filterBox = form.querySelector<HTMLElement>('.search-filters');
  // The filters exist on the search page only: their code is loaded there, not on every page.
  const page = filterBox ? import('./search-filters.ts') : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = -1;
  let seq = 0;
  let preloaded = '';

  const close = () => {
    list.replaceChildren();
    status.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const run = async () => {
    const query = input.value.trim();
    const filters = page ? (await page).selectedFilters(form) : {};
    const mine = ++seq;
    if (onPage) {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      for (const [name, { any }] of Object.entries(filters)) for (const v of any) params.append(name, v);
      history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    }
    if (!query && !Object.keys(filters).length) return close();
    const pf = await loadPagefind(base);
    // The search page, whose language filter counts every language, searches them all.
    let { found, searched } = await pf.search(query || null, filters, onPage);
    if (mine !== seq) return; // a newer query has started
    // Little found, or only part of a word: the site's vocabulary helps (loaded then, never before).
    // A misspelt name is put right and searched as well when that finds more; a question loses its
    // stop words when every word found too little; the page a query names goes first. The reader
    // is told, and can go back to the words typed ("offer": the first option of the list).
    let shown = query;
    let offer: { text: string; query: string; literal?: boolean } | undefined;
    let named: { label: string; url: string; kind: string } | undefined;
    // Weak: nothing found, or only part of a word typed. Few: fewer than FEW results, each a real match.
    const limit = onPage ? 50 : MAX_HITS;
    // The results' fragments are asked for at once (the test of the first reads its own, fetched once).
    for (const r of found.slice(0, limit)) void dataOf(r.result).catch(() => {});
    // (Under four letters nothing is put right: the vocabulary's names are longer, and the reader is still typing.)
    const weak = query.length >= 4 && (found.length === 0 || !(await matchesAsTyped(found[0], query)));
    // A question (three words or more) that found little may lose its stop words; a short query found as typed needs nothing.
    const help = query.length >= 4 && !literal && query.length <= 80 && (weak || (found.length < FEW && query.split(/\s+/).length > 2));
    if (mine !== seq) return;
    if (help) {
      const h = await (await import('./search-forgives.ts')).help(base, query);
      if (mine !== seq) return;
      // A rare word found as typed is not put right; a question is shortened only when it found little.
      const instead = (weak ? h.corrected : undefined) ?? (found.length < FEW ? h.shorter : undefined);
      if (instead) {
        const again = await pf.search(instead, filters, onPage);
        if (mine !== seq) return;
        // A correction is shown when it finds anything; a question's shorter form when it finds more.
        if (again.found.length > (h.corrected ? 0 : found.length)) ({ found, searched, query: shown } = { ...again, query: instead });
      }
      named = h.entry && { label: h.entry.label, url: h.entry.url, kind: h.entry.kind };
      if (shown !== query) offer = { text: word('searchInstead', { query }), query, literal: true };
      else if (h.corrected && weak) offer = { text: word('didYouMean', { suggestion: h.corrected }), query: h.corrected };
    }
    literal = false;
    const results = found.slice(0, limit);
    // Every hit's fragment is requested at once; each is shown as soon as it and the hits ranked
    // above it have arrived, so the first result does not wait for the slowest fragment. The
    // previous list stays until the first new hit replaces it (no flicker while typing).
    const pending = results.map((r) => hitOf(r, shown, languages, labels));
    for (const p of pending) p.catch(() => {}); // failures surface in the loop; a superseded query's are moot
    // Before the results: the offer, and the page the query names (once: not again among the results).
    const first: HTMLLIElement[] = [];
    if (offer) first.push(offerItem(list, offer.text, `${base}search/?q=${encodeURIComponent(offer.query)}`, offer.literal));
    if (named)
      first.push(
        hitItem(
          list,
          { url: named.url, title: named.label, passage: '', details: labels[named.kind] ?? named.kind, excerpt: '', marks: {}, kind: named.kind },
          0,
        ),
      );
    first.forEach((li, k) => (li.id = `${list.id}-${k}`));
    let at = first.length;
    const replace = (...items: HTMLLIElement[]) => {
      active = -1;
      input.removeAttribute('aria-activedescendant');
      list.replaceChildren(...first, ...items);
      input.setAttribute('aria-expanded', String(list.children.length > 0));
    };
    if (!results.length) replace();
    for (const [i, hit] of pending.entries()) {
      const h = await hit;
      if (mine !== seq) return;
      const again = named && new URL(h.url, location.href).pathname === named.url;
      const item = again ? [] : [hitItem(list, h, at++)];
      if (i === 0) replace(...item);
      else list.append(...item);
    }
    // Without the vocabulary, a name page among the results whose title is the query goes first ("Tirana": the place).
    if (!named) {
      const items = [...list.children] as HTMLElement[];
      const page = items.find(
        (li, k) => k > first.length && NAMED_KINDS.has(li.dataset.kind ?? '') && fold(li.querySelector('a')!.textContent) === fold(shown),
      );
      if (page) {
        list.insertBefore(page, items[first.length]);
        [...list.children].forEach((li, k) => (li.id = `${list.id}-${k}`));
      }
    }
    // Announced once, when the list is complete.
    const count = found.length;
    // Where the other languages were not searched, the count says in which language it is.
    const only = searched.length < Object.keys(languages).length ? word('inLanguage', { language: languages[own]?.[0] ?? own }) : '';
    const counted = `${count ? word('results', {}, count) : word('noResults')}${only}${shown && shown === query ? word('forQuery', { query }) : ''}${count > results.length ? word('showingFirst', { shown: results.length }) : ''}`;
    status.textContent =
      shown !== query ? `${word('showingFor', { query: shown })} ${counted}. ${offer!.text}.` : offer ? `${counted}. ${offer.text}` : counted;
    input.setAttribute('aria-expanded', String(list.children.length > 0));
  };
  /** Set when the reader chose the words as typed: that search is not put right again. */
  let literal = false;
  list.addEventListener('click', (e) => {
    const a = (e.target as Element).closest<HTMLAnchorElement>('.search-offer a');
    if (!a) return;
    e.preventDefault();
    input.value = new URL(a.href).searchParams.get('q') ?? '';
    literal = a.dataset.literal !== undefined;
    input.focus();
    void run();
  });

  const select = (i: number) => {
    const items = [...list.children] as HTMLElement[];
    if (!items.length) return;
    active = (i + items.length) % items.length;
    items.forEach((el, k) => el.setAttribute('aria-selected', String(k === active)));
    input.setAttribute('aria-activedescendant', items[active].id);
    items[active].scrollIntoView({ block: 'nearest' });
  };

  input.addEventListener('focus', () => void loadPagefind(base), { once: true });
  // This script arrives on the box's first focus: Pagefind is asked for now, and what was typed meanwhile searched.
  if (document.activeElement === input) void loadPagefind(base);
  if (!onPage && input.value.trim()) timer = setTimeout(run, DEBOUNCE_MS);
  input.addEventListener('input', () => {
    const ahead = preloadable(input.value);
    if (ahead && ahead !== preloaded) {
      preloaded = ahead;
      void loadPagefind(base).then((pf) => pf.preload(ahead));
    }
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      select(active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      select(active - 1);
    } else if (e.key === 'Escape') close();
    else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      list.querySelectorAll('a')[active]?.click();
    }
  });
  if (!onPage) {
    // Clicking elsewhere closes the popup.
    document.addEventListener('click', (e) => !form.contains(e.target as Node) && close());
    return;
  }
  form.addEventListener('submit', (e) => (e.preventDefault(), void run()));
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (page && filterBox) {
    void Promise.all([page, loadPagefind(base)])
      .then(async ([filters, pf]) => {
        const initial = filters.filtersFromAddress(filterBox);
        filters.renderFilters(filterBox, await pf.filters(), initial, () => void run());
        return input.value !== '' || Object.keys(initial).length > 0;
      })
      .then((wanted) => {
        if (wanted) void run();
      });
  } else if (input.value !== '') void run();
}

/** Attach every search form of the page (search-boxes.ts loads this script when a reader reaches for one). */
export function start() {
  document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(attach);
}
