/** The built site as data: its pages, parsed, and their anchors — for tests and the URL-contract script. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
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

/** A reader of built pages by site path: each file parsed once by `parse`, then kept. */
function pageReader<T>(parseHtml: (html: string) => T): (path: string, dir?: string) => T {
  const parsed = new Map<string, T>();
  return (path, dir = DIST) => {
    const file = fileFor(path, dir);
    if (!file) throw new Error(`no built page for ${path}`);
    if (!parsed.has(file)) parsed.set(file, parseHtml(readFileSync(file, 'utf8')));
    return parsed.get(file)!;
  };
}

/** A built page, parsed. */
export const page: (path: string, dir?: string) => HTMLElement = pageReader((html) => parse(html));

/** A built page as a hast tree, read as the site reads HTML (hast-util-from-html: the browsers' parser, <pre> as markup). */
export const tree: (path: string, dir?: string) => Root = pageReader((html) => fromHtml(html));

/** Visible text of an element, whitespace collapsed. */
export const textOf = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();

/** Ids of a built page that the URL contract protects: everything addressable inside <main>. */
export function anchorIds(path: string, dir = DIST): string[] {
  const main = page(path, dir).querySelector('main');
  // Search forms' ids are interface plumbing, not places anyone links to.
  return main
    ? main
        .querySelectorAll('[id]')
        .filter((el) => !el.closest('form'))
        .map((el) => el.id)
    : [];
}

/** The data files of the build that are published URLs too: citation files (/sources/<id>/cite.json, .bib, .ris) and oEmbed files (/embed/…/oembed.json). */
export function publishedFiles(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/^cite\.[a-z]+$|^oembed\.json$/.test(name)) out.push(`/${relative(dir, p)}`);
    }
  };
  for (const top of ['sources', 'embed']) if (existsSync(join(dir, top))) walk(join(dir, top));
  return out.sort();
}

/** The manifest of what this build publishes: every HTML page and its anchors, and every published data file. */
export function builtManifest(dir = DIST): Record<string, string[]> {
  const published = htmlPages(dir).filter((p) => p !== '/404.html');
  const entries: [string, string[]][] = [
    ...published.map((p): [string, string[]] => [p, [...new Set(anchorIds(p, dir))].sort()]),
    ...publishedFiles(dir).map((p): [string, string[]] => [p, []]),
  ];
  return Object.fromEntries(entries);
}

/**
 * Every internal link, asset, form action and #fragment of the build that does not resolve,
 * as "page → href" lines. `base` is the path the site is served under ('/' or '/sub/'):
 * every internal URL must start with it.
 */
export function brokenLinks(dir = DIST, base = '/'): string[] {
  const broken: string[] = [];
  for (const from of htmlPages(dir)) {
    const doc = page(from, dir);
    const here = `${base.replace(/\/$/, '')}${from}`;
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
      if (/^[a-z]+:/i.test(raw)) continue; // absolute URLs (canonical, feeds) are checked elsewhere
      const url = new URL(raw, `http://site${here}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${from} → ${raw} (outside the base ${base})`);
        continue;
      }
      const target = `/${url.pathname.slice(base.length)}`;
      if (!fileFor(target, dir)) {
        broken.push(`${from} → ${raw}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('/') && !page(target, dir).getElementById(fragment)) broken.push(`${from} → ${raw} (no #${fragment})`);
    }
  }
  return broken;
}

/** The item links of the RSS feed (read as text: an HTML parser treats <link> as empty). */
export function feedLinks(dir = DIST): string[] {
  return [...readFileSync(join(dir, 'feed.xml'), 'utf8').matchAll(/<item>.*?<link>(.*?)<\/link>/gs)].map((m) => m[1]);
}

/** Every file of a build (path relative to it → SHA-256 of its bytes). */
export function fileDigests(dir = DIST): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const p = join(dir, file);
    if (statSync(p).isFile()) out.set(file, createHash('sha256').update(readFileSync(p)).digest('hex'));
  }
  return out;
}

/** Files two builds do not share byte for byte: missing from one, or different — empty when they are identical. */
export function differingFiles(a: string, b: string): string[] {
  const [x, y] = [fileDigests(a), fileDigests(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((f) => x.get(f) !== y.get(f)).sort();
}
