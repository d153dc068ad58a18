/**
 * The cite panel's copy buttons, loaded the first time a panel is opened (passage-links.ts):
 * each button copies the text of the element it names — a link, a citation, a quotation as
 * text or as HTML — and the copy is announced. Without JavaScript the panel shows the same
 * text, ready to select; the buttons stay hidden.
 */
export function enhance(panel: HTMLElement, announce: (message: string) => void) {
  for (const button of panel.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = document.getElementById(button.dataset.copy!);
      const text = source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement ? source.value : (source?.textContent ?? '').trim();
      try {
        await navigator.clipboard.writeText(text);
        announce(`Copied: ${button.dataset.what ?? 'text'}`);
      } catch {
        announce('Could not copy: select the text and copy it by hand.');
      }
    });
  }
}
