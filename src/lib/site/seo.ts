/**
 * What a page says about itself to machines: its <title>, canonical URL, link-preview tags,
 * schema.org JSON-LD and (for sources) citation tags for reference managers. Pure: takes
 * graph entries and absolute URLs, returns plain data the layout prints.
 */
import { DECLARATION, type CollectionName } from '../../schemas/collections.ts';
import type { ContentGraph, EntryRef, GraphEntry } from '../content/graph.ts';
import { isoDate } from '../content/dates.ts';
import { descriptionOf, embedPathOf, labelOf, oembedPath, pathOf, SITE_NAME, type Absolute } from './routes.ts';
import { bibRecord, citationTags, isoOf, type BibRecord, type Creator } from './bibliography.ts';
import { languageOf } from '../content/graph.ts';
import type { Language } from '../content/language.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** Open Graph type. */
  ogType: 'website' | 'article';
  /** Absolute URL of the link-preview image. */
  image: string;
  imageAlt: string;
  jsonLd: Record<string, unknown>;
  /** Extra <meta name=… content=…> pairs, e.g. citation_title. */
  meta: [string, string][];
  /** Extra <meta property=… content=…> pairs (Open Graph's article:author). */
  properties?: [string, string][];
  /** Other forms of the page, as <link rel="alternate">: a source's citation as CSL-JSON. */
  alternates?: { type: string; href: string; title: string }[];
  /** The language of the page's main text (the site's own pages: English). */
  lang?: Language;
  /** The page in every language it exists in, itself included, as <link rel="alternate" hreflang>. */
  versions?: { lang: Language; href: string }[];
  /** A page of a longer list: the absolute URLs of the pages before and after it (<link rel="prev|next">). */
  pager?: { prev?: string; next?: string };
}

/**
 * The document title: the page's own title plus the site name (the home page's title stands alone).
 * @example documentTitle('Events') // 'Events — The Vienna Declaration'
 */
export function documentTitle(title: string, home = false, siteName = SITE_NAME): string {
  // Long titles (source headlines, kept verbatim) go without the suffix rather than be cut.
  return home || title.length + siteName.length > 67 ? title : `${title} — ${siteName}`;
}

/** The preview images' size and type, as they are drawn (preview-image.ts) and as pages declare them (og:image:*). */
export const PREVIEW_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** Path of an entry's preview image (base-less). */
export const imagePathOf = (e: { collection: string; id: string }) => `/og/${e.collection}/${e.id}.png`;
export const SITE_IMAGE = '/og/site.png';

function thing(e: GraphEntry, abs: Absolute): Record<string, unknown> {
  const types: Partial<Record<CollectionName, string>> = {
    people: 'Person',
    organisations: 'Organization',
    events: 'Event',
    sources: 'Article',
    actions: 'CreativeWork',
  };
  const type = e.collection === 'places' ? (e.data.kind === 'country' ? 'Country' : 'City') : (types[e.collection] ?? 'Thing');
  return { '@type': type, name: labelOf(e), url: abs(pathOf(e)) };
}

/** schema.org JSON-LD for an entry's page (see README → Metadata for why each type); a source's from its record. */
function entryJsonLd(graph: ContentGraph, e: GraphEntry, abs: Absolute, record: BibRecord | undefined): Record<string, unknown> {
  const url = abs(pathOf(e));
  const base = { '@context': 'https://schema.org', url, name: labelOf(e), description: descriptionOf(e), image: abs(imagePathOf(e)) };
  const ref = (r: EntryRef) => thing(graph.get(r), abs);
  switch (e.collection) {
    case 'sources': {
      const d = e.data;
      const r = record ?? bibRecord(graph, e, abs);
      return {
        ...base,
        '@type': r.types.schemaOrg,
        ...(r.types.genre ? { genre: r.types.genre } : {}),
        headline: d.title,
        // At the precision known (ISO 8601 allows "2016-05"), as in every other format.
        ...(r.date ? { datePublished: isoOf(r.date) } : {}),
        ...(d.publisher ? { publisher: ref(d.publisher) } : {}),
        ...(r.types.publisherAs === 'periodical' && d.publisher ? { isPartOf: { '@type': 'Periodical', name: r.publisher } } : {}),
        // The people the text names as its authors (the Declaration's signatories), else its publisher.
        ...(d.authors.length ? { author: d.authors.map(ref) } : d.publisher ? { author: [ref(d.publisher)] } : {}),
        about: d.events.map(ref),
        mentions: [...d.people, ...d.organisations, ...d.places].map(ref),
        inLanguage: d.language,
        ...(d.translationOf ? { translationOfWork: ref(d.translationOf) } : {}),
        ...(graph.versionsOf(e).length > 1 && !d.translationOf
          ? {
              workTranslation: graph
                .versionsOf(e)
                .filter((v) => v.id !== e.id)
                .map((v) => thing(v, abs)),
            }
          : {}),
        isAccessibleForFree: true,
      };
    }
    case 'actions': {
      const d = e.data;
      return {
        ...base,
        '@type': 'CreativeWork',
        name: `${d.number}. ${d.title}`,
        position: d.number,
        isPartOf: thing(graph.get(DECLARATION), abs),
        text: d.wording,
        citation: d.sources.map(ref),
      };
    }
    case 'events': {
      const d = e.data;
      return {
        ...base,
        '@type': 'Event',
        name: d.title,
        startDate: isoDate(d.start),
        endDate: isoDate(d.end),
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        location: ref(d.place),
        organizer: d.organisations.slice(0, 1).map(ref),
        subjectOf: d.sources.map(ref),
      };
    }
    case 'people':
      return { ...base, '@type': 'Person', jobTitle: e.data.roles[0].role, affiliation: e.data.organisations.map(ref), alternateName: e.data.aliases };
    case 'organisations':
      return { ...base, '@type': 'Organization', alternateName: e.data.aliases, ...(e.data.parent ? { parentOrganization: ref(e.data.parent) } : {}) };
    case 'places':
      return { ...base, '@type': e.data.kind === 'country' ? 'Country' : 'City', ...(e.data.country ? { containedInPlace: ref(e.data.country) } : {}) };
    case 'quotes': {
      const q = graph.quoteOf(e);
      return {
        ...base,
        '@type': 'Quotation',
        text: q.text,
        creator: ref(e.data.person),
        isPartOf: ref(e.data.source),
        ...(e.data.event ? { about: ref(e.data.event) } : {}),
      };
    }
    default:
      return { ...base, '@type': 'Thing' };
  }
}

