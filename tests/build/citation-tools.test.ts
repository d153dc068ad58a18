/**
 * The built site's citations, judged by tools that did not write them: biber's data-model check
 * (Debian's biber) and plain BibTeX (Debian's texlive) on every cite.bib and on entries made of
 * awkward input; Better BibTeX's parser and astrocite's RIS parser on every file; metascraper
 * (what link unfurlers run) on the pages; and, page by page, one date and one type in the page's
 * text, its tags, its JSON-LD, its three citation files, the feed and the sitemap.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import metascraper from 'metascraper';
import metascraperAuthor from 'metascraper-author';
import metascraperDate from 'metascraper-date';
import metascraperImage from 'metascraper-image';
import { describe, expect, it } from 'vitest';
import { fileFor, page } from '../../scripts/lib/built-site.ts';
import { KINDS, type BibRecord } from '../../src/lib/site/bibliography.ts';
import { bibtexOf } from '../../src/lib/site/bibtex.ts';

const SITE = 'https://vienna-declaration.example.org';
const sources = readdirSync('dist/sources', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`dist/sources/${d.name}/cite.bib`))
  .map((d) => d.name);
const read = (path: string) => readFileSync(fileFor(path)!, 'utf8');
const WORK = join('test-results', 'citation-tools');

/** A Debian tool the suite needs: CI installs it (.ci/run), so there a missing one fails; elsewhere its tests are skipped with a note. */
function tool(path: string, pkg: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI) throw new Error(`${path} is missing: .ci/run installs Debian's ${pkg}`);
  console.warn(`[tests] ${path} is not installed: apt-get install -y ${pkg} runs its checks`);
  return false;
}
const hasBiber = tool('/usr/bin/biber', 'biber');
const hasBibtex = tool('/usr/bin/bibtex', 'texlive-binaries');

/** biber's data-model check of a .bib file: its warnings and errors. */
function biber(file: string): string[] {
  const run = spawnSync('biber', ['--tool', '--validate-datamodel', '--output-file', `${file}.out`, file], { encoding: 'utf8' });
  const log = `${run.stdout}${run.stderr}`;
  expect(log, file).toContain('Output to');
  return log.split('\n').filter((l) => /^(WARN|ERROR)/.test(l));
}

/** Plain BibTeX with a style that lowercases titles (apalike): its warnings, and the bibliography it wrote. */
function bibtex(bib: string, name: string): { warnings: string[]; bbl: string } {
  mkdirSync(WORK, { recursive: true });
  writeFileSync(join(WORK, `${name}.bib`), bib);
  writeFileSync(join(WORK, `${name}.aux`), `\\citation{*}\n\\bibstyle{apalike}\n\\bibdata{${name}}\n`);
  const run = spawnSync('bibtex', [name], { cwd: WORK, encoding: 'utf8' });
  expect(run.status, run.stdout).toBeLessThanOrEqual(1); // 1: warnings only
  return { warnings: run.stdout.split('\n').filter((l) => /^Warning|error message/i.test(l)), bbl: readFileSync(join(WORK, `${name}.bbl`), 'utf8') };
}

/** A date written by any format, as ISO parts joined by "-": "2016-05". */
const iso = (...parts: (string | number | undefined)[]) =>
  parts
    .filter((p) => p !== undefined && p !== '')
    .map((p) => String(p).padStart(2, '0'))
    .join('-');

