import { describe, expect, it } from 'vitest';
import { ContentGraph, suggest, type GraphEntry } from '../../src/lib/content/graph.ts';
import { passagesOfBody, type Passage } from '../../src/lib/content/passages.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { ContentError, formatProblem } from '../../src/lib/content/problems.ts';

const SOURCE_BODY = 'The Assembly closed.\n\n## Standards\n\nDelegates endorsed a code.';
const sourcePassages = await passagesOfBody(SOURCE_BODY, 'md');

const ref = <C extends CollectionName>(collection: C, id: string) => ({ collection, id });
/** Fixtures carry only the fields a test reads: the graph relies on the schemas for the rest. */
const entry = (e: { collection: CollectionName; id: string; filePath?: string; data: object; body?: string; passages?: Passage[] }) => e as GraphEntry;
/** A tiny graph: one source mentioning a person and an event; an action resting on the source. */
function fixture(overrides: Partial<Record<string, GraphEntry>> = {}): GraphEntry[] {
  const base: Record<string, GraphEntry> = {
    source: entry({
      collection: 'sources',
      id: 'closing-release',
      filePath: 'content/sources/closing-release.md',
      data: { title: 'Closing', people: [ref('people', 'stock')], events: [ref('events', 'vienna-2023')] },
      body: SOURCE_BODY,
      passages: sourcePassages,
    }),
    person: entry({
      collection: 'people',
      id: 'stock',
      filePath: 'content/people/stock.yaml',
      data: { name: 'Stock', roles: [{ role: 'SG', source: ref('sources', 'closing-release') }] },
    }),
    event: entry({ collection: 'events', id: 'vienna-2023', filePath: 'content/events/vienna-2023.mdx', data: { title: 'Vienna' } }),
    action: entry({
      collection: 'actions',
      id: 'cooperation',
      filePath: 'content/actions/cooperation.mdx',
      data: { title: 'Cooperation', sources: [ref('sources', 'closing-release')] },
    }),
  };
  return Object.values({ ...base, ...overrides }).filter((e): e is GraphEntry => !!e);
}

describe('ContentGraph', () => {
  it('resolves references and computes backlinks both ways', () => {
    const g = new ContentGraph(fixture());
    expect(g.linksOf(ref('sources', 'closing-release')).map((e) => e.id)).toEqual(['stock', 'vienna-2023']);
    expect(
      g
        .backlinksOf(ref('sources', 'closing-release'))
        .map((e) => e.id)
        .sort(),
    ).toEqual(['cooperation', 'stock']);
    expect(g.backlinksOf(ref('events', 'vienna-2023')).map((e) => e.id)).toEqual(['closing-release']);
    expect([...g.relatedOf(ref('people', 'stock')).keys()]).toEqual(['sources']);
  });

  it('rejects a dangling reference, naming file, field and the likely intended id', () => {
    const broken = fixture({
      action: entry({
        collection: 'actions',
        id: 'cooperation',
        filePath: 'content/actions/cooperation.mdx',
        data: { sources: [ref('sources', 'closing-release'), ref('sources', 'closing-relase')] },
      }),
    });
    expect(() => new ContentGraph(broken)).toThrow(ContentError);
    expect(() => new ContentGraph(broken)).toThrow(
      'content/actions/cooperation.mdx — sources[1] — no source "closing-relase" — did you mean "closing-release"?',
    );
  });

  it('names nested fields and lists every problem at once', () => {
    const broken = fixture({
      person: entry({
        collection: 'people',
        id: 'stock',
        filePath: 'content/people/stock.yaml',
        data: { roles: [{ role: 'SG', source: ref('sources', 'nowhere') }] },
      }),
      event: entry({ collection: 'events', id: 'vienna-2023', filePath: 'content/events/vienna-2023.mdx', data: { place: ref('places', 'vienna') } }),
    });
    try {
      new ContentGraph(broken);
      expect.unreachable();
    } catch (e) {
      const problems = (e as ContentError).problems.map(formatProblem);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^content\/people\/stock\.yaml — roles\[0\]\.source — no source "nowhere"/);
      expect(problems[1]).toMatch(/^content\/events\/vienna-2023\.mdx — place — no place "vienna" — add content\/places\/vienna/);
      expect((e as Error).stack).not.toMatch(/\n\s+at /);
    }
  });

  it('rejects a duplicate id in one collection, naming both files', () => {
    const entries = [...fixture(), entry({ collection: 'people', id: 'stock', filePath: 'content/people/stock.yml', data: {} })];
    expect(() => new ContentGraph(entries)).toThrow(/content\/people\/stock\.yml — \(file\) — duplicate id "stock" — content\/people\/stock\.yaml has it too/);
  });

  it('maps evidence passages to actions and rejects a passage that does not exist', () => {
    const evidence = (passage: string): GraphEntry =>
      entry({
        collection: 'evidence',
        id: 'e1',
        filePath: 'content/evidence.yaml',
        data: { source: ref('sources', 'closing-release'), passage, actions: [ref('actions', 'cooperation')] },
      });
    const g = new ContentGraph([...fixture(), evidence('standards')]);
    expect(g.evidenceFor(ref('actions', 'cooperation')).map((e) => e.passage.text)).toEqual(['Standards']);
    expect(g.actionsForPassage(ref('sources', 'closing-release'), 'standards').map((a) => a.id)).toEqual(['cooperation']);
    expect(g.backlinksOf(ref('actions', 'cooperation')).map((e) => e.collection)).not.toContain('evidence');
    expect(() => new ContentGraph([...fixture(), evidence('standard')])).toThrow(
      'content/evidence.yaml — entry "e1", passage — "standard" is not a passage of content/sources/closing-release.md — did you mean "standards"?',
    );
  });

  it('does not change the entries it is given', () => {
    const quote: GraphEntry = entry({
      collection: 'quotes',
      id: 'q1',
      filePath: 'content/quotes.yaml',
      data: { person: ref('people', 'stock'), source: ref('sources', 'closing-release'), passages: [sourcePassages[0].id] },
    });
    const entries = [...fixture(), quote];
    const before = structuredClone(entries);
    const g = new ContentGraph(entries);
    expect(g.get(ref('quotes', 'q1')).label).toMatch(/^Stock: /);
    expect(entries).toEqual(before);
  });

  it('refuses two passages with one anchor on a page, naming the file', () => {
    const twice = { ...fixture()[0], passages: [...sourcePassages, sourcePassages[0]] };
    expect(() => new ContentGraph([twice, ...fixture().slice(1)])).toThrow(
      /content\/sources\/closing-release\.md — body — duplicate passage anchor "#the-assembly-closed-[0-9a-f]{4}"/,
    );
  });

  it('suggests only near misses', () => {
    expect(suggest('viena', ['vienna', 'tirana'])).toBe('vienna');
    expect(suggest('glasgow', ['vienna', 'tirana'])).toBeUndefined();
  });
});
