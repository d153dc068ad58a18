/**
 * The Nu Html Checker (vnu, the W3C's validator: npm vnu-jar on Debian's Java) on every built page
 * of the site and of the four-language build: no error, and no warning but the ones a file check
 * cannot avoid. A second opinion beside html-validate (html-validate.test.ts), which let a
 * <script> after </html> and a misplaced ARIA role through.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import VNU from 'vnu-jar';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/built-site.ts';
import { LANGUAGES_OUT } from '../setup/languages.ts';

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal' | 'io';
  url: string;
  message: string;
  extract?: string;
}

/**
 * Messages where the checker contradicts the current specifications or cannot know the answer,
 * each matched exactly, with the reason.
 */
const KNOWN: { message: RegExp; extract?: RegExp; why: string }[] = [
  {
    // ARIA in HTML (W3C Recommendation), "input type=search with no list attribute": allowed role
    // combobox. The search box is one (its suggestions are a listbox it controls); vnu's table predates that row.
    message: /^Bad value “combobox” for attribute “role” on element “input”\.$/,
    extract: /type="search"/,
    why: 'ARIA in HTML allows role=combobox on input type=search without list',
  },
  {
    // aria-expanded is the combobox role's required state (WAI-ARIA 1.2); vnu rejects it only because it rejects the role.
    message: /^Attribute “aria-expanded” not allowed on element “input” at this point\.$/,
    extract: /type="search"/,
    why: 'aria-expanded is required on a combobox',
  },
  {
    // A file has no origin: vnu cannot match 'self' nor see that the inline script's hash is allowed; served, Chromium runs both (tests/browser/gates.test.ts).
    message: /^(Inline script|Resource) violates Content Security Policy \(meta tag\)/,
    why: 'CSP is judged against an origin, which a file check does not have',
  },
];

/** Every message vnu gives on the pages of these folders, in one run of the checker (one Java start). */
function check(dirs: string[]): Message[] {
  const run = spawnSync('java', ['-jar', VNU, '--format', 'json', '--skip-non-html', ...dirs], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw new Error(`vnu did not run (is Java installed? apt-get install -y default-jre-headless): ${run.error.message}`);
  return (JSON.parse(run.stderr) as { messages: Message[] }).messages;
}

const unexplained = (messages: Message[]) =>
  messages
    .filter((m) => !KNOWN.some((k) => k.message.test(m.message) && (!k.extract || k.extract.test(m.extract ?? ''))))
    .map((m) => `${m.url.replace(/^file:.*?\/(dist[^/]*)\//, '$1/')} — ${m.type}${m.subType ? `/${m.subType}` : ''}: ${m.message}`);

// Pages made to break the rules vnu is here to catch, checked with the site's.
const PROBE = join('test-results', 'nu-checker-probe');
const withLanguages = existsSync(join(LANGUAGES_OUT, 'index.html'));
let messages: Message[] = [];
beforeAll(() => {
  mkdirSync(PROBE, { recursive: true });
  const page = (body: string, after = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>${after}`;
  writeFileSync(join(PROBE, 'after-html.html'), page('<p>x</p>', '<script type="module" src="/a.js"></script>'));
  writeFileSync(join(PROBE, 'bad-role.html'), page('<label>Name <input type="checkbox" role="combobox" aria-expanded="false"></label>'));
  messages = check(['dist', ...(withLanguages ? [LANGUAGES_OUT] : []), PROBE]);
}, 180_000);
/** The messages on the pages of one folder. */
const from = (dir: string) => messages.filter((m) => m.url.includes(`/${dir}/`));

describe('the Nu Html Checker', () => {
  it('finds no error on any page of the site', () => {
    // The checker read the pages: each page's CSP warning is there to be explained away.
    const read = new Set(from('dist').map((m) => m.url)).size;
    expect(read).toBeGreaterThan(htmlPages().length / 2);
    expect(unexplained(from('dist'))).toEqual([]);
  });

  it.runIf(withLanguages)('finds no error on the four-language build (French, Spanish and Arabic pages)', () => {
    expect(new Set(from(LANGUAGES_OUT).map((m) => m.url)).size).toBeGreaterThan(htmlPages().length / 2);
    expect(unexplained(from(LANGUAGES_OUT))).toEqual([]);
  });

  it('still reports what it is there to catch: a script after </html>, an ARIA role the element may not take', () => {
    const found = unexplained(from('nu-checker-probe'))
      .join('\n')
      .replace(/file:\S*\//g, '');
    expect(found).toMatch(/after-html\.html — error: Stray start tag “script”/);
    // (vnu words it as the type the role does not fit.)
    expect(found).toMatch(/bad-role\.html — error: Bad value “checkbox” for attribute “type”/);
  });
});
