/**
 * "Copy link" for passages, headings and quotes: a progressive enhancement of the plain
 * "#" links the passage marks add (src/lib/markdown/passage-marks.ts). Following the link still moves to the passage (and :target
 * highlights it); with JavaScript the full URL is also copied and the copy announced.
 */
import { PASSAGE_LINK, PERMALINK } from '../lib/markdown/class-names.ts';
import { word } from './words.ts';

const LINKS = `a.${PASSAGE_LINK}, a.${PERMALINK}`;

/**
 * The one live region the site's scripts announce in (a copied link or citation, a link offered),
 * made on first use. The source pages' script is another bundle: it announces with an "announce"
 * event on the document (source-page.ts), which this answers — sharing a module would cost every
 * page a request for a chunk of its own.
 */
function announce(message: string) {
  let el = document.getElementById('copy-status');
  if (!el) {
    el = Object.assign(document.createElement('p'), { id: 'copy-status', className: 'visually-hidden' });
    el.setAttribute('role', 'status');
    document.body.append(el);
  }
  el.textContent = message;
}
document.addEventListener('announce', (e) => e instanceof CustomEvent && typeof e.detail === 'string' && announce(e.detail));

for (const a of document.querySelectorAll<HTMLAnchorElement>(LINKS)) {
  // A permalink's visible words stay first in its name (WCAG 2.5.3 "label in name").
  a.setAttribute(
    'aria-label',
    a.classList.contains(PERMALINK) ? word('copiesLink', { text: a.textContent.trim() }) : word(a.closest('h2,h3,h4') ? 'copyLinkSection' : 'copyLinkPassage'),
  );
}

document.addEventListener('click', async (e) => {
  const a = (e.target as Element).closest?.<HTMLAnchorElement>(LINKS);
  if (!a) return;
  const url = a.href;
  try {
    await navigator.clipboard.writeText(url);
    announce(word('linkCopied', { url }));
    a.dataset.copied = '';
    setTimeout(() => delete a.dataset.copied, 2000);
  } catch {
    announce(word('linkCopyFailed'));
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
