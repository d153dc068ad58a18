/**
 * Two builds of the same site, page by page: how many pages are the same bytes, and how many show
 * the same elements, attributes and text once whitespace inside text is collapsed (what a browser
 * renders the same) and module scripts are set aside (their file names carry content hashes).
 *   node scripts/compare-builds.ts dist-before dist-after
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TextNode, type Node } from 'node-html-parser';

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: node scripts/compare-builds.ts <dir> <dir>');
const pages = (readdirSync(a, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

/** The page as a browser shows it: each element with its attributes, and each text run, whitespace collapsed. */
function shape(html: string): string {
  const root = parse(html.replace(/<script type="module" src="[^"]*"><\/script>/g, ''));
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof TextNode) {
      const t = n.rawText.replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    } else {
      if ('rawTagName' in n && n.rawTagName)
        out.push(`<${String(n.rawTagName)} ${JSON.stringify(Object.entries((n as unknown as { attributes: Record<string, string> }).attributes).sort())}>`);
      n.childNodes.forEach(walk);
    }
  };
  walk(root);
  return out.join('\n');
}

let bytes = 0;
const differ: string[] = [];
for (const page of pages) {
  const [x, y] = [readFileSync(join(a, page), 'utf8'), existsSync(join(b, page)) ? readFileSync(join(b, page), 'utf8') : ''];
  if (x === y) bytes++;
  else if (shape(x) !== shape(y)) differ.push(relative('.', join(b, page)));
}
console.log(
  `${pages.length} pages: ${bytes} the same bytes, ${pages.length - differ.length} the same elements, attributes and text, ${differ.length} different`,
);
for (const page of differ.slice(0, 20)) console.log(`  ${page}`);
process.exitCode = differ.length ? 1 : 0;
