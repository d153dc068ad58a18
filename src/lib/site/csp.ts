/**
 * The Content-Security-Policy: nothing beyond the site itself. One definition serves the
 * <meta> tag on every page and the `_headers` file for static hosts (src/integrations/headers.ts).
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval') and starts a worker from a blob: URL.
 * The one inline stylesheet (Base.astro) is allowed by its hash; no 'unsafe-inline'.
 */
import { createHash } from 'node:crypto';

const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/**
 * Who may frame a page — a directive a <meta> policy may not carry, so it goes in the HTTP header
 * only: nobody, except for embed cards, which exist to be framed by any site.
 */
export type Framing = 'none' | 'any';
const FRAME_ANCESTORS: Record<Framing, string> = { none: "'none'", any: '*' };

const serialize = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The CSP source that allows one inline stylesheet (or script) with exactly this text. */
const sha256Source = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
export const styleHash = (css: string) => sha256Source(css);
export const scriptHash = (js: string) => sha256Source(js);

const withInline = (styles: string[], scripts: string[]) => ({
  ...CSP_DIRECTIVES,
  'script-src': [CSP_DIRECTIVES['script-src'], ...scripts].join(' '),
  'style-src': [CSP_DIRECTIVES['style-src'], ...styles].join(' '),
});

/** The policy for the <meta http-equiv> tag, allowing the page's inline stylesheets (and scripts) by hash. */
export const metaPolicy = (styleHashes: string[] = [], scriptHashes: string[] = []) => serialize(withInline(styleHashes, scriptHashes));
/** The policy for the Content-Security-Policy HTTP header: the same, plus who may frame the page. */
export const headerPolicy = (styleHashes: string[] = [], scriptHashes: string[] = [], framing: Framing = 'none') =>
  serialize({ ...withInline(styleHashes, scriptHashes), 'frame-ancestors': FRAME_ANCESTORS[framing] });

/**
 * A stylesheet as a page inlines it when Vite does not process it: comments out, whitespace
 * runs as one space. The same text, so the same hash, in the page's <meta> policy and in _headers.
 * @example compactCss('/* a *\/ .x {\n  color: red;\n}') // '.x { color: red; }'
 */
export const compactCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Stylesheets only some pages inline (besides the global one), by project path, for _headers' policy. */
/** The language bar's, on a multilingual archive's pages only (Base). */
export const LANGUAGES_STYLESHEET = 'src/styles/languages.css';
export const PAGE_STYLESHEETS = [
  'src/styles/source-page.css',
  'src/styles/search-page.css',
  'src/styles/home.css',
  'src/styles/visual-pages.css',
  LANGUAGES_STYLESHEET,
];
/** The embed cards' one stylesheet (they inline nothing else), by project path. */
export const EMBED_STYLESHEET = 'src/styles/embed-card.css';
