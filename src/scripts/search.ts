/**
 * Search as you type, on Pagefind's own JS API. A progressive enhancement of a plain form
 * that submits to /search/: nothing loads until the reader focuses a search box, then
 * Pagefind's small loader fetches only the index chunks a query needs. On /search/ the
 * query and filters live in the address (?q=…&type=…), so a search can be linked.
 */
import { preloadable } from './search-ahead.ts';

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
  data(): Promise<ResultData>;
}
type Filters = Record<string, { any: string[] }>;
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
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Weak length normalisation: short pages (a quote, a person) should not outrank the
    // source text that contains the same words in full.
    // No worker: on an index this size a search takes milliseconds on the main thread, and
    // the worker script would add to the bytes of the first search.
    await pf.options({ noWorker: true, baseUrl: base, excerptLength: 24, ranking: { pageLength: 0.1 } });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** One hit: the page, and the passage that matched best (a Pagefind sub-result), with the terms to highlight. */
async function hitOf(result: PagefindResult, query: string) {
  const d = await result.data();
  // The passage with the most matched words: Pagefind lists sub-results in page order.
  const marks = (x: SubResult) => x.excerpt.split('<mark>').length;
  const sub = [...(d.sub_results ?? [])].filter((x) => x.url.includes('#')).sort((a, b) => marks(b) - marks(a))[0] ?? d.sub_results?.[0];
  const url = new URL(sub?.url ?? d.url, location.href);
  url.searchParams.set('highlight', query);
  return {
    url: url.pathname + url.search + url.hash,
    title: d.meta.title ?? d.url,
    passage: sub && sub.url.includes('#') ? sub.title : '',
    details: [d.meta.type, d.meta.date && formatDate(d.meta.date), d.meta.publisher].filter(Boolean).join(' · '),
    excerpt: sub?.excerpt ?? d.excerpt,
  };
}

const formatDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

type Hit = Awaited<ReturnType<typeof hitOf>>;

/** One result row: title link, details line (type · date · publisher — passage), excerpt. */
function hitItem(list: HTMLElement, h: Hit, i: number): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  li.id = `${list.id}-${i}`;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  const a = Object.assign(document.createElement('a'), { href: h.url, textContent: h.title });
  const details = Object.assign(document.createElement('p'), { className: 'hit-details', textContent: h.passage ? `${h.details} — ${h.passage}` : h.details });
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped page text with <mark> around the hits.
  excerpt.innerHTML = h.excerpt;
  li.append(a, details, excerpt);
  return li;
}

/** The filter checkboxes of the search page, built from the index's own filter values. */
async function renderFilters(box: HTMLElement, pf: Pagefind, selected: Filters, onChange: () => void) {
  const available = await pf.filters();
  box.replaceChildren(
    ...Object.entries(filterLabels(box))
      .filter(([name]) => available[name] && Object.keys(available[name]).length)
      .map(([name, label]) => {
        const set = document.createElement('fieldset');
        set.append(Object.assign(document.createElement('legend'), { textContent: label }));
        const values = Object.entries(available[name]).sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
        for (const [value, count] of values) {
          const input = Object.assign(document.createElement('input'), {
            type: 'checkbox',
            name,
            value,
            checked: selected[name]?.any.includes(value) ?? false,
          });
          input.addEventListener('change', onChange);
          const labelEl = document.createElement('label');
          labelEl.append(input, ` ${value} (${count})`);
          set.append(labelEl);
        }
        return set;
      }),
  );
  box.hidden = false;
}

function selectedFilters(form: HTMLFormElement): Filters {
  const filters: Filters = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('.search-filters input:checked')) (filters[input.name] ??= { any: [] }).any.push(input.value);
  return filters;
}

/** Filter names and labels, in display order, as src/lib/site/search-meta.ts defines them (handed over by the page). */
const filterLabels = (box: HTMLElement): Record<string, string> => JSON.parse(box.dataset.filters ?? '{}');

function filtersFromAddress(box: HTMLElement): Filters {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const name of Object.keys(filterLabels(box))) if (params.getAll(name).length) filters[name] = { any: params.getAll(name) };
  return filters;
}

function attach(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const list = document.getElementById(input.getAttribute('aria-controls')!)!;
  const status = document.getElementById(`${list.id}-status`)!;
  const base = form.dataset.base ?? '/';
  const onPage = form.dataset.mode === 'page';
  const filterBox = form.querySelector<HTMLElement>('.search-filters');
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
    const filters = onPage && filterBox ? selectedFilters(form) : {};
    const mine = ++seq;
    if (onPage) {
      const params = new URLSearchParams();
      if (query) params.set('q', query);
      for (const [name, { any }] of Object.entries(filters)) for (const v of any) params.append(name, v);
      history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    }
    if (!query && !Object.keys(filters).length) return close();
    const pf = await loadPagefind(base);
    const found = await pf.search(query || null, { filters });
    if (mine !== seq) return; // a newer query has started
    const results = (found?.results ?? []).slice(0, onPage ? 50 : MAX_HITS);
    // Every hit's fragment is requested at once; each is shown as soon as it and the hits ranked
    // above it have arrived, so the first result does not wait for the slowest fragment. The
    // previous list stays until the first new hit replaces it (no flicker while typing).
    const pending = results.map((r) => hitOf(r, query));
    for (const p of pending) p.catch(() => {}); // failures surface in the loop; a superseded query's are moot
    if (!results.length) list.replaceChildren();
    for (const [i, hit] of pending.entries()) {
      const h = await hit;
      if (mine !== seq) return;
      if (i === 0) {
        active = -1;
        input.removeAttribute('aria-activedescendant');
        list.replaceChildren(hitItem(list, h, 0));
        input.setAttribute('aria-expanded', 'true');
      } else list.append(hitItem(list, h, i));
    }
    // Announced once, when the list is complete.
    const count = found?.results.length ?? 0;
    status.textContent = `${count || 'No'} result${count === 1 ? '' : 's'}${query ? ` for “${query}”` : ''}${count > results.length ? `, showing the first ${results.length}` : ''}`;
    input.setAttribute('aria-expanded', String(results.length > 0));
  };

  const select = (i: number) => {
    const items = [...list.children] as HTMLElement[];
    if (!items.length) return;
    active = (i + items.length) % items.length;
    items.forEach((el, k) => el.setAttribute('aria-selected', String(k === active)));
    input.setAttribute('aria-activedescendant', items[active].id);
    items[active].scrollIntoView({ block: 'nearest' });
  };

  input.addEventListener('focus', () => void loadPagefind(base), { once: true });
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
  const initial = filterBox ? filtersFromAddress(filterBox) : {};
  const wanted = input.value !== '' || Object.keys(initial).length > 0;
  if (filterBox) {
    void loadPagefind(base)
      .then((pf) => renderFilters(filterBox, pf, initial, () => void run()))
      .then(() => {
        if (wanted) void run();
      });
  } else if (wanted) void run();
}

document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(attach);

// "/" or Ctrl/Cmd+K jumps to the search box from anywhere on the page.
document.addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
  if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
    const box = document.querySelector<HTMLInputElement>('form[data-mode=page] input[type=search]') ?? document.querySelector<HTMLInputElement>('#site-search');
    if (box) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  }
});
