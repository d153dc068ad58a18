/**
 * The URL contract: every page URL and passage anchor ever published stays reachable. A
 * committed manifest (content/published-urls.json) lists them; a build may drop one only
 * with a page redirect (content/redirects.yaml → Astro `redirects`) or an anchor alias
 * (content/anchor-aliases.yaml). Pure: callers pass what the build produced.
 */

/** Published URLs: base-less page path → anchor ids on that page (sorted). */
export type Manifest = Record<string, string[]>;

export interface BuiltSite {
  /** Whether the build has a page (or redirect page) at this path. */
  has(path: string): boolean;
  /** The ids present on a built page. */
  ids(path: string): Set<string>;
}

/** Page path → path it moved to. */
export type Redirects = Record<string, string>;
/** Page path → { old anchor id: new anchor id }. */
export type AnchorAliases = Record<string, Record<string, string>>;

/**
 * Every way the build breaks the manifest, as messages that say how to fix it.
 * @example checkContract({ '/a/': ['x'] }, site, {}, {}) // ['/a/: page is gone — add a redirect …'] if /a/ was removed
 */
export function checkContract(manifest: Manifest, site: BuiltSite, redirects: Redirects, aliases: AnchorAliases): string[] {
  const problems: string[] = [];
  for (const [path, anchors] of Object.entries(manifest)) {
    // Follow redirects (and chains of them) to where the page lives now.
    let target = path;
    for (let hops = 0; redirects[target] && hops < 10; hops++) target = redirects[target];
    if (!site.has(path) || (target !== path && !site.has(target))) {
      problems.push(`${path}: published page is gone — add a redirect for it in content/redirects.yaml (see README → Renaming a page)`);
      continue;
    }
    const ids = site.ids(target);
    for (const anchor of anchors) {
      const alias = aliases[target]?.[anchor] ?? aliases[path]?.[anchor];
      if (ids.has(anchor)) continue;
      if (alias && ids.has(alias)) continue;
      problems.push(
        alias
          ? `${path}#${anchor}: alias points to "#${alias}", which is not on ${target} either`
          : `${path}#${anchor}: published anchor is gone — the passage's text changed; map it to its new id in content/anchor-aliases.yaml`,
      );
    }
  }
  return problems;
}

/** The manifest after a build: everything published before, plus what is new (nothing is ever dropped). */
export function mergeManifest(old: Manifest, built: Manifest): Manifest {
  const merged: Manifest = {};
  for (const path of [...new Set([...Object.keys(old), ...Object.keys(built)])].sort()) {
    merged[path] = [...new Set([...(old[path] ?? []), ...(built[path] ?? [])])].sort();
  }
  return merged;
}
