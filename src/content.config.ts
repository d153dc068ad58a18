/**
 * The content collections, made from the content model's one list of them
 * (src/schemas/content.ts: where each kind of entry lives, and its schema, shared with
 * `npm run check`). References are typed with Astro's `reference()`; that they point at real
 * entries is checked by the content graph (src/lib/content/graph.ts), which names the file and
 * field of a bad one.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTION_FILES, contentSchemas, type RefFn } from './schemas/content.ts';

const schemas = contentSchemas(reference as RefFn);

/** A page's id is its file name: sources may sit in folders of content/sources/ (the check refuses two of one name). */
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

type Name = keyof typeof COLLECTION_FILES;

function collection<C extends Name>(name: C) {
  const where: { file: string } | { dir: string; pattern: string } = COLLECTION_FILES[name];
  const loader = 'file' in where ? file(`./${where.file}`) : glob({ pattern: where.pattern, base: `./${where.dir}`, generateId: fileName });
  return defineCollection({ loader, schema: schemas[name] });
}

export const collections = Object.fromEntries((Object.keys(COLLECTION_FILES) as Name[]).map((name) => [name, collection(name)])) as {
  [C in Name]: ReturnType<typeof collection<C>>;
};
