/** The content graph as built: entity pages, links both ways, evidence, quotes, timeline, figures, export. */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fileFor, page, textOf } from '../../scripts/lib/built-site.ts';

const SITE = 'https://vienna-declaration.example.org';
const data = JSON.parse(readFileSync('dist/data/graph.json', 'utf8'));
const schema = JSON.parse(readFileSync('dist/data/graph.schema.json', 'utf8'));
const pathOfId = (id: string) => `/${id}/`;
const hrefs = (path: string) =>
  new Set(
    page(path)
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href')!.split('#')[0]),
  );
const entries = (collection: string) => data.entries.filter((e: { collection: string }) => e.collection === collection);

describe('the content graph, as built', () => {
  it('exports a graph that validates against its published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.site).toBe(`${SITE}/`);
    expect(data.entries.length).toBeGreaterThan(50);
    // …and a broken document does not validate.
    expect(validate({ ...data, passages: [{ entry: 'sources/x', id: 'Not An Id', kind: 'paragraph', text: 'x', url: 'x' }] })).toBe(false);
  });

  it('has a page for every person, organisation, place and topic, with index pages', () => {
    for (const kind of ['people', 'organisations', 'places', 'topics']) {
      expect(fileFor(`/${kind}/`), kind).toBeTruthy();
      for (const e of entries(kind)) expect(fileFor(pathOfId(e.id)), e.id).toBeTruthy();
    }
    const orgs = entries('organisations').map((e: { label: string }) => e.label);
    for (const name of [
      'INTERPOL',
      'United Nations Office on Drugs and Crime',
      'Austrian Ministry of Interior',
      'Commission on Crime Prevention and Criminal Justice',
      'Governance Working Group',
      'INTERPOL Executive Committee',
    ])
      expect(orgs).toContain(name);
    const places = entries('places').map((e: { label: string }) => e.label);
    for (const name of ['Vienna', 'Tirana', 'Glasgow', 'Singapore', 'Ghana']) expect(places).toContain(name);
    const topics = entries('topics').map((e: { label: string }) => e.label);
    for (const name of [
      'Cybercrime',
      'Drug trafficking',
      'Environmental crime',
      'Terrorism',
      'Trafficking in human beings',
      'Migrant smuggling',
      'Money laundering',
      'Online child sexual abuse',
    ])
      expect(topics).toContain(name);
  });

  it('links every reference both ways: the page that references, and the page referenced', () => {
    const missing: string[] = [];
    for (const { from, to } of data.references) {
      if (!hrefs(pathOfId(from)).has(pathOfId(to))) missing.push(`${from} → ${to}`);
      if (!hrefs(pathOfId(to)).has(pathOfId(from))) missing.push(`${to} ← ${from} (no backlink)`);
    }
    expect(data.references.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('shows evidence from at least two sources on every action page, linked to the passages', () => {
    for (const action of entries('actions')) {
      const sections = page(pathOfId(action.id)).querySelectorAll('section.evidence');
      expect(sections.length, action.id).toBeGreaterThanOrEqual(2);
      for (const link of page(pathOfId(action.id)).querySelectorAll('section.evidence figcaption a')) {
        const [path, id] = link.getAttribute('href')!.split('#');
        expect(page(path).getElementById(id), link.getAttribute('href')!).toBeTruthy();
      }
    }
  });

  it('gives every quoted person a page with their quotes', () => {
    const quoted = new Set(data.quotes.map((q: { person: string }) => q.person));
    expect(quoted.size).toBeGreaterThanOrEqual(5);
    for (const person of quoted) {
      const shown = page(pathOfId(person as string))
        .querySelectorAll('figure.quote blockquote')
        .map(textOf);
      const own = data.quotes.filter((q: { person: string }) => q.person === person);
      expect(shown, person as string).toHaveLength(own.length);
      for (const q of own) expect(shown).toContain(`“${q.text}”`);
    }
  });

  it('links every timeline entry and figure to a passage that exists', () => {
    const timeline = page('/timeline/').querySelectorAll('ol.timeline li');
    expect(timeline.length).toBeGreaterThanOrEqual(10);
    const years = timeline.map((li) => textOf(li.querySelector('.when')!));
    expect(years[0]).toBe('1923');
    expect(years).toEqual(expect.arrayContaining(['September 2015', '23 May 2016', '2018', '1 December 2023', '11 June 2024', 'Date not stated']));
    const figures = page('/figures/').querySelectorAll('dl.figures > div');
    expect(figures.map((f) => textOf(f.querySelector('dt')!))).toEqual(
      expect.arrayContaining(['196 member countries', '19 databases', '4.2 billion searches']),
    );
    for (const a of [...page('/timeline/').querySelectorAll('.meta a[href*="#"]'), ...page('/figures/').querySelectorAll('dd a')]) {
      const [path, id] = a.getAttribute('href')!.split('#');
      const target = page(path).getElementById(id);
      expect(target, a.getAttribute('href')!).toBeTruthy();
    }
    // A figure's words appear in the passage it links to.
    const folosa = page('/figures/').getElementById('folosa-drugs')!;
    const [path, id] = folosa.querySelector('a')!.getAttribute('href')!.split('#');
    expect(textOf(page(path).getElementById(id)!)).toContain('nearly 170 kilogrammes of drugs');
  });

  it('counts supporting passages in the evidence matrix, each count linking to its passages', () => {
    const rows = page('/evidence/').querySelectorAll('table.matrix tbody tr');
    expect(rows).toHaveLength(5);
    let total = 0;
    for (const cell of page('/evidence/').querySelectorAll('td[data-count]')) {
      const n = Number(cell.getAttribute('data-count'));
      expect(cell.querySelectorAll('a')).toHaveLength(n);
      total += n;
    }
    expect(total).toBe(data.evidence.length);
  });

  it('links names in the source texts to their pages, first mention per section, without changing the text', () => {
    const prose = page('/sources/tirana-regional-conference/').querySelector('.prose')!;
    const mentions = prose.querySelectorAll('a.mention').map((a) => [a.textContent, a.getAttribute('href')]);
    expect(mentions).toContainEqual(['Taulant Balla', '/people/taulant-balla/']);
    expect(mentions).toContainEqual(['Jurgen Stock', '/people/jurgen-stock/']);
    expect(mentions).toContainEqual(['Vienna Declaration', '/sources/vienna-declaration/']);
    expect(mentions.filter(([, href]) => href === '/organisations/interpol/')).toHaveLength(1); // one section, one link
    // In the closing release, INTERPOL is linked once in each of its four sections.
    const closing = page('/sources/general-assembly-closes-vienna-declaration/').querySelector('.prose')!;
    expect(closing.querySelectorAll('a.mention[href="/organisations/interpol/"]')).toHaveLength(4);
    expect(closing.querySelectorAll('a.mention[href="/places/vienna/"]')).toHaveLength(0); // only "Vienna Declaration", and VIENNA in capitals
  });
});
