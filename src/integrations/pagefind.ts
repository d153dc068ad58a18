/**
 * Builds the Pagefind search index from the finished site, through Pagefind's Node API
 * (no CLI download, no second pass over files by hand). One index per language of the pages
 * (their <html lang>), each with that language's stemming, in its own bundle
 * (src/lib/site/search-bundles.ts); a site in one language is indexed as one directory.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFile, readdir } from 'node:fs/promises';
import { bundlePath } from '../lib/site/search-bundles.ts';

/** The pages Pagefind would index (those with a data-pagefind-body), by their language, as paths under the site. */
async function pagesByLanguage(site: string): Promise<Map<string, string[]>> {
  const groups = new Map<string, string[]>();
  const files = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  for (const file of files) {
    const content = await readFile(join(site, file), 'utf8');
    if (!content.includes('data-pagefind-body')) continue;
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(content)?.[1] ?? 'unknown';
    const group = groups.get(lang) ?? groups.set(lang, []).get(lang)!;
    group.push(file);
  }
  return groups;
}

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const groups = await pagesByLanguage(site);
        const fail = (what: string, errors: string[]) => {
          if (errors.length) throw new Error(`Pagefind ${what}: ${errors.join('; ')}`);
        };
        const counts: string[] = [];
        for (const [lang, pages] of groups) {
          const { index, errors } = await createIndex(groups.size > 1 ? { forceLanguage: lang } : {});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          if (groups.size === 1) {
            const added = await index.addDirectory({ path: site });
            fail('indexing failed', added.errors);
            counts.push(`${added.page_count} pages`);
          } else {
            // Read again here, one at a time: a site in one language never holds its pages in memory.
            for (const sourcePath of pages)
              fail(`could not index ${sourcePath}`, (await index.addHTMLFile({ sourcePath, content: await readFile(join(site, sourcePath), 'utf8') })).errors);
            counts.push(`${pages.length} in ${lang}`);
          }
          const folder = groups.size === 1 ? 'pagefind/' : bundlePath(lang);
          fail('could not write its index', (await index.writeFiles({ outputPath: join(site, folder) })).errors);
        }
        await close();
        // The time too: Pagefind has no incremental mode, so every build pays it in full (npm run bench:rebuild).
        logger.info(`indexed ${counts.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
