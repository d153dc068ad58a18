/**
 * A content problem as the editor sees it — file, line, field, problem, fix — and the error
 * that stops a build with all of them. The one model of a problem: the graph, the content
 * check and the Markdown plugins all report through it.
 */

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
