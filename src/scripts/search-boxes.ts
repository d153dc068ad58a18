/**
 * Every page's search boxes before anyone searches: the search script (search.ts, with the
 * scripts' search words, dates and matching) loads when a reader reaches for a box — its first
 * focus, "/" or Ctrl/Cmd+K — and at once on the search page; a visit that never searches never
 * fetches it. Pagefind itself loads from there, as before.
 */
let search: Promise<void> | undefined;
const load = () => (search ??= import('./search.ts').then((m) => m.start()));

const boxes = document.querySelectorAll<HTMLInputElement>('form[data-search] input[type=search]');
if (document.querySelector('form[data-search][data-mode=page]')) void load();
else for (const box of boxes) box.addEventListener('focus', () => void load(), { once: true });

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
