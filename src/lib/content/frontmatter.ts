/**
 * Reading and writing MDX files as frontmatter + body, for the editor scripts (the site
 * itself reads content through Astro's collections). Keeps key order and comments.
 */
import { parseDocument, type Document } from 'yaml';

export interface PageFile {
  data: Document;
  body: string;
}

/** The --- fenced YAML block at the top of an MDX file. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Split an MDX file into its YAML frontmatter document and body; throws naming the file. */
export function readPage(file: string, text: string): PageFile {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter — the file must start with a --- fenced YAML block`);
  const data = parseDocument(m[1]);
  if (data.errors.length) throw new Error(`${file}: frontmatter is not valid YAML — ${data.errors[0].message}`);
  return { data, body: text.slice(m[0].length) };
}

/** Join frontmatter and body back into MDX text. */
export function writePage({ data, body }: PageFile): string {
  return `---\n${data.toString({ lineWidth: 0 }).trimEnd()}\n---\n\n${body.replace(/^\n+/, '')}`;
}
