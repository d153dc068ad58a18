/**
 * The Content-Security-Policy: nothing beyond the site itself. One definition serves the
 * <meta> tag on every page and the `_headers` file for static hosts (src/integrations/headers.ts).
 * Pagefind compiles WebAssembly ('wasm-unsafe-eval') and starts a worker from a blob: URL.
 * No inline scripts or styles exist (stylesheets are never inlined), so no 'unsafe-inline'.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
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

/** The policy for the <meta http-equiv> tag. */
export const metaPolicy = () => serialize(CSP_DIRECTIVES);
/** The policy for the Content-Security-Policy HTTP header. */
export const headerPolicy = () => serialize({ ...CSP_DIRECTIVES, ...HEADER_ONLY });
