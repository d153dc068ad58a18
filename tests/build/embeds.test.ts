/** Embed cards, as built: one per quote, source and numbered passage, their words as the pages have them, their oEmbed files and snippets. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, page, textOf } from '../../scripts/lib/built-site.ts';

const SITE = 'https://vienna-declaration.example.org';
const cards = htmlPages().filter((p) => p.startsWith('/embed/'));
// Source pages, not the archive's years (/sources/2024/).
const sourcePages = htmlPages().filter((p) => /^\/sources\/(?!\d{4}\/|undated\/)[^/]+\/$/.test(p));
const quotePages = htmlPages().filter((p) => /^\/quotes\/[^/]+\/$/.test(p));
const oembedOf = (card: string) => JSON.parse(readFileSync(fileFor(`${card}oembed.json`)!, 'utf8'));
/** A passage's words on its page, without its "#" link and the notes of what it speaks to. */
const passageText = (el: ReturnType<typeof page>) => {
  const copy = parse(el.outerHTML).firstChild as ReturnType<typeof page>;
  for (const a of copy.querySelectorAll('a.passage-link, .evidence-links')) a.remove();
  return textOf(copy);
};
/** A built page parsed with <pre> as markup (page() keeps <pre> as raw text). */
const withPre = (path: string) => parse(readFileSync(fileFor(path)!, 'utf8'), { blockTextElements: { script: true, style: true } });

describe('embed cards, as built', () => {
  it('has a card for every quote, every source and every numbered passage, showing the words as the page has them', () => {
    expect(quotePages.length).toBeGreaterThanOrEqual(10);
    for (const q of quotePages) {
      const card = page(`/embed${q}`);
      expect(textOf(card.querySelector('blockquote')!), q).toBe(textOf(page(q).querySelector('figure.quote blockquote')!));
    }
    let passages = 0;
    for (const s of sourcePages) {
      expect(fileFor(`/embed${s}`), s).toBeTruthy();
      for (const el of page(s).querySelectorAll('.prose p.passage, .prose li.passage, .prose blockquote.passage')) {
        const card = fileFor(`/embed${s}${el.id}/`);
        expect(card, `${s}#${el.id}`).toBeTruthy();
        expect(textOf(page(`/embed${s}${el.id}/`).querySelector('blockquote')!)).toBe(passageText(el));
        passages++;
      }
    }
    expect(passages).toBeGreaterThan(50);
    expect(cards.length).toBe(quotePages.length + sourcePages.length + passages);
  });

  it('a source’s card holds every numbered passage at its fragment, as the source page has it', () => {
    for (const s of sourcePages) {
      const card = page(`/embed${s}`);
      const ids = page(s)
        .querySelectorAll('.prose p.passage, .prose li.passage, .prose blockquote.passage')
        .map((el) => el.id);
      expect(
        card.querySelectorAll('.part[id]').map((p) => p.id),
        s,
      ).toEqual(ids);
      for (const el of page(s).querySelectorAll('.prose p.passage, .prose li.passage, .prose blockquote.passage'))
        expect(textOf(card.querySelector(`[id="${el.id}"] blockquote`)!)).toBe(passageText(el));
    }
  });

  it('attributes the words and links back: who, which source, publisher, date', () => {
    const card = page('/embed/quotes/stock-work-globally/');
    expect(textOf(card.querySelector('figcaption')!)).toBe(
      '— Jürgen Stock, at Tirana Regional Conference 2024, in Europe’s global organized crime challenge focus of INTERPOL Regional Conference, INTERPOL, 11 June 2024',
    );
    expect(card.querySelector('.back a')!.getAttribute('href')).toBe(`${SITE}/quotes/stock-work-globally/`);
    const passage = page('/embed/sources/interpol-unodc-agreement/').querySelector('figcaption')!;
    expect(textOf(passage)).toMatch(/, INTERPOL, May 2016$/); // month precision, no invented day
  });

  it('keeps cards small, self-contained and out of the sitemap', () => {
    for (const c of cards) {
      const html = readFileSync(fileFor(c)!, 'utf8');
      const doc = page(c);
      // A source's card carries each of its passages (shown by fragment): small on the wire, not in bytes.
      if (doc.querySelector('.part[id]')) expect(gzipSync(html).length, c).toBeLessThan(6000);
      else expect(Buffer.byteLength(html), c).toBeLessThan(6000);
      expect(doc.querySelectorAll('script[src], link[rel=stylesheet]').length, c).toBe(0);
      expect(doc.querySelectorAll('img').length, c).toBe(0);
      expect(doc.querySelectorAll('script').length, c).toBe(1); // the height report
      for (const a of doc.querySelectorAll('main a')) expect(a.getAttribute('target'), `${c} ${a.getAttribute('href')}`).toBe('_blank');
    }
    expect(readFileSync(fileFor('/sitemap-0.xml')!, 'utf8')).not.toContain('/embed/');
  });

  it('publishes an oEmbed file (type rich) beside each card, discovered from the card, the quote pages and the source pages', () => {
    for (const c of cards) {
      const o = oembedOf(c);
      expect(o, c).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'The Vienna Declaration', width: 550 });
      expect(o.height, c).toBeGreaterThan(100);
      const frame = parse(o.html).querySelector('iframe')!;
      expect(frame.getAttribute('src')).toBe(`${SITE}${c}`);
      expect(Number(frame.getAttribute('height'))).toBe(o.height);
      expect(page(c).querySelector('link[type="application/json+oembed"]')!.getAttribute('href')).toBe(`${SITE}${c}oembed.json`);
    }
    for (const p of [...quotePages, ...sourcePages])
      expect(page(p).querySelector('link[rel=alternate][type="application/json+oembed"]')?.getAttribute('href'), p).toBe(`${SITE}/embed${p}oembed.json`);
  });

  it('shows copy-ready snippets: an iframe and a frameless blockquote, on the quote page, the source’s panel and each passage on the cite page', () => {
    const q = withPre('/quotes/stock-work-globally/');
    const iframe = parse(q.querySelector('#quote-embed-iframe')!.textContent).querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(`${SITE}/embed/quotes/stock-work-globally/`);
    const quote = parse(q.querySelector('#quote-embed-frameless')!.textContent).querySelector('blockquote')!;
    expect(textOf(quote.querySelector('p')!)).toBe(textOf(q.querySelector('figure.quote blockquote')!));
    expect(textOf(quote.querySelector('footer')!)).toMatch(
      /^— Jürgen Stock, at Tirana Regional Conference 2024, in Europe’s global .*, INTERPOL, 11 June 2024$/,
    );
    expect(quote.querySelector('cite a')!.getAttribute('href')).toBe(`${SITE}/quotes/stock-work-globally/`);

    expect(withPre('/sources/vienna-declaration/').querySelector('#cite-embed-iframe')!.textContent).toContain(
      `src="${SITE}/embed/sources/vienna-declaration/"`,
    );
    const cite = withPre('/sources/vienna-declaration/cite/');
    const sections = cite.querySelectorAll('section.cite-passage');
    expect(sections.length).toBeGreaterThan(10);
    for (const s of sections)
      expect(s.querySelector(`#${s.id}-iframe`)!.textContent, s.id).toContain(`src="${SITE}/embed/sources/vienna-declaration/${s.id}/"`);
  });
});
