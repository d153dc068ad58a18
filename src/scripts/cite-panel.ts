/**
 * The copy buttons of a cite panel or a cite page's passage: each copies the text of the element
 * it names — a link, a citation, a quotation as text or as HTML — says so on the button for a
 * moment, and announces it. Without JavaScript the same text is there to select; the buttons
 * stay hidden.
 */
import type { Word } from './words.ts';

/** Show `words` ("Copied") on a button for a moment, then its own words again. */
export function confirm(button: HTMLButtonElement, words: string) {
  const own = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = own;
  button.textContent = words;
  setTimeout(() => (button.textContent = own), 2000);
}

export function enhance(container: HTMLElement, announce: (message: string) => void, word: Word) {
  for (const button of container.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (!button.hidden) continue; // already enhanced
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy!);
      const text = source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement ? source.value : (source?.textContent ?? '').trim();
      try {
        await navigator.clipboard.writeText(text);
        confirm(button, word('copied'));
        announce(word('copiedWhat', { what: button.dataset.what ?? '' }));
      } catch {
        announce(word('copyFailed'));
      }
    });
  }
}
