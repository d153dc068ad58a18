import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypePassages, splitAfterPassages } from '../../src/lib/rehype-passages.ts';
import { passagesFromMarkdown } from '../../src/lib/anchors.ts';

// Astro's Markdown processor, as the content layer runs it on a source (less name links).
const markdown = 'First passage, about cooperation.\n\n## A heading\n\nSecond passage, about investment.\n\nThird passage.\n';
const processor = await createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false, rehypePlugins: [rehypePassages] });
const { code: html } = await processor.render(markdown, { fileURL: new URL('file:///site/content/sources/x.md') });
const [first, , second, third] = passagesFromMarkdown(markdown).map((p) => p.id);

describe('splitting a rendered source after its passages', () => {
  it('cuts inside each named passage, just after its self-link, and loses nothing', () => {
    const parts = splitAfterPassages(html, [third, first], 'content/sources/x.md');
    expect(parts.map((p) => p.after)).toEqual([first, third, undefined]);
    expect(parts.map((p) => p.html).join('')).toBe(html);
    expect(parts[0].html).toMatch(new RegExp(`<p id="${first}"[^>]*>First passage, about cooperation\\. <a class="passage-link" href="#${first}"[^>]*>#</a>$`));
    // What is inserted at a cut lands inside the passage, before its </p>.
    expect(parts[1].html.startsWith('</p>')).toBe(true);
  });

  it('returns the page whole when no passage is named', () => {
    expect(splitAfterPassages(html, [], 'x.md')).toEqual([{ html }]);
    expect(second).toBeTruthy();
  });

  it('stops the build naming the file when a passage is not on the page', () => {
    expect(() => splitAfterPassages(html, ['gone-0000'], 'content/sources/x.md')).toThrow(/^content\/sources\/x\.md: passage "#gone-0000" is not in the rendered page/);
  });
});
