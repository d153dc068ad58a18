/** The header's theme switch: system → light → dark, stored for the next page (src/lib/site/theme.ts). */
import { THEME_KEY, THEMES, type Theme } from '../lib/site/theme.ts';
import { word } from './words.ts';

const LABELS: Record<Theme, string> = { system: word('theme.system'), light: word('theme.light'), dark: word('theme.dark') };

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-switch]')) {
  const root = document.documentElement;
  const show = (theme: Theme) => {
    button.dataset.current = theme;
    button.setAttribute('aria-label', LABELS[theme]);
    button.title = LABELS[theme];
  };
  let current: Theme = (root.dataset.theme as Theme | undefined) ?? 'system';
  show(current);
  button.hidden = false;
  button.addEventListener('click', () => {
    current = THEMES[(THEMES.indexOf(current) + 1) % THEMES.length];
    if (current === 'system') delete root.dataset.theme;
    else root.dataset.theme = current;
    try {
      if (current === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, current);
    } catch {
      // Storage refused (private mode): the choice holds for this page only.
    }
    show(current);
  });
}
