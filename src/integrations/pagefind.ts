/**
 * Builds the Pagefind search index from the finished site, through Pagefind's Node API
 * (no CLI download). One index per language of the pages
 * (their <html lang>), each with that language's stemming, in its own bundle
 * (src/lib/site/search-bundles.ts): /pagefind/ for English, /pagefind/<lang>/ for each other language.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFile, readdir } from 'node:fs/promises';
import { bundlePath } from '../lib/site/search-bundles.ts';

/** Pages handed to Pagefind at once: its indexer parses them in parallel (BENCHMARKS.md: one at a time is much slower at scale). */
const IN_FLIGHT = 8;

export default function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { createIndex, close } = await import('pagefind');
        const site = fileURLToPath(dir);
        const fail = (what: string, errors: string[]) => {
          if (errors.length) throw new Error(`Pagefind ${what}: ${errors.join('; ')}`);
        };
        // One pass over the built pages, each read once: only pages with a data-pagefind-body are
        // handed over (Pagefind's own addDirectory would parse every card, citation and list page
        // too), each to the index of its language, made when its first page comes.
        type Index = NonNullable<Awaited<ReturnType<typeof createIndex>>['index']>;
        const indexes = new Map<string, Promise<Index>>();
        const indexOf = (lang: string) => {
          if (!indexes.has(lang))
            indexes.set(
              lang,
              createIndex({ forceLanguage: lang }).then(({ index, errors }) => {
                if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
                return index;
              }),
            );
          return indexes.get(lang)!;
        };
        const counts = new Map<string, number>();
        const adding = new Set<Promise<void>>();
        // The first failure, kept rather than thrown from a page in flight (which nothing might be awaiting): it stops the build once the pages in flight are in.
        let failure: unknown;
        for (const sourcePath of (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort()) {
          if (failure) break;
          const content = await readFile(join(site, sourcePath), 'utf8');
          if (!content.includes('data-pagefind-body')) continue;
          const lang = /<html[^>]*\slang="([^"]+)"/.exec(content)?.[1] ?? 'unknown';
          counts.set(lang, (counts.get(lang) ?? 0) + 1);
          const added: Promise<void> = indexOf(lang)
            .then((index) => index.addHTMLFile({ sourcePath, content }))
            .then(({ errors }) => fail(`could not index ${sourcePath}`, errors))
            .catch((err: unknown) => void (failure ??= err))
            .finally(() => adding.delete(added));
          adding.add(added);
          if (adding.size >= IN_FLIGHT) await Promise.race(adding);
        }
        await Promise.all(adding);
        if (failure) throw failure instanceof Error ? failure : new Error('pagefind: indexing failed', { cause: failure });
        for (const [lang, index] of indexes)
          fail('could not write its index', (await (await index).writeFiles({ outputPath: join(site, bundlePath(lang)) })).errors);
        await close();
        const indexed = [...counts].map(([lang, n]) => (counts.size > 1 ? `${n} in ${lang}` : `${n} pages`)).join(', ');
        // The time too: Pagefind has no incremental mode, so every build pays it in full (npm run bench:rebuild).
        logger.info(`indexed ${indexed} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
