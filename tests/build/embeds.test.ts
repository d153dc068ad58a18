/** Embed cards, as built: one per quote, source and numbered passage, their words as the pages have them, their oEmbed files and snippets. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, tree } from '../../scripts/lib/built-site.ts';

const SITE = 'https://vienna-declaration.example.org';
const cards = htmlPages().filter((p) => p.startsWith('/embed/'));
// Source pages, not the archive's years (/sources/2024/).
const sourcePages = htmlPages().filter((p) => /^\/sources\/(?!\d{4}\/|undated\/)[^/]+\/$/.test(p));
const quotePages = htmlPages().filter((p) => /^\/quotes\/[^/]+\/$/.test(p));
const oembedOf = (card: string) => JSON.parse(readFileSync(fileFor(`${card}oembed.json`)!, 'utf8'));
/** Text of an element, whitespace collapsed. */
const textOf = (el: Element | Root) => toString(el).replace(/\s+/g, ' ').trim();
/** The first element matching `selector` in a built page or an element (there must be one). */
const one = (selector: string, in_: Element | Root) => {
  const el = select(selector, in_);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
/** The first element of a snippet of HTML that matches `selector`. */
const snippet = (html: string, selector: string) => one(selector, fromHtml(html, { fragment: true }));
/** An attribute's value as the page writes it. */
const attr = (el: Element, name: string) => (el.properties[name] === undefined ? undefined : String(el.properties[name]));
/** A copy of an element without the descendants matching `selector`. */
const without = (el: Element, selector: string): Element => ({
  ...el,
  children: el.children.filter((c) => !(c.type === 'element' && matches(selector, c))).map((c) => (c.type === 'element' ? without(c, selector) : c)),
});
/** A passage's words on its page, without its "#" link and the notes of what it speaks to. */
const passageText = (el: Element) => textOf(without(el, 'a.passage-link, .evidence-links'));
const PASSAGES = '.prose p.passage, .prose li.passage, .prose blockquote.passage';
const idOf = (el: Element) => String(el.properties.id);

describe('embed cards, as built', () => {
  it('has a card for every quote, every source and every numbered passage, showing the words as the page has them', () => {
    expect(quotePages.length).toBeGreaterThanOrEqual(10);
    for (const q of quotePages) {
      const card = tree(`/embed${q}`);
      expect(textOf(one('blockquote', card)), q).toBe(textOf(one('figure.quote blockquote', tree(q))));
    }
    let passages = 0;
    for (const s of sourcePages) {
      expect(fileFor(`/embed${s}`), s).toBeTruthy();
      for (const el of selectAll(PASSAGES, tree(s))) {
        const card = fileFor(`/embed${s}${idOf(el)}/`);
        expect(card, `${s}#${idOf(el)}`).toBeTruthy();
        expect(textOf(one('blockquote', tree(`/embed${s}${idOf(el)}/`)))).toBe(passageText(el));
        passages++;
      }
    }
    expect(passages).toBeGreaterThan(50);
    expect(cards.length).toBe(quotePages.length + sourcePages.length + passages);
  });

  it('a source’s card holds every numbered passage at its fragment, as the source page has it', () => {
    for (const s of sourcePages) {
      const card = tree(`/embed${s}`);
      const ids = selectAll(PASSAGES, tree(s)).map(idOf);
      expect(selectAll('.part[id]', card).map(idOf), s).toEqual(ids);
      for (const el of selectAll(PASSAGES, tree(s))) expect(textOf(one(`[id="${idOf(el)}"] blockquote`, card))).toBe(passageText(el));
    }
  });

  it('attributes the words and links back: who, which source, publisher, date', () => {
    const card = tree('/embed/quotes/stock-work-globally/');
    expect(textOf(one('figcaption', card))).toBe(
      '— Jürgen Stock, at Tirana Regional Conference 2024, in Europe’s global organized crime challenge focus of INTERPOL Regional Conference, INTERPOL, 11 June 2024',
    );
    expect(attr(one('.back a', card), 'href')).toBe(`${SITE}/quotes/stock-work-globally/`);
    const passage = one('figcaption', tree('/embed/sources/interpol-unodc-agreement/'));
    expect(textOf(passage)).toMatch(/, INTERPOL, May 2016$/); // month precision, no invented day
  });

  it('keeps cards small, self-contained and out of the sitemap', () => {
    for (const c of cards) {
      const html = readFileSync(fileFor(c)!, 'utf8');
      const doc = tree(c);
      // A source's card carries each of its passages (shown by fragment): small on the wire, not in bytes.
      if (select('.part[id]', doc)) expect(gzipSync(html).length, c).toBeLessThan(6000);
      else expect(Buffer.byteLength(html), c).toBeLessThan(6000);
      expect(selectAll('script[src], link[rel=stylesheet]', doc).length, c).toBe(0);
      expect(selectAll('img', doc).length, c).toBe(0);
      expect(selectAll('script', doc).length, c).toBe(1); // the height report
      for (const a of selectAll('main a', doc)) expect(attr(a, 'target'), `${c} ${attr(a, 'href')}`).toBe('_blank');
    }
    expect(readFileSync(fileFor('/sitemap-0.xml')!, 'utf8')).not.toContain('/embed/');
  });

  it('publishes an oEmbed file (type rich) beside each card, discovered from the card, the quote pages and the source pages', () => {
    for (const c of cards) {
      const o = oembedOf(c);
      expect(o, c).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'The Vienna Declaration', width: 550 });
      expect(o.height, c).toBeGreaterThan(100);
      const frame = snippet(o.html, 'iframe');
      expect(attr(frame, 'src')).toBe(`${SITE}${c}`);
      expect(Number(attr(frame, 'height'))).toBe(o.height);
      expect(attr(one('link[type="application/json+oembed"]', tree(c)), 'href')).toBe(`${SITE}${c}oembed.json`);
    }
    for (const p of [...quotePages, ...sourcePages])
      expect(attr(one('link[rel=alternate][type="application/json+oembed"]', tree(p)), 'href'), p).toBe(`${SITE}/embed${p}oembed.json`);
  });

  it('shows copy-ready snippets: an iframe and a frameless blockquote, on the quote page, the source’s panel and each passage on the cite page', () => {
    // A snippet is shown as text to copy: its markup is the element's text.
    const q = tree('/quotes/stock-work-globally/');
    const iframe = snippet(toString(one('#quote-embed-iframe', q)), 'iframe');
    expect(attr(iframe, 'src')).toBe(`${SITE}/embed/quotes/stock-work-globally/`);
    const quote = snippet(toString(one('#quote-embed-frameless', q)), 'blockquote');
    expect(textOf(one('p', quote))).toBe(textOf(one('figure.quote blockquote', q)));
    expect(textOf(one('footer', quote))).toMatch(/^— Jürgen Stock, at Tirana Regional Conference 2024, in Europe’s global .*, INTERPOL, 11 June 2024$/);
    expect(attr(one('cite a', quote), 'href')).toBe(`${SITE}/quotes/stock-work-globally/`);

    expect(toString(one('#cite-embed-iframe', tree('/sources/vienna-declaration/')))).toContain(`src="${SITE}/embed/sources/vienna-declaration/"`);
    const cite = tree('/sources/vienna-declaration/cite/');
    const sections = selectAll('section.cite-passage', cite);
    expect(sections.length).toBeGreaterThan(10);
    for (const s of sections)
      expect(toString(one(`[id="${idOf(s)}-iframe"]`, s)), idOf(s)).toContain(`src="${SITE}/embed/sources/vienna-declaration/${idOf(s)}/"`);
  });
});
