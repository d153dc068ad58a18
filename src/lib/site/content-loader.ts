/**
 * The Astro content loader of every collection: entries are read and checked against their
 * schema by the content model's own reader (src/lib/content/read.ts, which the content check
 * uses too), stored through Astro's parseData, and rendered as Astro's glob loader would — source
 * texts by the configured Markdown processor once per change of the file, MDX pages as
 * modules when a page renders them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodyFormatOf, COLLECTIONS, type CollectionName } from '../../schemas/collections.ts';
import { parseCollection } from '../content/read.ts';
import { ContentError } from '../content/problems.ts';
import { linkTerms } from '../content/registry.ts';

async function sync(collection: CollectionName, ctx: LoaderContext): Promise<void> {
  const { config, store } = ctx;
  const root = fileURLToPath(config.root);
  // Checked against the schema here first, so that a problem stops the content sync with the
  // same message (file:line — field — problem — fix) as the content check gives.
  const { entries, problems } = parseCollection(root, collection);
  if (problems.length) throw new ContentError(problems);
  const format = bodyFormatOf(collection);
  // A stored entry is reused only if neither its file nor the schemas changed since (Astro's own
  // config digest does not cover the schema module the config imports), nor — for a source text —
  // the names it links: a person added to the registry must reach texts that did not change.
  const inputs = ctx.generateDigest(
    [
      ...['src/schemas/content.ts', 'src/schemas/collections.ts'].map((f) => readFileSync(join(root, f), 'utf8')),
      format === 'md' ? JSON.stringify(linkTerms(root)) : '',
    ].join('\n'),
  );
  const stale = new Set(store.keys());
  for (const { id, file, text, data: raw, body } of entries) {
    stale.delete(id);
    // A list file's entries change one by one: each is digested on its own.
    const digest = ctx.generateDigest(`${'file' in COLLECTIONS[collection].files ? JSON.stringify(raw) : text}\n${inputs}`);
    const existing = store.get(id);
    if (existing?.digest === digest && existing.filePath === file) {
      if (existing.deferredRender) store.addModuleImport(file);
      continue;
    }
    const filePath = join(root, file);
    const data = await ctx.parseData({ id, data: { ...(raw as Record<string, unknown>) }, filePath });
    if (format === 'md') store.set({ id, data, body, filePath: file, digest, rendered: await ctx.renderMarkdown(text, { fileURL: pathToFileURL(filePath) }) });
    else if (format === 'mdx') store.set({ id, data, body, filePath: file, digest, deferredRender: true });
    else store.set({ id, data, filePath: file, digest });
  }
  for (const id of stale) store.delete(id);
}

/** The loader of one collection; in `astro dev`, it reads the collection again when one of its files changes. */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'content',
    load: async (context) => {
      await sync(collection, context);
      const { files } = COLLECTIONS[collection];
      const where = join(fileURLToPath(context.config.root), 'file' in files ? files.file : files.dir);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(where)) void sync(collection, context).catch((err: Error) => context.logger.error(err.message));
      });
    },
  };
}
