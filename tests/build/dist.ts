/** Helpers for tests on the built site: read pages from dist/ and list their links. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

/** Every HTML file of the build, as site paths ("/sources/x/"). */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) out.push(`/${relative(dir, p)}`.replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return out.sort();
}

/** The file a site path is served from, or undefined. */
export function fileFor(path: string, dir = DIST): string | undefined {
  const clean = decodeURI(path.split(/[?#]/)[0]);
  for (const candidate of [join(dir, clean), join(dir, clean, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const cache = new Map<string, HTMLElement>();
/** A built page, parsed. */
export function page(path: string, dir = DIST): HTMLElement {
  const file = fileFor(path, dir);
  if (!file) throw new Error(`no built page for ${path}`);
  if (!cache.has(file)) cache.set(file, parse(readFileSync(file, 'utf8')));
  return cache.get(file)!;
}

/** Visible text of an element, whitespace collapsed. */
export const textOf = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();
