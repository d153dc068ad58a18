// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { rehypePassages, satteriPassages } from './src/lib/markdown/passage-marks.ts';
import { mentionLinks } from './src/lib/markdown/mention-links.ts';
import { pathOf, withBase, withoutBase } from './src/lib/site/routes.ts';
import { onePass } from './src/lib/markdown/one-pass.ts';
import { linkTerms } from './src/lib/content/registry.ts';
import { MDX_REMARK_PLUGINS, SOURCE_FEATURES } from './src/lib/content/passages.ts';
import pagefind from './src/integrations/pagefind.ts';
import headers from './src/integrations/headers.ts';
import qrCodes from './src/integrations/qr-codes.ts';
import checkAndPreviews from './src/integrations/check-and-previews.ts';
import buildState from './src/integrations/build-cache.ts';
import { readPageDates, readRedirects, readSourceVersions } from './src/lib/content/url-data.ts';
import { siteSettings } from './src/lib/site/settings.ts';

// Where the site is published, built and cached: SITE_URL, BASE_PATH, OUT_DIR, ASTRO_CACHE_DIR,
// checked once (src/lib/site/settings.ts). See README → Deploying.
const settings = siteSettings();
const site = settings.SITE_URL;
const base = settings.BASE_PATH;

/** @type {Map<string, string> | undefined} page path → its lastmod, read once per build */
let pageDates;
/** @type {Map<string, string[][]> | undefined} path → [lang, absolute URL] of each version, read once per build */
let versions;
const versionsOf = (/** @type {string} */ path) => {
  versions ??= new Map(
    [...readSourceVersions()].map(([id, list]) => [
      pathOf({ collection: 'sources', id }),
      list.map((v) => [v.lang, new URL(withBase(base, pathOf({ collection: 'sources', id: v.id })), site).href]),
    ]),
  );
  return versions.get(path);
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Published pages that moved keep working (see src/lib/content/url-contract.ts).
  redirects: readRedirects(),
  // Lossless whitespace removal: Astro 7's default ('jsx') drops the spaces between inline
  // elements and text ("published by INTERPOL on<time>"), which changes what readers see.
  compressHTML: true,
  // checkAndPreviews after the others: when Astro is done, the search index is built before it waits for images.
  integrations: [
    // The team's MDX pages (actions, events) go through unified: remark-gfm (tables, autolinks,
    // footnotes; a single "~" is not strikethrough) and the passage marks (stable anchors). The
    // GFM settings are the content model's (src/lib/content/passages.ts), which reads bodies the same way.
    mdx({ processor: unified({ gfm: false, smartypants: false, remarkPlugins: MDX_REMARK_PLUGINS, rehypePlugins: [rehypePassages] }) }),
    // Embed cards are for framing, not for search engines: their canonical is the page they stand for.
    // A text in several languages lists each version as an hreflang alternate of the others.
    sitemap({
      filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') && !new URL(page).pathname.includes('/embed/'),
      // A dated page's lastmod is its entry's date, at the precision known (src/lib/content/url-data.ts).
      serialize: (item) => {
        const path = withoutBase(base, new URL(item.url).pathname);
        const links = versionsOf(path);
        const lastmod = (pageDates ??= readPageDates()).get(path);
        return { ...item, ...(links ? { links: links.map(([lang, url]) => ({ lang, url })) } : {}), ...(lastmod ? { lastmod } : {}) };
      },
    }),
    pagefind(),
    headers(),
    qrCodes(),
    checkAndPreviews(),
    // Last: a build is marked finished only when every step above is.
    buildState(),
  ],
  markdown: {
    // The source texts (Markdown) go through Sätteri, Astro's native processor, as plain CommonMark
    // (a faster content sync than unified's, BENCHMARKS.md): press texts
    // are verbatim, so no GFM (no autolinks, no strikethrough) and no smart punctuation. The same
    // passage marks, and links from names of people, organisations and places to their pages.
    // No code in press texts or the team's pages: no highlighter to load on every build.
    syntaxHighlight: false,
    processor: satteri({
      features: SOURCE_FEATURES,
      hastPlugins: [
        onePass('source-marks', [
          satteriPassages,
          mentionLinks({ terms: linkTerms(), hrefOf: (ref) => withBase(base, pathOf(ref)), include: /\/content\/sources\// }),
        ]),
      ],
    }),
  },
  // Four pages render at once: while one page's file is written, the next renders (with one,
  // the main thread sat idle between pages; BENCHMARKS.md).
  build: { format: 'directory', concurrency: 4 },
  // A second output folder lets tests build the sub-path variant beside the main build.
  outDir: settings.OUT_DIR,
  // Builds that run side by side (tests) keep separate caches.
  cacheDir: settings.ASTRO_CACHE_DIR,
  devToolbar: { enabled: false },
  // A page whose key (src/lib/site/page-keys.ts) and code are as in the last build is copied from
  // it, not rendered again (the copies live in cacheDir); after a build that did not finish, the
  // next starts from nothing (src/integrations/build-cache.ts).
  // Pages render on the main thread by default: on two cores, worker threads were no faster and
  // took twice the memory (each loads the content store; BENCHMARKS.md). With PRERENDER_WORKERS=N
  // they render in N workers: each builds the content graph for itself (module variables are not
  // shared), and a page whose props cannot be serialized renders in the worker that listed it.
  experimental: { incrementalBuild: true, parallelPrerender: settings.PRERENDER_WORKERS ? { workers: settings.PRERENDER_WORKERS } : false },
  vite: {
    build: {
      // Never inline a script into the page (Astro inlines those under this size): the CSP allows
      // no inline script, and a file is cached across pages.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // The class names the pages and scripts share (src/lib/markdown/class-names.ts) are written into
        // each bundle that uses them: without this, a module both bundles import is a chunk of its
        // own, one more request on every page.
        optimization: { inlineConst: { mode: 'all', pass: 1 } },
        // Astro marks every MDX module with its "use astro:head-inject" directive, and rolldown warns
        // that it may not keep it when bundling — eight multi-line warnings per build that say nothing
        // about our content. Only that warning, only for MDX, is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /\.mdx\?astroPropagatedAssets$/.test(warning.id ?? '')) return;
          warn(warning);
        },
      },
    },
  },
});
