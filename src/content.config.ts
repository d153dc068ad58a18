/**
 * The content collections: where each kind of entry lives and its schema (one definition in
 * src/schemas/content.ts, shared with `npm run check`). References are typed with Astro's
 * `reference()`; that they point at real entries is checked by the content graph
 * (src/lib/graph.ts), which names the file and field of a bad one.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentSchemas, type RefFn } from './schemas/content.ts';

const schemas = contentSchemas(reference as unknown as RefFn);
const yamlDir = (dir: string) => glob({ pattern: '*.yaml', base: `./content/${dir}` });

export const collections = {
  sources: defineCollection({
    // content/synthetic/ holds generated pages for benchmarks (npm run bench:corpus; git-ignored).
    loader: glob({ pattern: ['sources/*.md', 'synthetic/*.md'], base: './content', generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.md$/, '') }),
    schema: schemas.sources,
  }),
  actions: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/actions' }), schema: schemas.actions }),
  events: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/events' }), schema: schemas.events }),
  people: defineCollection({ loader: yamlDir('people'), schema: schemas.people }),
  organisations: defineCollection({ loader: yamlDir('organisations'), schema: schemas.organisations }),
  places: defineCollection({ loader: yamlDir('places'), schema: schemas.places }),
  topics: defineCollection({ loader: yamlDir('topics'), schema: schemas.topics }),
  evidence: defineCollection({ loader: file('./content/evidence.yaml'), schema: schemas.evidence }),
  quotes: defineCollection({ loader: file('./content/quotes.yaml'), schema: schemas.quotes }),
  timeline: defineCollection({ loader: file('./content/timeline.yaml'), schema: schemas.timeline }),
  figures: defineCollection({ loader: file('./content/figures.yaml'), schema: schemas.figures }),
};
