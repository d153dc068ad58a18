import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { blockText, cleanPressText } from '../../src/lib/editorial/cleanup.ts';
import { readPage } from '../../src/lib/content/frontmatter.ts';
import { brokenLinks, fileFor, htmlPages, page, textOf } from '../../scripts/lib/built-site.ts';

const ids = (dir: string, ext: string) =>
  readdirSync(`content/${dir}`)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length));
const KINDS = { sources: '.md', actions: '.mdx', events: '.mdx', people: '.yaml', organisations: '.yaml', places: '.yaml' } as const;

describe('the built site', () => {
  it('has a page for every entry, an index for every kind, home, search and 404', () => {
    const pages = new Set(htmlPages());
    const expected = ['/', '/search/', '/404.html'];
    for (const [kind, ext] of Object.entries(KINDS)) {
      expected.push(`/${kind}/`);
      for (const id of ids(kind, ext)) expected.push(`/${kind}/${id}/`);
    }
    expect(expected.filter((p) => !pages.has(p))).toEqual([]);
    expect(ids('sources', '.md')).toHaveLength(5);
    expect(ids('actions', '.mdx')).toHaveLength(5);
    expect(ids('events', '.mdx')).toHaveLength(3);
    expect(ids('people', '.yaml')).toEqual(
      expect.arrayContaining(['ahmed-naser-al-raisi', 'jurgen-stock', 'gerhard-karner', 'karl-nehammer', 'franz-ruf', 'taulant-balla', 'yury-fedotov']),
    );
  });

  it('resolves every internal link and fragment on every page', () => {
    expect(htmlPages().length).toBeGreaterThan(50);
    expect(brokenLinks()).toEqual([]);
  });

  it('shows every source text in full, paragraph by paragraph', () => {
    for (const id of ids('sources', '.md')) {
      const mdx = readPage(id, readFileSync(`content/sources/${id}.md`, 'utf8'));
      const seed = readFileSync(`content/raw/${mdx.data.get('seed')}`, 'utf8');
      const prose = textOf(page(`/sources/${id}/`).querySelector('.prose')!);
      for (const block of cleanPressText(seed, { title: String(mdx.data.get('title')) }).blocks) {
        expect(prose, `${id}`).toContain(blockText(block).replace(/\s+/g, ' '));
      }
    }
  });

  it('keeps the spaces between inline elements (no "on<time>" run-ons)', () => {
    expect(textOf(page('/sources/tirana-regional-conference/').querySelector('.lede')!)).toBe('A news release published by INTERPOL on 11 June 2024.');
  });

  it('shows a provenance block on each source page', () => {
    const prov = textOf(page('/sources/interpol-unodc-agreement/').querySelector('.provenance')!);
    expect(prov).toContain('INTERPOL');
    expect(prov).toContain('May 2016');
    expect(prov).toContain('UNODC’s own release of 23 May 2016'.replace('’', "'"));
    expect(prov).toContain('content/raw/004_8daefbbd14e8f4f2.txt');
    expect(prov).toContain('carousel counter “1 / 4”');
    expect(prov).toMatch(/a paragraph the page repeated/);
    const tirana = page('/sources/tirana-regional-conference/').querySelector('.provenance')!;
    expect(tirana.querySelector('[lang=ar]')?.textContent).toBe('١١ يونيو، ٢٠٢٤');
  });

  it('links source ↔ action ↔ event ↔ person both ways', () => {
    const links = (path: string) =>
      page(path)
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
    // The Tirana release's summary of the Declaration's steps links to all five actions.
    const summary = page('/sources/tirana-regional-conference/').querySelector('#in-november-2023-at-its-general-ec88')!;
    expect(summary.querySelectorAll('.evidence-links a').map((a) => a.getAttribute('href'))).toEqual(
      ids('actions', '.mdx').map(() => expect.stringMatching(/^\/actions\//)),
    );
    expect(summary.querySelectorAll('.evidence-links a')).toHaveLength(5);
    // …and the closing release's summary links to the actions it names.
    const closing = page('/sources/general-assembly-closes-vienna-declaration/').querySelector('#endorsed-by-interpols-executive-d0e8 .evidence-links')!;
    expect(closing.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/actions/national-security-priority/',
      '/actions/greater-cooperation/',
      '/actions/investment-in-innovation/',
    ]);
    // Action → its evidence passage, and back.
    expect(links('/actions/greater-cooperation/')).toContain('/sources/tirana-regional-conference/#in-november-2023-at-its-general-ec88');
    // Event ↔ source, person ↔ source, event ↔ person.
    expect(links('/events/tirana-2024/')).toContain('/sources/tirana-regional-conference/');
    expect(links('/sources/tirana-regional-conference/')).toContain('/events/tirana-2024/');
    expect(links('/people/taulant-balla/')).toContain('/sources/tirana-regional-conference/');
    expect(links('/people/taulant-balla/')).toContain('/events/tirana-2024/');
    expect(textOf(page('/people/taulant-balla/').querySelector('.related')!)).toMatch(/Related.*Tirana Regional Conference 2024/);
  });

  it('quotes the Declaration’s own wording on every action page', () => {
    const declaration = textOf(page('/sources/vienna-declaration/').querySelector('.prose')!);
    for (const id of ids('actions', '.mdx')) {
      const [title, wording] = page(`/actions/${id}/`).querySelectorAll('blockquote.wording p').map(textOf);
      expect(declaration).toContain(title);
      expect(declaration).toContain(wording);
      expect(wording.length).toBeGreaterThan(100);
    }
  });

  it('has a Pagefind index that covers only page content', () => {
    expect(fileFor('/pagefind/pagefind.js')).toBeTruthy();
    const main = page('/sources/vienna-declaration/').querySelector('main')!;
    expect(main.hasAttribute('data-pagefind-body')).toBe(true);
    expect(main.querySelector('aside.page-aside')!.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(page('/sources/vienna-declaration/').querySelector('header [data-pagefind-body]')).toBeNull();
  });

  it('is served by the preview server', async () => {
    const res = await fetch(`${inject('siteUrl')}/events/vienna-2023/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('91st INTERPOL General Assembly, Vienna 2023');
  });
});
