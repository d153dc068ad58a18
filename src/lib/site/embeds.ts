/**
 * Embeddable cards: one per quote, per source and per numbered passage of a source — the words
 * verbatim, who said them or where they stand, and a link back — at /embed/…/, with an oEmbed
 * file beside each (…/oembed.json) and the snippets a press officer pastes (an <iframe>, or a
 * <blockquote> for sites that allow no frames). The one list of cards serves the card pages,
 * the oEmbed files, the discovery links and the snippets, so they cannot disagree.
 */
import { bibRecord, citationTags } from './bibliography.ts';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { quoteLabel, type ContentGraph, type EntryOf } from '../content/graph.ts';
import { langAttrs, passageLanguage, SITE_LANGUAGE, type Language } from '../content/language.ts';
import { paragraphNumbers } from '../content/passages.ts';
import type { AnchorAliases, Redirects } from '../content/url-contract.ts';
import { embedPathOf, labelOf, pathOf, publisherOf, SITE_NAME, sourceDateText } from './routes.ts';
import type { Absolute } from './routes.ts';

export interface EmbedCard {
  /**
   * Base-less address of the card: /embed/quotes/<id>/, /embed/sources/<id>/; a passage's card is
   * its source's card at the passage's fragment, /embed/sources/<id>/#<passage> — or, where that
   * address was published before, its own page /embed/sources/<id>/<passage>/.
   */
  path: string;
  kind: 'quote' | 'source' | 'passage';
  /** The card's title (its page title and the oEmbed title). */
  title: string;
  /** The words the card shows, verbatim from the source. */
  words: string;
  /** The words' language where it is not English (a source's language, or Arabic in an English text). */
  lang?: Language;
  /** Who said the words (quotes). */
  speaker?: string;
  /** The source: its title, publisher (where known), date as printed ("n.d." where unknown) and page. */
  source: { title: string; lang: Language; publisher?: string; date: string; url: string; citation: [string, string][] };
  /** The passage's paragraph number in its source (passages). */
  paragraph?: number;
  /** The event the words were said at (quotes), as its name. */
  event?: string;
  /** Where the card leads: the page (or passage) it stands for, absolute. */
  back: string;
  /** Where the words stand in their source (the blockquote's cite), absolute. */
  cite: string;
  backLabel: string;
  /** A passage's anchor id in its source (passages). */
  anchor?: string;
  /** A source's card: every numbered passage's card, shown one at a time by the address's fragment. */
  parts?: EmbedCard[];
}

/** Whether a card's address is a page of its own (not a fragment of its source's card). */
const ownPage = (card: EmbedCard) => !card.path.includes('#');

/** The width cards are laid out for in the snippets (they read well from 300 to 700 px). */
const EMBED_WIDTH = 550;

/** The message a card posts to the page that frames it, so the frame can take the card's height. */
export const HEIGHT_MESSAGE = 'vienna-declaration:embed-height';

const sourceFacts = (graph: ContentGraph, source: EntryOf<'sources'>, abs: Absolute): EmbedCard['source'] => ({
  title: source.data.title,
  lang: source.data.language,
  publisher: publisherOf(graph, source),
  date: sourceDateText(source),
  url: abs(pathOf(source)),
  // The source's citation tags: a reference manager pointed at a card saves the source (bibliography.ts).
  citation: citationTags(bibRecord(graph, source, abs)),
});

const script = (text: string, source: EntryOf<'sources'>): { lang?: Language } => {
  const lang = passageLanguage(text, source.data.language);
  return lang === SITE_LANGUAGE ? {} : { lang };
};

/** A quote's card. */
export function quoteCard(graph: ContentGraph, entry: EntryOf<'quotes'>, abs: Absolute): EmbedCard {
  const quote = graph.quoteOf(entry);
  const event = entry.data.event && graph.get(entry.data.event);
  return {
    path: embedPathOf(entry),
    kind: 'quote',
    title: quoteLabel(quote.person.data.name, quote.text),
    words: quote.text,
    ...script(quote.text, quote.source),
    speaker: quote.person.data.name,
    source: sourceFacts(graph, quote.source, abs),
    event: event ? labelOf(event) : undefined,
    back: abs(pathOf(entry)),
    cite: `${abs(pathOf(quote.source))}#${quote.passages[0].id}`,
    backLabel: 'This quote in context',
  };
}

/** Which card pages were published before (content/published-urls.json): they keep their addresses. */
export type Published = (path: string) => boolean;

/**
 * A source's card (its opening paragraph, and every numbered passage to be picked by the address's
 * fragment) and one card per numbered passage, keyed by passage id. A passage's card is the
 * source's card at #<passage> — one page per source, not one per paragraph (a page per paragraph
 * was a third of a large build; BENCHMARKS.md) — except where its own page was published before.
 */
export function sourceCards(graph: ContentGraph, source: EntryOf<'sources'>, abs: Absolute, published: Published = () => false) {
  const facts = sourceFacts(graph, source, abs);
  const passages = graph.passages(source);
  const numbers = paragraphNumbers(passages);
  const numbered = passages.filter((p) => numbers.has(p.id));
  const opening = numbered[0]?.text ?? source.data.title;
  const card: EmbedCard = {
    path: embedPathOf(source),
    kind: 'source',
    title: source.data.title,
    words: opening,
    ...script(opening, source),
    source: facts,
    back: facts.url,
    cite: facts.url,
    backLabel: 'Read the whole text',
  };
  const passageCards = new Map<string, EmbedCard>();
  for (const p of numbered) {
    const page = embedPathOf(source, p.id);
    passageCards.set(p.id, {
      path: published(page) ? page : `${embedPathOf(source)}#${p.id}`,
      anchor: p.id,
      kind: 'passage',
      title: `${source.data.title}, paragraph ${numbers.get(p.id)}`,
      words: p.text,
      ...script(p.text, source),
      source: facts,
      paragraph: numbers.get(p.id),
      back: `${facts.url}#${p.id}`,
      cite: `${facts.url}#${p.id}`,
      backLabel: 'Read it in the whole text',
    });
  }
  card.parts = [...passageCards.values()];
  return { card, passages: passageCards };
}

