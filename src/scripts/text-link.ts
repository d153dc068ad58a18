/**
 * "Link to this text": for words selected inside one passage of a source, a link to the
 * passage plus a text fragment (`#<passage-id>:~:text=…`). Browsers with text fragments land on
 * the words and mark them; the others land on the passage. The words are given whole when the
 * page has them only once; otherwise with the words before and after them (prefix-, ,-suffix),
 * as the text-fragments specification has it; a long selection by its first and last words.
 */
import { confirm } from './cite-panel.ts';
import { EVIDENCE_LINKS, PASSAGE, PASSAGE_LINK, TEXT_LINK } from '../lib/markdown/class-names.ts';
import type { Word } from './words.ts';

/** A text-fragment term: percent-encoded, with the characters the syntax uses (- , &) encoded too. */
const term = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How often `words` occur in the page's visible text. */
let pageText: string | undefined;
function occurrences(words: string): number {
  // Read once (the page's words do not change), not at every change of the selection.
  const text = (pageText ??= squash(document.querySelector('main')?.textContent ?? ''));
  let count = 0;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) count++;
  return count;
}

/** Up to `n` words of `text` nearest to its end (or, with `fromStart`, to its start). */
function words(text: string, n: number, fromStart = false): string {
  const all = squash(text).split(' ').filter(Boolean);
  return (fromStart ? all.slice(0, n) : all.slice(-n)).join(' ');
}

/**
 * The link to a selection inside one passage, or undefined if the selection is empty or
 * crosses passages.
 */
export function linkToSelection(selection: Selection): { url: string; passage: HTMLElement } | undefined {
  if (selection.isCollapsed || !selection.rangeCount) return undefined;
  const range = selection.getRangeAt(0);
  const within = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(`.prose .${PASSAGE}`);
  const passage = within(range.startContainer);
  if (!passage || passage !== within(range.endContainer)) return undefined;
  // The words as the passage has them: not its "#", its notes, or this button.
  const copy = range.cloneContents();
  for (const el of copy.querySelectorAll(`.${PASSAGE_LINK}, .${EVIDENCE_LINKS}, .${TEXT_LINK}`)) el.remove();
  const selected = squash(copy.textContent ?? '');
  if (!selected) return undefined;
  const all = selected.split(' ');
  // A long selection is given by its first and last words (textStart,textEnd), not whole.
  let fragment = all.length > 12 ? `${term(all.slice(0, 5).join(' '))},${term(all.slice(-5).join(' '))}` : term(selected);
  if (occurrences(selected) > 1) {
    // The words around the selection, inside its passage, tell it apart.
    const before = document.createRange();
    before.setStart(passage, 0);
    before.setEnd(range.startContainer, range.startOffset);
    const after = document.createRange();
    after.setStart(range.endContainer, range.endOffset);
    after.setEnd(passage, passage.childNodes.length);
    const prefix = words(before.toString(), 3);
    const suffix = words(after.toString().replace(/\s*#\s*$/, ''), 3, true);
    fragment = `${prefix ? `${term(prefix)}-,` : ''}${fragment}${suffix ? `,-${term(suffix)}` : ''}`;
  }
  return { url: `${location.origin}${location.pathname}#${passage.id}:~:text=${fragment}`, passage };
}

/** The one "Link to this text" button, put just after the selection's passage so the keyboard reaches it next. */
function button(word: Word): HTMLButtonElement {
  let b = document.getElementById('text-link') as HTMLButtonElement | null;
  if (!b) {
    b = Object.assign(document.createElement('button'), { id: 'text-link', type: 'button', className: TEXT_LINK, textContent: word('textLink') });
    b.setAttribute('data-pagefind-ignore', '');
  }
  return b;
}

/** Offer a link to the current selection (or withdraw the offer when there is none). */
export function offer(announce: (message: string) => void, word: Word) {
  const selection = document.getSelection();
  const found = selection && linkToSelection(selection);
  const b = button(word);
  if (!found) {
    // Clicking the button itself collapses the selection: keep it until the click is handled.
    if (document.activeElement !== b) b.remove();
    return;
  }
  // After a paragraph; inside a list item (a list holds items only).
  if (found.passage.tagName === 'LI') found.passage.append(b);
  else found.passage.after(b);
  b.onclick = async () => {
    try {
      await navigator.clipboard.writeText(found.url);
      confirm(b, word('textLinkCopied'));
      announce(word('textLinkAnnounce', { url: found.url }));
    } catch {
      announce(word('textLinkFailed', { url: found.url }));
    }
  };
}
