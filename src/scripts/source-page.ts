/**
 * What only source pages (and their cite pages) need, so other pages carry none of it: the cite
 * panel's copy buttons and "Link to this text". The every-page script (Header) imports it on a
 * page with a cite panel and hands it the page's words: importing nothing from that script, it
 * shares no chunk with it (a shared chunk would be one more request on every page) and needs no
 * preload helper.
 */
import { enhance } from './cite-panel.ts';
import { offer } from './text-link.ts';
import { CITE_PANEL, CITE_PASSAGE, PASSAGE, PASSAGE_CITE, PASSAGE_LINK } from '../lib/markdown/class-names.ts';
import type { Word } from './words.ts';

/** Says what was copied, in the site's one live region (passage-links.ts, in every page's script, answers the event). */
const announce = (message: string) => document.dispatchEvent(new CustomEvent('announce', { detail: message }));

export function start(word: Word) {
  // A cite panel's copy buttons, shown the first time a panel opens.
  document.addEventListener(
    'toggle',
    (e) => {
      const panel = e.target;
      if (!(panel instanceof HTMLDetailsElement) || !panel.open || !panel.matches(`.${CITE_PANEL}`) || panel.dataset.enhanced !== undefined) return;
      panel.dataset.enhanced = '';
      enhance(panel, announce, word);
    },
    true,
  );

  // A panel open from the start (the cite page) and the cite page's passages get theirs at once.
  for (const container of document.querySelectorAll<HTMLElement>(`details.${CITE_PANEL}[open], .${CITE_PASSAGE}`)) {
    if (container instanceof HTMLDetailsElement) container.dataset.enhanced = '';
    enhance(container, announce, word);
  }

  // "Link to this text", offered while words are selected inside a source text.
  document.addEventListener('selectionchange', () => offer(announce, word));

  // The arrival note's "Cite a passage" goes straight to the passage the reader arrived at, on the cite page.
  function citeArrival() {
    const link = document.querySelector<HTMLAnchorElement>('a[data-cite-passage]');
    const id = decodeURIComponent(location.hash.slice(1)).split(':~:')[0];
    if (link && id && document.getElementById(id)?.matches(`.prose .${PASSAGE}`)) link.hash = id;
  }
  citeArrival();
  addEventListener('hashchange', citeArrival);

  // Beside each passage's "#", a "cite" link to that passage on the cite page (its citations, its
  // words as a quotation). Added here: without JavaScript the cite page is one link away, in the panel.
  const citePage = document.querySelector<HTMLAnchorElement>('a[data-cite-passage]')?.pathname;
  for (const self of citePage ? document.querySelectorAll<HTMLAnchorElement>(`.prose .${PASSAGE}:not(h2, h3, h4, h5, h6) > a.${PASSAGE_LINK}`) : []) {
    const cite = Object.assign(document.createElement('a'), { className: PASSAGE_CITE, href: `${citePage}${self.hash}`, textContent: word('cite') });
    cite.setAttribute('aria-label', word('citePassage'));
    cite.setAttribute('data-pagefind-ignore', '');
    self.after(' ', cite);
  }
}