/** A card and an address it is published at: its own path, or one it had before. */
export interface EmbedAddress {
  path: string;
  card: EmbedCard;
}

/**
 * Every card of the site at its address, and at every address it had: a passage whose id changed
 * (content/anchor-aliases.yaml) keeps its card at the old id, and the cards of a page that moved
 * (content/redirects.yaml) stay at the old page's embed paths too — embeds already published go on
 * working, with no entry for them to write by hand. The card itself always names its current path.
 */
export function embedAddresses(
  graph: ContentGraph,
  abs: Absolute,
  moves: { aliases?: AnchorAliases; redirects?: Redirects; published?: Published } = {},
): EmbedAddress[] {
  const cards: EmbedCard[] = [...graph.all('quotes').map((q) => quoteCard(graph, q, abs))];
  const out: EmbedAddress[] = [];
  for (const source of graph.all('sources')) {
    const { card, passages } = sourceCards(graph, source, abs, moves.published);
    cards.push(card, ...[...passages.values()].filter(ownPage));
    for (const [from, to] of Object.entries(moves.aliases?.[pathOf(source)] ?? {})) {
      const moved = passages.get(to);
      if (moved && moves.published?.(embedPathOf(source, from))) out.push({ path: embedPathOf(source, from), card: moved });
    }
  }
  out.unshift(...cards.map((card) => ({ path: card.path, card })));
  for (const [from, to] of Object.entries(moves.redirects ?? {})) {
    const prefix = `/embed${to}`;
    for (const { path, card } of [...out]) if (path.startsWith(prefix)) out.push({ path: `/embed${from}${path.slice(prefix.length)}`, card });
  }
  return out;
}

/**
 * The card's height at EMBED_WIDTH, estimated from its text (the card reports its real height to
 * frames that listen): oEmbed requires one, and an <iframe> without one shows 150 px.
 */
function embedHeight(card: EmbedCard): number {
  const lines = (text: string, perLine: number) => Math.ceil(text.length / perLine);
  const words = lines(card.words, 52) * 27;
  const caption = lines(captionText(card), 70) * 21;
  return 24 + words + 12 + caption + 12 + 21 + 24;
}

/** What follows the source's title in an attribution: paragraph, publisher (where known), date. */
export const afterTitle = (card: EmbedCard): string =>
  [card.paragraph && `para. ${card.paragraph}`, card.source.publisher, card.source.date].filter(Boolean).join(', ');

/** The attribution line as plain text: who, where, when. */
function captionText(card: EmbedCard): string {
  return `${card.speaker ? `${card.speaker}${card.event ? `, at ${card.event}` : ''}, in ` : ''}${card.source.title}, ${afterTitle(card)}`;
}

/** The <iframe> snippet. */
export function iframeSnippet(card: EmbedCard, abs: Absolute): string {
  return toHtml(
    h('iframe', {
      src: abs(card.path),
      title: `${card.title} — ${SITE_NAME}`,
      width: EMBED_WIDTH,
      height: embedHeight(card),
      loading: 'lazy',
      style: 'border:0;max-width:100%',
    }),
  );
}

/** The no-frame snippet: the words in a <blockquote cite>, attributed, with a link back. Plain HTML, no script. */
export function blockquoteSnippet(card: EmbedCard): string {
  const { source: s } = card;
  return toHtml(
    h('blockquote', { cite: card.cite, ...(card.lang ? langAttrs(card.lang) : {}) }, [
      h('p', card.kind === 'quote' ? `“${card.words}”` : card.words),
      h('footer', { lang: 'en', dir: 'ltr' }, [
        '— ',
        ...(card.speaker ? [`${card.speaker}${card.event ? `, at ${card.event}` : ''}, in `] : []),
        h('cite', [h('a', { href: card.back, ...langAttrs(s.lang) }, s.title)]),
        `, ${afterTitle(card)}`,
      ]),
    ]),
  );
}

/** The oEmbed response (type "rich") for a card: https://oembed.com/#section2.3. */
export function oembed(card: EmbedCard, abs: Absolute) {
  return {
    version: '1.0',
    type: 'rich',
    title: card.title,
    ...((card.speaker ?? card.source.publisher) ? { author_name: card.speaker ?? card.source.publisher } : {}),
    provider_name: SITE_NAME,
    provider_url: abs('/'),
    html: iframeSnippet(card, abs),
    width: EMBED_WIDTH,
    height: embedHeight(card),
    cache_age: 86400,
  };
}

/**
 * The one script a card carries, inline (allowed by its hash): when framed, it tells the framing
 * page its height, now and whenever it changes, so the frame can fit it. The card needs no script
 * to be read; a host that ignores the message keeps the snippet's height.
 */
// A height of 0 (the observer can fire before the first layout) is not sent.
export const EMBED_SCRIPT = `if(parent!==self)new ResizeObserver(()=>{const h=Math.ceil(document.documentElement.getBoundingClientRect().height);h&&parent.postMessage({type:'${HEIGHT_MESSAGE}',height:h,src:location.href},'*')}).observe(document.documentElement)`;
