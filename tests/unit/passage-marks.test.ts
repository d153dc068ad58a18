import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { rehypePassages, satteriPassages, splitAfterPassages } from '../../src/lib/markdown/passage-marks.ts';
import { MDX_REMARK_PLUGINS, passagesOfBody, renderedPassages, SOURCE_FEATURES } from '../../src/lib/content/passages.ts';
import { ContentError } from '../../src/lib/content/problems.ts';

// The two pipelines as astro.config.mjs sets them up: Sätteri for a source (less name links), and
// unified with remark-gfm, as the MDX pipeline runs the team's pages.
const markdown =
  'First passage, about cooperation.\n\n## A heading\n\nSecond passage, about investment.\n\n> A quotation\n> on two lines.\n\n- An item\n- Another item, in عربي only partly\n\nThird passage.\n';
const fileURL = new URL('file:///site/content/sources/x.md');
const satteri = await createSatteriMarkdownProcessor({
  gfm: false,
  smartypants: false,
  syntaxHighlight: false,
  features: SOURCE_FEATURES,
  hastPlugins: [satteriPassages],
});
const unified = await createMarkdownProcessor({
  gfm: false,
  smartypants: false,
  syntaxHighlight: false,
  remarkPlugins: MDX_REMARK_PLUGINS,
  rehypePlugins: [rehypePassages],
});
const { code: html } = await satteri.render(markdown, { fileURL });
const ids = (await passagesOfBody(markdown, 'md')).map((p) => p.id);
const [first, , second] = ids;
const third = ids.at(-1)!;
/** The ids of the elements marked as passages, in page order. */
const idsIn = (page: string) => [...page.matchAll(/<[a-z\d]+ id="([^"]+)"[^>]* class="(?:[^"]* )?passage"/g)].map((m) => m[1]);

describe('passage marks', () => {
  it('leave the passages they marked in the render, for the graph to read instead of parsing the body again', async () => {
    const rendered = await satteri.render(markdown, { fileURL, frontmatter: { title: 'x' } });
    expect(renderedPassages(rendered)).toEqual(await passagesOfBody(markdown, 'md'));
    expect(rendered.metadata.frontmatter.title).toBe('x');
    // What a render without the marks (or with something else under the key) left is not taken for passages.
    expect(renderedPassages({ metadata: { frontmatter: {} } })).toBeUndefined();
    expect(renderedPassages({ metadata: { frontmatter: { '@passages': [{ id: 'a', kind: 'paragraph' }] } } })).toBeUndefined();
  });

  it('carry the ids the content graph knows, from both pipelines', async () => {
    const { code: viaUnified } = await unified.render(markdown, { fileURL });
    expect(html.trim()).toBe(viaUnified.trim());
    expect(idsIn(html)).toEqual(ids);
    expect(html).toContain('aria-label="Link to this section"');
  });

  it('mark tables and footnotes in MDX pages, and footnote references follow their note', async () => {
    const mdx = '| Action | Source |\n| --- | --- |\n| Sharing | Vienna |\n\nA claim.[^1]\n\n[^1]: The basis of the claim.\n';
    const { code } = await unified.render(mdx, { fileURL: new URL('file:///site/content/actions/x.mdx') });
    const known = (await passagesOfBody(mdx, 'mdx')).map((p) => p.id);
    expect(idsIn(code)).toEqual(known);
    const note = known.at(-1)!;
    expect(code).toContain(`href="#${note}"`);
    expect(code).not.toContain('href="#user-content-fn-1"');
    // The row's link sits in its last cell.
    expect(code).toMatch(/<td>Vienna <a class="passage-link" href="#sharing-vienna-[0-9a-f]{4}"/);
  });

  it('stop the build on a duplicate anchor, naming the file', async () => {
    const twice = 'Same words here.\n\nSame words here.\n';
    await expect(satteri.render(twice, { fileURL })).rejects.toThrow(ContentError);
    await expect(satteri.render(twice, { fileURL })).rejects.toThrow(/\/site\/content\/sources\/x\.md — body — duplicate passage anchor/);
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
    expect(() => splitAfterPassages(html, ['gone-0000'], 'content/sources/x.md')).toThrow(
      /^content\/sources\/x\.md: passage "#gone-0000" is not in the rendered page/,
    );
  });
});
