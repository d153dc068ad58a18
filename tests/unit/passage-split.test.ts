import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { rehypePassages, satteriPassages, splitAfterPassages } from '../../src/lib/markdown/passage-marks.ts';
import { DuplicateAnchorError, passagesFromMarkdown } from '../../src/lib/content/passages.ts';

// Sätteri, as the content layer runs it on a source (less name links), and unified, as the MDX pipeline runs it.
const markdown = 'First passage, about cooperation.\n\n## A heading\n\nSecond passage, about investment.\n\n> A quotation\n> on two lines.\n\n- An item\n- Another item, in عربي only partly\n\nThird passage.\n';
const fileURL = new URL('file:///site/content/sources/x.md');
const satteri = await createSatteriMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false, hastPlugins: [satteriPassages] });
const unified = await createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false, rehypePlugins: [rehypePassages] });
const { code: html } = await satteri.render(markdown, { fileURL });
const ids = passagesFromMarkdown(markdown).map((p) => p.id);
const [first, , second] = ids;
const third = ids.at(-1)!;

describe('passage marks', () => {
  it('are the same from both pipelines, with the ids the Markdown gives', async () => {
    const { code: viaUnified } = await unified.render(markdown, { fileURL });
    expect(html.trim()).toBe(viaUnified.trim());
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual(ids);
    expect(html).toContain('aria-label="Link to this section"');
  });

  it('stop the build on a duplicate anchor, naming the file', async () => {
    const twice = 'Same words here.\n\nSame words here.\n';
    await expect(satteri.render(twice, { fileURL })).rejects.toThrow(DuplicateAnchorError);
    await expect(satteri.render(twice, { fileURL })).rejects.toThrow(/^\/site\/content\/sources\/x\.md: duplicate passage anchor/);
  });
});

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
