/**
 * Astro-side helpers that bind seo.ts to the current build's site URL and base path.
 */
import { absoluteUrl } from './routes.ts';
import type { Absolute } from './routes.ts';

/** An `Absolute` for this build: site paths → absolute URLs under SITE_URL + BASE_PATH. */
export function absoluteFor(site: URL | undefined): Absolute {
  if (!site) throw new Error('astro.config.mjs must set `site` (SITE_URL) for canonical URLs');
  return (path) => absoluteUrl(site, import.meta.env.BASE_URL, path);
}