/**
 * What a page that shows a source says of it to reference managers and link previews: the
 * source's citation tags (bibliography.ts), its authors by name (`author`, read by unfurlers)
 * and, as Open Graph writes them, their pages and the date at the precision known.
 */
export function sourceTags(r: BibRecord, speaker?: Creator): Pick<PageMeta, 'meta' | 'properties'> {
  const authors = speaker ? [speaker] : r.creators;
  return {
    meta: [...(authors.length ? [['author', authors.map((c) => c.name).join(', ')] as [string, string]] : []), ...citationTags(r)],
    properties: [
      ...authors.map((c): [string, string] => ['article:author', c.page]),
      ...(r.date ? [['article:published_time', isoOf(r.date)] as [string, string]] : []),
    ],
  };
}

/** Shorten text to at most `max` characters, at a word, with an ellipsis. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** An entry page's title and description (quotes have neither in their data: both come from the words). */
export function titleAndDescription(graph: ContentGraph, e: GraphEntry): { title: string; description: string } {
  if (e.collection === 'quotes') {
    const q = graph.quoteOf(e);
    const speaker = labelOf(q.person);
    return {
      title: `${speaker}: “${truncate(q.text, 70)}”`,
      description: truncate(`“${q.text}” — ${speaker}, quoted in “${q.source.data.title}”.`, 200),
    };
  }
  const title = e.collection === 'actions' ? `${e.data.number}. ${e.data.title}` : 'title' in e.data ? e.data.title : labelOf(e);
  return { title, description: descriptionOf(e) ?? '' };
}

/** Metadata for an entry's page. */
export function entryMeta(graph: ContentGraph, e: GraphEntry, abs: Absolute): PageMeta {
  const { title, description } = titleAndDescription(graph, e);
  // The record of the source the page shows (its own, or a quote's), made once for its tags and JSON-LD.
  const quote = e.collection === 'quotes' ? graph.quoteOf(e) : undefined;
  const record = e.collection === 'sources' ? bibRecord(graph, e, abs) : quote ? bibRecord(graph, quote.source, abs) : undefined;
  return {
    title,
    description,
    ogType: e.collection === 'sources' || e.collection === 'actions' || e.collection === 'quotes' ? 'article' : 'website',
    image: abs(imagePathOf(e)),
    imageAlt: `${title} — ${SITE_NAME}`,
    jsonLd: entryJsonLd(graph, e, abs, record),
    // A quote's page gives its source's citation (what Zotero saves from it) and its speaker as the author.
    ...(!record
      ? { meta: [] }
      : quote
        ? sourceTags(record, { person: true, name: labelOf(quote.person), page: abs(pathOf(quote.person)) })
        : sourceTags(record)),
    lang: languageOf(e),
    versions:
      e.collection === 'sources' && graph.versionsOf(e).length > 1
        ? graph.versionsOf(e).map((v) => ({ lang: v.data.language, href: abs(pathOf(v)) }))
        : undefined,
    // Reference managers that look for CSL-JSON find the citation here; oEmbed consumers, the embed card.
    alternates: [
      ...(e.collection === 'sources'
        ? [{ type: 'application/vnd.citationstyles.csl+json', href: abs(`${pathOf(e)}cite.json`), title: 'Citation (CSL-JSON)' }]
        : []),
      ...(e.collection === 'sources' || e.collection === 'quotes'
        ? [{ type: 'application/json+oembed', href: abs(oembedPath(embedPathOf(e))), title: `Embed: ${title}` }]
        : []),
    ],
  };
}

/** Metadata for a page that is not an entry (home, indexes, search). */
export function plainMeta(title: string, description: string, path: string, abs: Absolute, type = 'WebPage', extra: Record<string, unknown> = {}): PageMeta {
  return {
    title,
    description,
    ogType: 'website',
    image: abs(SITE_IMAGE),
    imageAlt: SITE_NAME,
    jsonLd: { '@context': 'https://schema.org', '@type': type, name: title, description, url: abs(path), ...extra },
    meta: [],
  };
}
