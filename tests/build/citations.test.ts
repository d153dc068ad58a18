/** Citing the sources, as built: the cite panel, the citation files, the cite pages, the export. */
import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { fileFor, page, textOf } from '../../scripts/lib/built-site.ts';

const SITE = 'https://vienna-declaration.example.org';
const data = JSON.parse(readFileSync('dist/data/graph.json', 'utf8'));
const sources: { id: string; label: string; url: string }[] = data.entries.filter((e: { collection: string }) => e.collection === 'sources');
const file = (path: string) => readFileSync(fileFor(path)!, 'utf8');

describe('citations, as built', () => {
  it('every source page has a cite panel with APA, Chicago and MLA, and its citation files beside it', () => {
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const s of sources) {
      const path = new URL(s.url).pathname;
      const panel = page(path).querySelector('details.cite-panel');
      expect(panel, path).toBeTruthy();
      expect(panel!.querySelector('input#cite-link')!.getAttribute('value')).toBe(s.url);
      for (const style of ['apa', 'chicago', 'mla']) expect(textOf(panel!.querySelector(`#cite-${style}`)!), `${path} ${style}`).toContain(s.url);
      for (const ext of ['json', 'bib', 'ris']) {
        const href = panel!.querySelector(`a[href="${path}cite.${ext}"]`);
        expect(href, `${path} cite.${ext}`).toBeTruthy();
        expect(fileFor(`${path}cite.${ext}`), `${path} cite.${ext}`).toBeTruthy();
      }
      // Reference managers find the CSL-JSON from the page's head.
      expect(page(path).querySelector('link[rel=alternate][type="application/vnd.citationstyles.csl+json"]')!.getAttribute('href')).toBe(
        `${SITE}${path}cite.json`,
      );
    }
  });

  it('the files say the same as the page: title, authors, date, address', () => {
    const [item] = JSON.parse(file('/sources/vienna-declaration/cite.json'));
    expect(item).toMatchObject({
      id: 'vienna-declaration',
      title: textOf(page('/sources/vienna-declaration/').querySelector('h1')!),
      URL: `${SITE}/sources/vienna-declaration/`,
    });
    expect(item.issued['date-parts']).toEqual([[2023, 11, 27]]);
    const [bib] = parseBibtex(file('/sources/interpol-unodc-agreement/cite.bib')).entries;
    expect(bib.fields.title).toBe(textOf(page('/sources/interpol-unodc-agreement/').querySelector('h1')!));
    // Known to the month: the files carry no day.
    expect(bib.fields.year).toBe('2016');
    expect(bib.fields.day).toBeUndefined();
    const [ris] = parseRis(file('/sources/tirana-regional-conference/cite.ris'));
    expect(ris.URL).toBe(`${SITE}/sources/tirana-regional-conference/`);
    expect(ris.author).toEqual([{ family: 'INTERPOL' }]);
    // The export carries the same items.
    expect(data.citations.find((c: { id: string }) => c.id === 'vienna-declaration')).toEqual(item);
  });

  it('a cite page per source has every passage but headings, numbered, with its link, quotation and citations', () => {
    const source = page('/sources/vienna-declaration/');
    const ids = source
      .querySelectorAll('.prose .passage')
      .filter((el) => !/^H\d$/.test(el.tagName))
      .map((el) => el.id);
    const cite = page('/sources/vienna-declaration/cite/');
    const sections = cite.querySelectorAll('section.cite-passage');
    expect(sections.map((s) => s.id)).toEqual(ids);
    const fourth = sections[3];
    expect(textOf(fourth.querySelector('h2')!)).toMatch(/^Paragraph 4: /);
    expect(textOf(fourth)).toContain(`${SITE}/sources/vienna-declaration/#${ids[3]}`);
    expect(textOf(fourth)).toContain('(Al-Raisi & Stock, 2023, para. 4)');
    expect(fourth.querySelector('pre')!.text.replace(/^<code[^>]*>/, '')).toMatch(
      /^<blockquote cite="https:\/\/vienna-declaration\.example\.org\/sources\/vienna-declaration\/#/,
    );
  });
});