describe('the citation files, read by other tools', () => {
  it('finds five sources to check', () => expect(sources.length).toBeGreaterThanOrEqual(5));

  it.runIf(hasBiber)('biber --validate-datamodel: no warning on any source’s cite.bib', () => {
    mkdirSync(WORK, { recursive: true });
    const all = join(WORK, 'all.bib');
    writeFileSync(all, sources.map((s) => read(`/sources/${s}/cite.bib`)).join('\n'));
    expect(biber(all)).toEqual([]);
    // biber read every entry, each with its full date.
    const out = readFileSync(`${all}.out`, 'utf8');
    expect(out.match(/^@/gm)).toHaveLength(sources.length);
    expect(out).toContain('DATE = {2023-11-27}');
    expect(out).toContain('DATE = {2016-05}');
  });

  it.runIf(hasBibtex)('plain BibTeX (apalike): no warning, and INTERPOL, UNODC and Vienna keep their capitals', () => {
    const { warnings, bbl } = bibtex(sources.map((s) => read(`/sources/${s}/cite.bib`)).join('\n'), 'site');
    expect(warnings).toEqual([]);
    expect(bbl).toContain('{INTERPOL} and {UNODC} agreement');
    expect(bbl).toContain('{Vienna} {Declaration:}');
    // (The \bibitem lines hold the keys, lowercase by design.)
    expect(bbl.replace(/^\\bibitem.*$/gm, '')).not.toMatch(/Interpol|Unodc|unodc/);
  });

  it('every cite.ris parses (astrocite), one record with the whole id, and ends with ER and a newline', () => {
    for (const s of sources) {
      const text = read(`/sources/${s}/cite.ris`);
      expect(text, s).toMatch(/\nER {2}- \n$/);
      const records = parseRis(text);
      expect(records, s).toHaveLength(1);
      expect(records[0].id, s).toBe(s);
      expect(records[0].author?.length, s).toBeGreaterThan(0);
      expect(records[0].issued, s).toBeTruthy();
    }
  });

  it('each source’s page, tags, JSON-LD, files, feed and sitemap give one type and one date', () => {
    const feed = read('/feed.xml');
    const sitemap = read('/sitemap-0.xml');
    for (const s of sources) {
      const path = `/sources/${s}/`;
      const doc = page(path);
      const meta = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
      const kind = Object.values(KINDS).find((k) => k.dcType === meta('DC.type'));
      expect(kind, `${s}: DC.type ${meta('DC.type')}`).toBeTruthy();
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
      const [csl] = JSON.parse(read(`${path}cite.json`));
      const bib = parseBibtex(read(`${path}cite.bib`)).entries[0];
      const [ris] = parseRis(read(`${path}cite.ris`));
      // One type, in each vocabulary's words.
      expect([ld['@type'], csl.type, bib.type, read(`${path}cite.ris`).slice(6, 10)], s).toEqual([kind!.schemaOrg, kind!.csl, kind!.bibtex, kind!.ris]);
      expect(ris.type, s).toBe(csl.type);
      // One date, at one precision.
      const dates = {
        page: doc.querySelector('.lede time')?.getAttribute('datetime'),
        tags: meta('citation_date')?.replaceAll('/', '-'),
        openGraph: doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
        jsonLd: ld.datePublished,
        csl: csl.issued && iso(...csl.issued['date-parts'][0]),
        bibtex: bib.fields.year && iso(bib.fields.year, bib.fields.month, bib.fields.day),
        ris: ris.issued && iso(...ris.issued['date-parts'][0]),
      };
      expect(new Set(Object.values(dates)).size, `${s}: ${JSON.stringify(dates)}`).toBe(1);
      // The feed and the sitemap name a day only where the day is known.
      const day = dates.csl?.length === 10;
      const item = feed.split('<item>').find((i) => i.includes(`<link>${SITE}${path}</link>`))!;
      expect(item.includes('<pubDate>'), s).toBe(day);
      const url = sitemap.split('<url>').find((u) => u.startsWith(`<loc>${SITE}${path}</loc>`))!;
      expect(url.includes(`<lastmod>${dates.csl}`), s).toBe(day);
      expect(url.includes('<lastmod>'), s).toBe(day);
    }
  });

  it('unfurlers (metascraper) find the author, date and image of a source page and a quote page', async () => {
    const scrape = metascraper([metascraperAuthor(), metascraperDate(), metascraperImage()]);
    const declaration = await scrape({ url: `${SITE}/sources/vienna-declaration/`, html: read('/sources/vienna-declaration/') });
    expect(declaration.author).toBe('Ahmed Naser Al-Raisi, Jürgen Stock');
    expect(declaration.date).toMatch(/^2023-11-27/);
    expect(declaration.image).toBe(`${SITE}/og/sources/vienna-declaration.png`);
    const release = await scrape({ url: `${SITE}/sources/interpol-unodc-agreement/`, html: read('/sources/interpol-unodc-agreement/') });
    expect(release.author).toBe('INTERPOL');
    const quote = await scrape({ url: `${SITE}/quotes/al-raisi-urgent-call-to-action/`, html: read('/quotes/al-raisi-urgent-call-to-action/') });
    expect(quote.author).toBe('Ahmed Naser Al-Raisi');
    // Open Graph's image facts, as unfurlers read them.
    const head = page('/quotes/al-raisi-urgent-call-to-action/');
    const og = (p: string) => head.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
    expect([og('og:image:type'), og('og:image:width'), og('og:image:height')]).toEqual(['image/png', '1200', '630']);
    expect(og('og:image:alt')).toMatch(/Al-Raisi/);
  });

  it('the feed names its own address (atom:link rel="self")', () => {
    expect(read('/feed.xml')).toMatch(new RegExp(`<atom:link href="${SITE}/feed.xml" rel="self" type="application/rss\\+xml"/>`));
    expect(read('/feed.xml')).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
  });
});

