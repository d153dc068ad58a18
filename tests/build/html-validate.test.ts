import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from '../../scripts/lib/built-site.ts';

describe('HTML validity', () => {
  it('every built page passes html-validate (recommended rules; see .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
    const problems: string[] = [];
    for (const path of htmlPages()) {
      const file = join(DIST, path.endsWith('/') ? `${path}index.html` : path);
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const r of report.results)
        for (const m of r.messages) if (m.severity === 2) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} — ${m.message}`);
    }
    expect(htmlPages().length).toBeGreaterThan(60);
    expect(problems).toEqual([]);
  });
});
