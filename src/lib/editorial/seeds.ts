/**
 * The seed pipeline: a source page's body and its `cleanup` record are generated from the
 * raw scrape in content/raw/ named by its `seed` field. Everything else in the frontmatter is
 * hand-kept. Pure apart from the paths it is given, so tests can run it on the real files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanPressText } from './cleanup.ts';
import { describeRemoval } from './removals.ts';
import { toMarkdown } from './markdown-body.ts';
import { readPage, writePage } from '../content/frontmatter.ts';

export interface SeedResult {
  file: string;
  seed: string;
  /** The file's text as the pipeline would write it. */
  text: string;
  changed: boolean;
}

/** Regenerate every source page under `sourcesDir` from its raw seed in `rawDir`. */
export function regenerateSources(sourcesDir: string, rawDir: string): SeedResult[] {
  return readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = join(sourcesDir, name);
      const before = readFileSync(file, 'utf8');
      const page = readPage(file, before);
      const seed = page.data.get('seed');
      if (typeof seed !== 'string') throw new Error(`${file}: field "seed": missing — name the raw text in content/raw/`);
      const raw = readFileSync(join(rawDir, seed), 'utf8');
      const title = page.data.get('title');
      const result = cleanPressText(raw, { title: typeof title === 'string' ? title : '' });
      page.data.set('cleanup', {
        restoredBreaks: result.restoredBreaks,
        removed: result.removed.map((r) => ({ kind: r.kind, count: r.count, text: r.text, summary: describeRemoval(r) })),
      });
      const text = writePage({ data: page.data, body: toMarkdown(result.blocks) });
      return { file, seed, text, changed: text !== before };
    });
}
