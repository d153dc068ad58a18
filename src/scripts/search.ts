/**
 * Search as you type, on Pagefind's own JS API. A progressive enhancement of a plain form
 * that submits to /search/: nothing loads until the reader focuses a search box, then
 * Pagefind's small loader fetches only the index chunks a query needs.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; sub_results?: { url: string; title: string; excerpt: string }[] }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

const DEBOUNCE_MS = 60;
const MAX_HITS = 8;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // Weak length normalisation: short pages (a quote, a person) should not outrank the
    // source text that contains the same words in full.
    await pf.options({ baseUrl: base, excerptLength: 24, ranking: { pageLength: 0.1 } });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/** One result: the page, and its best-matching passage when Pagefind found one. */
async function hitOf(result: PagefindResult) {
  const d = await result.data();
  const sub = d.sub_results?.find((s) => s.url.includes('#')) ?? d.sub_results?.[0];
  return { url: sub?.url ?? d.url, title: d.meta.title ?? d.url, type: d.meta.type ?? '', excerpt: sub?.excerpt ?? d.excerpt };
}

function render(list: HTMLElement, hits: Awaited<ReturnType<typeof hitOf>>[], query: string, status: HTMLElement) {
  list.replaceChildren(
    ...hits.map((h, i) => {
      const li = document.createElement('li');
      li.className = 'search-hit';
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      const a = document.createElement('a');
      a.href = h.url;
      a.textContent = h.title;
      const p = document.createElement('p');
      // Pagefind's excerpt is escaped page text with <mark> around the hits.
      p.innerHTML = `${h.type ? `<span class="hit-type">${h.type}</span> · ` : ''}${h.excerpt}`;
      li.append(a, p);
      return li;
    }),
  );
  status.textContent = query ? `${hits.length || 'No'} result${hits.length === 1 ? '' : 's'} for “${query}”` : '';
}

function attach(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
  const list = document.getElementById(input.getAttribute('aria-controls')!)!;
  const status = form.querySelector<HTMLElement>('[role=status]') ?? document.getElementById(`${list.id}-status`)!;
  const base = form.dataset.base ?? '/';
  const onPage = form.dataset.mode === 'page';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let active = -1;
  let seq = 0;

  const run = async () => {
    const query = input.value.trim();
    const mine = ++seq;
    if (onPage) history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) return render(list, [], '', status), input.setAttribute('aria-expanded', 'false');
    const pf = await loadPagefind(base);
    const found = await pf.search(query);
    const hits = await Promise.all((found?.results ?? []).slice(0, onPage ? 30 : MAX_HITS).map(hitOf));
    if (mine !== seq) return; // a newer query has started
    active = -1;
    render(list, hits, query, status);
    input.setAttribute('aria-expanded', String(hits.length > 0));
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
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') (e.preventDefault(), select(active + 1));
    else if (e.key === 'ArrowUp') (e.preventDefault(), select(active - 1));
    else if (e.key === 'Escape') (render(list, [], '', status), input.setAttribute('aria-expanded', 'false'));
    else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      list.querySelectorAll('a')[active]?.click();
    }
  });
  if (onPage) {
    form.addEventListener('submit', (e) => (e.preventDefault(), void run()));
    const q = new URLSearchParams(location.search).get('q');
    if (q) (input.value = q), void run();
  }
}

document.querySelectorAll<HTMLFormElement>('form[data-search]').forEach(attach);

// "/" or Ctrl/Cmd+K jumps to the search box from anywhere on the page.
document.addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
  if ((e.key === '/' && !typing) || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
    const box = document.querySelector<HTMLInputElement>('form[data-mode=page] input[type=search]') ?? document.querySelector<HTMLInputElement>('#site-search');
    if (box) (e.preventDefault(), box.focus());
  }
});
