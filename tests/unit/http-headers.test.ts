import { describe, expect, it } from 'vitest';
import { headerRules, headersFile, nginxServer } from '../../src/lib/site/http-headers.ts';

const rules = headerRules(["'sha256-abc='"], { style: 'main{}', script: 'x()' });

describe('header rules for hosts', () => {
  it('forbids framing everywhere but under /embed/, which allows its own stylesheet and script', () => {
    expect(rules.all['Content-Security-Policy']).toMatch(/style-src 'self' 'sha256-abc='; .*frame-ancestors 'none'$/);
    const embed = rules.under['/embed/']['Content-Security-Policy'];
    expect(embed).toMatch(/frame-ancestors \*$/);
    expect(embed).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; style-src 'self' 'sha256-[^']+';/);
    expect(embed).not.toContain('sha256-abc=');
  });

  it('writes _headers with the site policy detached, not doubled, under /embed/ (and the base path in front)', () => {
    const file = headersFile('/vienna/', rules);
    expect(file).toContain(`/vienna/*\n  Content-Security-Policy: ${rules.all['Content-Security-Policy']}\n`);
    expect(file).toContain('/vienna/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ');
    expect(file).toContain('/vienna/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  });

  it('repeats every header in each nginx location (nginx drops inherited add_header lines where a location has its own)', () => {
    const conf = nginxServer({ root: '/srv/dist', listen: '127.0.0.1:8080', rules });
    const blocks = conf.split(/\n {2}location /).slice(1);
    expect(blocks.map((b) => b.split(' ')[0])).toEqual(['/', '/embed/', '/_astro/', '/pagefind/']);
    for (const b of blocks) {
      for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'])
        expect(b, name).toContain(`add_header ${name} "`);
    }
    expect(blocks[1]).toContain('frame-ancestors *" always;');
    expect(blocks[2]).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });
});
