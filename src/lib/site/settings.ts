/**
 * The build's settings from the environment, parsed once with zod: where the site is published
 * (SITE_URL, an origin; BASE_PATH, a sub-path such as /vienna/), where it is built (OUT_DIR) and
 * where Astro keeps its caches (ASTRO_CACHE_DIR), and how many worker threads render the pages
 * (PRERENDER_WORKERS; 0 renders them on the main thread). A bad value stops the build naming the variable.
 * README → Deploying.
 */
import { z } from 'astro/zod';

const schema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'must be the origin the site is published at, e.g. https://vienna-declaration.example.org' })
    .refine((u) => !URL.canParse(u) || (new URL(u).pathname === '/' && !new URL(u).search), 'must be an origin only (no path: put a sub-path in BASE_PATH)')
    .default('https://vienna-declaration.example.org'),
  BASE_PATH: z
    .string()
    .regex(/^\/([\w.~-]+\/)*$/, 'must start and end with "/", e.g. /vienna/ (or / for a domain root)')
    .default('/'),
  OUT_DIR: z
    .string()
    .regex(/^[\w-][\w.-]*(\/[\w-][\w.-]*)*$/, 'must be a folder inside the project, e.g. dist')
    .default('dist'),
  ASTRO_CACHE_DIR: z.string().min(1).default('./node_modules/.astro'),
  // The default is what measured best on the project's 2-core machine (BENCHMARKS.md): no workers.
  PRERENDER_WORKERS: z.coerce
    .number({ error: 'must be a whole number of worker threads, e.g. 1 (0: render on the main thread)' })
    .int('must be a whole number of worker threads, e.g. 1 (0: render on the main thread)')
    .min(0, 'must be 0 or more (0: render on the main thread)')
    .max(64, 'must be at most 64')
    .default(0),
});

export type Settings = z.infer<typeof schema>;

/**
 * The settings in `env` (the process's environment by default); an empty value counts as unset.
 * @example siteSettings({ BASE_PATH: '/vienna/' }).BASE_PATH // '/vienna/'
 */
export function siteSettings(env: Record<string, string | undefined> = process.env): Settings {
  const given = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k] || undefined]));
  const result = schema.safeParse(given);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${String(i.path[0])}=${JSON.stringify(given[String(i.path[0])])} — ${i.message}`);
  throw new Error(`The build's settings have ${lines.length === 1 ? 'a bad value' : 'bad values'}:\n${lines.join('\n')}`);
}
