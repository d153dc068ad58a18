/**
 * Writing a cleaned press text as a page body: blocks (src/lib/editorial/cleanup.ts) as Markdown
 * that renders them word for word — the seed pipeline and the importer write source pages with it.
 */
import type { Block } from './cleanup.ts';

/**
 * Escape text so Markdown (and MDX) renders it literally: no emphasis, JSX, expressions or lists.
 * @example escapeMarkdown('1. {x} <b>') // '1\\. \\{x\\} \\<b\\>'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Serialise blocks to an MDX body (headings as `##`, signature lines with hard breaks). */
export function toMarkdown(blocks: Block[]): string {
  return (
    blocks
      .map((b) => {
        if (b.kind === 'heading') return `## ${escapeMarkdown(b.text).replace(/^(\d+)\\\./, '$1.')}`;
        if (b.kind === 'lines') return b.lines.map(escapeMarkdown).join('\\\n');
        return escapeMarkdown(b.text);
      })
      .join('\n\n') + '\n'
  );
}