describe.runIf(hasBiber && hasBibtex)('BibTeX of awkward input, through biber and BibTeX', () => {
  const awkward: BibRecord = {
    id: 'awkward',
    kind: 'news release',
    types: KINDS['news release'],
    title: 'A {brace} } 50% & $5 #1 a_b ~ ^ \\ “quoted” "straight" INTERPOL',
    creators: [
      { person: true, name: 'أحمد ناصر الريسي', page: 'x' },
      { person: true, name: 'Ümit Çelik', family: 'Çelik', given: 'Ümit', page: 'x' },
      { person: false, name: 'United Nations Office on Drugs and Crime', page: 'x' },
    ],
    publisher: 'United Nations Office on Drugs and Crime',
    date: { year: 2016, month: 5 },
    url: 'https://example.org/sources/awkward/?a=1&b=%20#x',
    page: 'https://example.org/sources/awkward/',
    language: 'ar',
  };
  const bare: BibRecord = { ...awkward, id: 'bare', creators: [], publisher: undefined, date: undefined, title: 'Untitled % and undated' };

  it('no warning from biber, no TeX error from BibTeX, no character lost', () => {
    mkdirSync(WORK, { recursive: true });
    const text = `${bibtexOf(awkward)}\n${bibtexOf(bare)}`;
    const file = join(WORK, 'awkward-biber.bib');
    writeFileSync(file, text);
    // No invalid field, no bad date or name; a report with nothing known but its title lacks what a report must have, and says so.
    expect(biber(file).filter((w) => !/Entry 'bare' .*Missing mandatory field/.test(w))).toEqual([]);
    expect(biber(file).filter((w) => /Entry 'bare'/.test(w)).length).toBeLessThanOrEqual(3);
    const { warnings, bbl } = bibtex(text, 'awkward');
    // BibTeX itself wants an author or editor and a year for a report: only those, for the bare entry.
    expect(warnings.filter((w) => !/in bare$/.test(w))).toEqual([]);
    expect(bbl).toContain('\\textbraceleft{}brace\\textbraceright{}');
    const [entry] = parseBibtex(text).entries;
    expect(entry.fields.title).toBe(awkward.title);
    expect(entry.fields.author).toEqual([
      { name: 'أحمد ناصر الريسي' },
      { lastName: 'Çelik', firstName: 'Ümit' },
      { name: 'United Nations Office on Drugs and Crime' },
    ]);
    expect(entry.fields.url).toBe(awkward.url);
  });
});
