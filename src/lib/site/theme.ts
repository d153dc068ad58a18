/**
 * The reader's colour theme. Without a choice (or without JavaScript) the system's preference
 * rules, through light-dark() in src/styles/tokens.css; the header's switch stores a choice and
 * this script, inline in every page's head, applies it before the first paint (no flash of the
 * other theme). Allowed by its hash in the Content-Security-Policy (csp.ts, http-headers.ts).
 */
export const THEME_KEY = 'theme';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
