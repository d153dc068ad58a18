/**
 * Discover the site the way a visitor would: start at "/" and follow every internal link
 * (pages, assets, fragments), over HTTP from the preview server. Returns every page found and
 * every link that did not resolve.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface Crawl {
  /** Paths of HTML pages reached, in discovery order. */
  pages: string[];
  /** "from → href (why)" for links that did not resolve. */
  broken: string[];
}

export async function crawl(site: string, start = '/'): Promise<Crawl> {
  const origin = new URL(site).origin;
  const pages: string[] = [];
  const ids = new Map<string, Set<string>>();
  const status = new Map<string, number>();
  const links: { from: string; href: string; url: URL }[] = [];
  const queue = [start];
  const seen = new Set(queue);
  while (queue.length) {
    const path = queue.shift()!;
    const res = await fetch(`${origin}${path}`);
    status.set(path, res.status);
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    pages.push(path);
    const doc = fromHtml(await res.text());
    ids.set(path, new Set(selectAll('[id]', doc).map((el) => String(el.properties.id))));
    for (const el of selectAll('a[href], link[href], script[src], img[src], form[action]', doc)) {
      const href = String(el.properties.href ?? el.properties.src ?? el.properties.action);
      const url = new URL(href, `${origin}${path}`);
      if (url.origin !== origin) continue; // canonical and feed URLs point at the public site
      links.push({ from: path, href, url });
      const target = url.pathname;
      if (!seen.has(target)) {
        seen.add(target);
        // Follow pages; fetch assets once to check they load.
        if (/\/$|\.html$/.test(target)) queue.push(target);
        else status.set(target, (await fetch(`${origin}${target}`)).status);
      }
    }
  }
  const broken: string[] = [];
  for (const { from, href, url } of links) {
    const code = status.get(url.pathname);
    if (code !== 200) broken.push(`${from} → ${href} (HTTP ${code})`);
    else if (url.hash && ids.has(url.pathname) && !ids.get(url.pathname)!.has(decodeURIComponent(url.hash.slice(1))))
      broken.push(`${from} → ${href} (no such fragment)`);
  }
  return { pages, broken: [...new Set(broken)] };
}
