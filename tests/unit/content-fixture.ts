/** A tiny content set for the graph's and the rules' tests: one source mentioning a person and an event; an action resting on the source. */
import type { GraphEntry } from '../../src/lib/content/graph.ts';
import { passagesOfBody, type Passage } from '../../src/lib/content/passages.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';

const SOURCE_BODY = 'The Assembly closed.\n\n## Standards\n\nDelegates endorsed a code.';
export const sourcePassages = await passagesOfBody(SOURCE_BODY, 'md');

export const ref = <C extends CollectionName>(collection: C, id: string) => ({ collection, id });
/** Fixtures carry only the fields a test reads: the graph relies on the schemas for the rest. */
export const entry = (e: { collection: CollectionName; id: string; filePath?: string; data: object; body?: string; passages?: Passage[] }) => e as GraphEntry;
/** A tiny graph: one source mentioning a person and an event; an action resting on the source. */
export function fixture(overrides: Partial<Record<string, GraphEntry>> = {}): GraphEntry[] {
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
