/**
 * A content problem as the editor sees it — file, line, field, problem, fix — and the error
 * that stops a build with all of them. Kept apart from check.ts so the build's config can
 * load it without the checker's heavy imports (the MDX compiler, YAML, schemas).
 */
import type { ContentProblem } from './graph.ts';

export interface Problem extends ContentProblem {
  line?: number;
}

/**
 * One problem as one line.
 * @example formatProblem({ file: 'content/x.mdx', line: 3, field: 'date', message: '"2023-02-30" is not a real date — write it as YYYY-MM-DD' })
 * // 'content/x.mdx:3 — date — "2023-02-30" is not a real date — write it as YYYY-MM-DD'
 */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} — ${p.entry ? `entry "${p.entry}", ` : ''}${p.field ?? '(file)'} — ${p.message}`;
}

/** Thrown by the build when the content has problems; its message lists them all. */
export class ContentCheckError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.problems = problems;
    this.name = 'ContentCheckError';
    this.stack = `${this.name}: ${this.message}`;
  }
}
