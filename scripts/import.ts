// npm run import -- <file> — a scraped press release (plain text or saved HTML) becomes a new
// source page in content/sources/, its raw text kept in content/raw/ (src/lib/editorial/importer.ts).
// Refuses, writing nothing: a file that is not UTF-8, larger than 2 MB, or already in the site.
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { importRelease } from '../src/lib/editorial/importer.ts';
import { textFingerprint } from '../src/lib/content/passages.ts';
import { readRegistry } from '../src/lib/content/registry.ts';
import { readPage } from '../src/lib/content/frontmatter.ts';

const MAX_BYTES = 2 * 1024 * 1024;
const fail = (message: string): never => {
  console.error(`import: ${message}\nNothing was written.`);
  process.exit(1);
};

const file = process.argv[2] ?? fail('usage: npm run import -- <file.txt|file.html>');
if (!existsSync(file)) fail(`${file}: no such file`);
const size = statSync(file).size;
// Checked before reading: a 50 MB "press release" is a mistake, not something to load.
if (size > MAX_BYTES)
  fail(`${file}: ${(size / 1024 / 1024).toFixed(1)} MB is far larger than any press release (limit 2 MB) — check that this is the right file`);
let text = '';
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
} catch {
  fail(`${file}: not valid UTF-8 — save the page as UTF-8 text or HTML and import it again`);
}
if (!text.trim()) fail(`${file}: the file is empty`);

const rawName = basename(file).replace(/[^\w.-]+/g, '-');
if (existsSync(join('content/raw', rawName))) fail(`content/raw/${rawName} already exists — rename the file if it is a different release`);
const sourcesDir = 'content/sources';
const pages = readdirSync(sourcesDir).filter((f) => f.endsWith('.md'));
const seeds = new Map(pages.map((f) => [String(readPage(f, readFileSync(join(sourcesDir, f), 'utf8')).data.get('seed')), f]));
const actions = readdirSync('content/actions')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    collection: 'actions' as const,
    id: f.replace(/\.mdx$/, ''),
    data: readPage(f, readFileSync(join('content/actions', f), 'utf8')).data.toJS() as Record<string, unknown>,
  }));

const result = importRelease({ text, fileName: rawName, registry: [...readRegistry(), ...actions], existingIds: pages.map((f) => f.replace(/\.md$/, '')) });
const fingerprint = textFingerprint(result.plain);
for (const [seed, page] of seeds) {
  const raw = join('content/raw', seed);
  if (existsSync(raw) && textFingerprint(readFileSync(raw, 'utf8')) === fingerprint)
    fail(`${file}: this text is already in the site as ${sourcesDir}/${page} (same words as content/raw/${seed})`);
}

copyFileSync(file, join('content/raw', rawName));
const target = join(sourcesDir, `${result.id}.md`);
writeFileSync(target, result.page);
console.log(`wrote ${target} and content/raw/${rawName}`);
for (const [kind, ids] of Object.entries(result.suggestions)) if (ids.length) console.log(`  suggested ${kind}: ${ids.join(', ')}`);
if (result.questions.length) {
  console.log(`\n${result.questions.length} question${result.questions.length === 1 ? '' : 's'} to answer in ${target} (marked "??"):`);
  for (const q of result.questions) console.log(`  - ${q}`);
}
console.log('\nThen: npm run check, and `npm run build && npm run urls` to publish its address.');
