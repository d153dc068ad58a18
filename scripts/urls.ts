// npm run urls — after `npm run build`, add every page and anchor the build publishes to the
// committed manifest (content/published-urls.json). Nothing is ever removed from it: a URL
// that goes away needs a redirect or an anchor alias instead (the tests enforce this).
// With --check, write nothing; list what the build breaks and exit 1 if anything.
import { writeFileSync } from 'node:fs';
import { builtManifest, anchorIds, fileFor } from './lib/built-site.ts';
import { checkContract, mergeManifest } from '../src/lib/content/url-contract.ts';
import { MANIFEST_FILE, readAnchorAliases, readManifest, readRedirects } from '../src/lib/content/url-data.ts';

const old = readManifest();
const problems = checkContract(old, { has: (p) => !!fileFor(p), ids: (p) => new Set(anchorIds(p)) }, readRedirects(), readAnchorAliases());
for (const p of problems) console.error(p);
if (process.argv.includes('--check')) process.exit(problems.length ? 1 : 0);
const merged = mergeManifest(old, builtManifest());
writeFileSync(MANIFEST_FILE, `${JSON.stringify(merged, null, 1)}\n`);
const count = (m: Record<string, string[]>) => Object.values(m).reduce((n, a) => n + a.length, 0);
console.log(
  `${MANIFEST_FILE}: ${Object.keys(merged).length} pages, ${count(merged)} anchors (${Object.keys(merged).length - Object.keys(old).length} new pages)`,
);
