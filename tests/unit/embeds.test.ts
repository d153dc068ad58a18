/** Embed cards from the real content: what each shows, the snippets, and the addresses kept after a move. */
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '../../src/lib/content/check.ts';
import { blockquoteSnippet, embedAddresses, iframeSnippet, oembed, quoteCard, sourceCards } from '../../src/lib/site/embeds.ts';
import { absoluteUrl } from '../../src/lib/site/routes.ts';

const SITE = 'https://vienna-declaration.example.org';
const abs = (path: string) => absoluteUrl(SITE, '/', path);
const { graph } = await inspectContent();
if (!graph) throw new Error('the content has problems');
const agreement = graph.get({ collection: 'sources', id: 'interpol-unodc-agreement' });
// As the site makes them: every card page this source had is published (content/published-urls.json).
const published = () => true;
const { card: sourceCard, passages } = sourceCards(graph, agreement, abs, published);
const [firstId, first] = [...passages][0];
/** The first element a snippet of HTML holds that matches `selector`. */
const elementOf = (html: string, selector: string) => select(selector, fromHtml(html, { fragment: true }))!;

describe('embed cards', () => {
  it('a quote: the quoted words, the speaker, the event, the source at its known precision', () => {
    const card = quoteCard(graph, graph.get({ collection: 'quotes', id: 'fedotov-global-partnerships' }), abs);
    expect(card).toMatchObject({ path: '/embed/quotes/fedotov-global-partnerships/', kind: 'quote', speaker: 'Yury Fedotov' });
    expect(card.words).toBe(graph.quoteOf(graph.get({ collection: 'quotes', id: 'fedotov-global-partnerships' })).text);
    expect(card.source.date).toBe('May 2016'); // month precision: no day invented
    expect(card.cite).toMatch(new RegExp(`^${SITE}/sources/interpol-unodc-agreement/#`));
  });

  it('a passage: its words verbatim, its paragraph number, its address as the cite', () => {
    expect(first).toMatchObject({ kind: 'passage', paragraph: 1, path: `/embed/sources/interpol-unodc-agreement/${firstId}/` });
    expect(first.words).toBe(graph.passages(agreement).find((p) => p.id === firstId)!.text);
    expect(sourceCard.words).toBe(first.words); // a source's card opens with its first paragraph
  });

  it('a passage whose card page was never published: its card is its source’s card at the passage’s fragment, which holds every passage', () => {
    const fresh = sourceCards(graph, agreement, abs);
    const card = fresh.passages.get(firstId)!;
    expect(card.path).toBe(`/embed/sources/interpol-unodc-agreement/#${firstId}`);
    expect(fresh.card.parts!.map((p) => p.anchor)).toEqual([...fresh.passages.keys()]);
    expect(elementOf(iframeSnippet(card, abs), 'iframe').properties.src).toBe(`${SITE}/embed/sources/interpol-unodc-agreement/#${firstId}`);
    // Only the sources' and the quotes' cards have pages of their own.
    expect(
      embedAddresses(graph, abs)
        .map((a) => a.path)
        .filter((p) => p.startsWith('/embed/sources/') && p.split('/').length > 5),
    ).toEqual([]);
  });

  it('snippets: an iframe of the card, sized as the oEmbed says; a blockquote citing the passage, attributed', () => {
    const frame = elementOf(iframeSnippet(first, abs), 'iframe');
    const o = oembed(first, abs);
    expect(frame.properties.src).toBe(`${SITE}${first.path}`);
    expect([Number(frame.properties.width), Number(frame.properties.height)]).toEqual([o.width, o.height]);
    const quote = elementOf(blockquoteSnippet(first), 'blockquote');
    expect(quote.properties.cite).toBe(`${SITE}/sources/interpol-unodc-agreement/#${firstId}`);
    expect(toString(select('p', quote)!)).toBe(first.words);
    expect(toString(select('footer', quote)!)).toBe(
      '— INTERPOL and UNODC agreement to enhance cooperation against transnational crime, para. 1, INTERPOL, May 2016',
    );
  });

  it('keeps a card at a passage’s old id and at the old paths of a page that moved, each showing the current card', () => {
    const moves = {
      aliases: { '/sources/interpol-unodc-agreement/': { 'old-passage-id': firstId } },
      redirects: { '/sources/old-agreement/': '/sources/interpol-unodc-agreement/' },
      published,
    };
    const at = new Map(embedAddresses(graph, abs, moves).map(({ path, card }) => [path, card]));
    expect(at.get('/embed/sources/interpol-unodc-agreement/old-passage-id/')).toBe(at.get(first.path));
    expect(at.get(`/embed/sources/old-agreement/${firstId}/`)).toBe(at.get(first.path));
    expect(at.get('/embed/sources/old-agreement/old-passage-id/')).toBe(at.get(first.path));
    expect(at.get('/embed/sources/old-agreement/')!.path).toBe('/embed/sources/interpol-unodc-agreement/');
    // The moved source: its card, its passages, the alias; plus the alias at the current path.
    expect(embedAddresses(graph, abs, { published }).length).toBe(at.size - (1 + passages.size + 1) - 1);
  });
});
