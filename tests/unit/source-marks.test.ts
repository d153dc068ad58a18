import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { satteriPassages } from '../../src/lib/markdown/passage-marks.ts';
import { mentionLinks } from '../../src/lib/markdown/mention-links.ts';
import { pathOf } from '../../src/lib/site/routes.ts';
import type { Term } from '../../src/lib/content/mentions.ts';
import { onePass } from '../../src/lib/markdown/one-pass.ts';

// The source texts' pipeline as astro.config.mjs sets it up: passage marks and name links in one walk.
const terms: Term[] = [
  { text: 'INTERPOL', target: { collection: 'organisations', id: 'interpol' }, caseless: false },
  { text: 'Vienna Declaration', target: { collection: 'sources', id: 'vienna-declaration' }, caseless: false },
  { text: 'Vienna', target: { collection: 'places', id: 'vienna' }, caseless: false },
];
const marks = onePass('source-marks', [satteriPassages, mentionLinks({ terms, hrefOf: pathOf, include: /\/content\/sources\// })]);
const processor = await createSatteriMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false, hastPlugins: [marks] });
const render = async (md: string, path = '/site/content/sources/x.md') => (await processor.render(md, { fileURL: new URL(`file://${path}`) })).code;
const links = (html: string) => [...html.matchAll(/<a href="([^"]+)" class="mention">([^<]+)<\/a>/g)].map((m) => `${m[2]} → ${m[1]}`);

describe('source texts: passage marks and name links in one walk', () => {
  it('links the first mention of each name per section, the longest name first, leaving the words as they are', async () => {
    const html = await render('INTERPOL adopted the Vienna Declaration in Vienna.\n\nINTERPOL again.\n\n## A new section\n\nINTERPOL once more.\n');
    expect(links(html)).toEqual([
      'INTERPOL → /organisations/interpol/',
      'Vienna Declaration → /sources/vienna-declaration/',
      'Vienna → /places/vienna/',
      'INTERPOL → /organisations/interpol/',
    ]);
    expect(html.replace(/<[^>]+>/g, '')).toContain('INTERPOL adopted the Vienna Declaration in Vienna. #');
    // Every passage still gets its anchor and self-link in the same walk.
    expect(html.match(/class="passage-link"/g)).toHaveLength(4);
    expect(html).toMatch(/<h2 id="a-new-section"[^>]*>A new section <a class="passage-link"/);
  });

  it('does not link a page to itself, nor anything outside the source texts', async () => {
    expect(links(await render('The Vienna Declaration, adopted in Vienna.\n', '/site/content/sources/vienna-declaration.md'))).toEqual([
      'Vienna → /places/vienna/',
    ]);
    const team = await render('INTERPOL in Vienna.\n', '/site/content/actions/x.md');
    expect(links(team)).toEqual([]);
    expect(team).toContain('class="passage-link"');
  });

  it('refuses two plugins that visit the same kind of node with one function', () => {
    const textVisitor = () => ({ name: 't', text() {} });
    const merged = onePass('both', [textVisitor, textVisitor]) as (ctx: unknown) => unknown;
    expect(() => merged({ fileURL: undefined })).toThrow(/two plugins have a "text" visitor/);
  });
});
