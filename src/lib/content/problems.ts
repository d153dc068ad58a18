/**
 * A content problem as the editor sees it — file, line, field, problem, fix — and the error
 * that stops a build with all of them. The one model of a problem: the graph, the content
 * check, the content loader and the Markdown plugins all report through it.
 */
import { escapeRegExp } from './mentions.ts';

export interface Problem {
  /** Project-relative path of the file. */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** For files that list entries (YAML): the entry's id, to find its line. */
  entry?: string;
  /** Field path, e.g. `sources[1]`; absent for problems of the file as a whole. */
  field?: string;
  /** What is wrong, with the fix after " — " where there is one. */
  message: string;
}

/**
 * One problem as one line.
 * @example formatProblem({ file: 'content/x.mdx', line: 3, field: 'date', message: '"2023-02-30" is not a real date — write it as YYYY-MM-DD' })
 * // 'content/x.mdx:3 — date — "2023-02-30" is not a real date — write it as YYYY-MM-DD'
 */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} — ${p.entry ? `entry "${p.entry}", ` : ''}${p.field ?? '(file)'} — ${p.message}`;
}

/** 1-based line of a field in a file's text: `field:` at the start of a line, after the entry's `id:` line if given. */
export function lineOf(text: string, field?: string, entry?: string): number | undefined {
  const lines = text.split('\n');
  let from = 0;
  if (entry) {
    const at = lines.findIndex((l) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${escapeRegExp(entry)}["']?\\s*$`).test(l));
    if (at >= 0) from = at;
  }
  if (!field) return entry ? from + 1 : undefined;
  const key = field.replace(/[[.].*$/, '');
  const at = lines.findIndex((l, i) => i >= from && new RegExp(`^\\s*-?\\s*${key}\\s*:`).test(l));
  return at >= 0 ? at + 1 : from + 1;
}

/** Zod issues as problems, each with its field path. */
export function schemaProblems(file: string, text: string, issues: { path: PropertyKey[]; message: string }[], entry?: string): Problem[] {
  return issues.map((i) => {
    const field = i.path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`)).join('') || undefined;
    const message = /received undefined$/.test(i.message) ? 'missing — this field is required; add it' : i.message;
    return { file, entry, field, message: message.includes(' — ') ? message : `${message} — see the schema in src/schemas/content.ts`, line: lineOf(text, field, entry) };
  });
}

/** Content that cannot be built: its message lists every problem, one line each. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.problems = problems;
    this.name = 'ContentError';
    // Shown to editors as is: the message is the whole story, a stack trace would bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
