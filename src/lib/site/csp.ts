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

/** Directives a <meta> policy may not carry; they go in the HTTP header only. */
const HEADER_ONLY: Record<string, string> = { 'frame-ancestors': "'none'" };

const serialize = (d: Record<string, string>) =>
  Object.entries(d)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The CSP source that allows one inline stylesheet with exactly this text. */
export const styleHash = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

const withStyles = (hashes: string[]) => ({ ...CSP_DIRECTIVES, 'style-src': [CSP_DIRECTIVES['style-src'], ...hashes].join(' ') });

/** The policy for the <meta http-equiv> tag, allowing the page's inline stylesheets by hash. */
export const metaPolicy = (styleHashes: string[] = []) => serialize(withStyles(styleHashes));
/** The policy for the Content-Security-Policy HTTP header (the same, plus header-only directives). */
export const headerPolicy = (styleHashes: string[] = []) => serialize({ ...withStyles(styleHashes), ...HEADER_ONLY });

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
export const PAGE_STYLESHEETS = ['src/styles/source-page.css'];
