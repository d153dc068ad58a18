/**
 * "Copy link" for passages, headings and quotes: a progressive enhancement of the plain
 * "#" links the passage marks add (src/lib/markdown/passage-marks.ts). Following the link still moves to the passage (and :target
 * highlights it); with JavaScript the full URL is also copied and the copy announced.
 */
const LINKS = 'a.passage-link, a.permalink';

function copyStatus(): HTMLElement {
  let el = document.getElementById('copy-status');
  if (!el) {
    el = Object.assign(document.createElement('p'), { id: 'copy-status', className: 'visually-hidden' });
    el.setAttribute('role', 'status');
    document.body.append(el);
  }
  return el;
}

for (const a of document.querySelectorAll<HTMLAnchorElement>(LINKS)) {
  // A permalink's visible words stay first in its name (WCAG 2.5.3 "label in name").
  a.setAttribute(
    'aria-label',
    a.classList.contains('permalink') ? `${a.textContent.trim()} (copies the link)` : `Copy link to this ${a.closest('h2,h3,h4') ? 'section' : 'passage'}`,
  );
}

document.addEventListener('click', async (e) => {
  const a = (e.target as Element).closest?.<HTMLAnchorElement>(LINKS);
  if (!a) return;
  const url = a.href;
  try {
    await navigator.clipboard.writeText(url);
    copyStatus().textContent = `Link copied: ${url}`;
    a.dataset.copied = '';
    setTimeout(() => delete a.dataset.copied, 2000);
  } catch {
    copyStatus().textContent = 'Could not copy: the link is in the address bar.';
  }
});

// An old anchor (content/anchor-aliases.yaml) forwards to the passage's current id.
function followAlias() {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const to = target instanceof HTMLElement ? target.dataset.aliasFor : undefined;
  if (to) location.replace(`#${to}`);
}
followAlias();
addEventListener('hashchange', followAlias);
