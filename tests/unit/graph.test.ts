import { describe, expect, it } from 'vitest';
import { ContentGraph, type GraphEntry } from '../../src/lib/content/graph.ts';
import { entry, fixture, ref, sourcePassages } from './content-fixture.ts';

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

  it('maps evidence passages to actions, and leaves out one that does not exist', () => {
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
    // A passage that does not exist is the rules' to report (passages-exist); the index leaves it out.
    expect(new ContentGraph([...fixture(), evidence('standard')]).evidenceFor(ref('actions', 'cooperation'))).toEqual([]);
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
});
