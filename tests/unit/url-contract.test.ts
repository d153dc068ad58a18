import { describe, expect, it } from 'vitest';
import { checkContract, mergeManifest, type BuiltSite } from '../../src/lib/content/url-contract.ts';

/** A built site given as path → ids. */
const site = (pages: Record<string, string[]>): BuiltSite => ({ has: (p) => p in pages, ids: (p) => new Set(pages[p] ?? []) });
const manifest = { '/sources/a/': ['intro-1234', 'standards'], '/events/b/': [] };

describe('the URL contract', () => {
  it('holds when every published page and anchor is still built', () => {
    expect(checkContract(manifest, site({ '/sources/a/': ['intro-1234', 'standards', 'new-5678'], '/events/b/': [] }), {}, {})).toEqual([]);
  });

  it('fails on a removed page, saying how to fix it', () => {
    expect(checkContract(manifest, site({ '/sources/a/': ['intro-1234', 'standards'] }), {}, {})).toEqual([
      '/events/b/: published page is gone — add a redirect for it in content/redirects.yaml (see README → Renaming a page)',
    ]);
  });

  it('accepts a removed page that redirects to a page that exists', () => {
    const built = site({ '/sources/a/': ['intro-1234', 'standards'], '/events/b/': [], '/events/c/': [] });
    expect(
      checkContract({ ...manifest, '/events/old/': [] }, { ...built, has: (p) => p === '/events/old/' || built.has(p) }, { '/events/old/': '/events/c/' }, {}),
    ).toEqual([]);
    // …but not a redirect to nowhere.
    expect(
      checkContract({ '/events/old/': [] }, { has: (p) => p === '/events/old/', ids: () => new Set() }, { '/events/old/': '/events/gone/' }, {}),
    ).toHaveLength(1);
  });

  it('fails on a vanished anchor unless an alias maps it to one that exists', () => {
    const built = site({ '/sources/a/': ['intro-9999', 'standards'], '/events/b/': [] });
    expect(checkContract(manifest, built, {}, {})).toEqual([
      "/sources/a/#intro-1234: published anchor is gone — the passage's text changed; map it to its new id in content/anchor-aliases.yaml",
    ]);
    expect(checkContract(manifest, built, {}, { '/sources/a/': { 'intro-1234': 'intro-9999' } })).toEqual([]);
    expect(checkContract(manifest, built, {}, { '/sources/a/': { 'intro-1234': 'intro-0000' } })[0]).toMatch(/alias points to "#intro-0000"/);
  });

  it('never drops a published URL when the manifest is updated', () => {
    expect(mergeManifest({ '/a/': ['x'], '/gone/': ['y'] }, { '/a/': ['z'], '/new/': [] })).toEqual({ '/a/': ['x', 'z'], '/gone/': ['y'], '/new/': [] });
  });
});
