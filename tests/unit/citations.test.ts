/**
 * Citations, compared with entries written by hand from the style guides (APA 7, Chicago 17
 * notes and bibliography, MLA 9) for the Declaration, one of its passages, and a release whose
 * date is known to the month only — in English, and in the page's other languages with their
 * official CSL locales (Debian's citation-style-language-locales).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectContent } from '../../src/lib/content/check.ts';
import { paragraphNumbers } from '../../src/lib/content/passages.ts';
import { Cite, plugins } from '@citation-js/core';
import { passageCitations, references } from '../../src/lib/site/citations.ts';
import { cslOf } from '../../src/lib/site/csl-json.ts';
import { absoluteUrl } from '../../src/lib/site/routes.ts';

const SITE = 'https://vienna-declaration.example.org';
const abs = (path: string) => absoluteUrl(SITE, '/', path);
const { graph } = await inspectContent();
if (!graph) throw new Error('the content has problems');
const declaration = cslOf(graph, graph.get({ collection: 'sources', id: 'vienna-declaration' }), abs);
const agreement = cslOf(graph, graph.get({ collection: 'sources', id: 'interpol-unodc-agreement' }), abs);
const URL = `${SITE}/sources/vienna-declaration/`;

describe('citations', () => {
  it('of the Declaration: its signatories as authors, the full date, this site’s page', () => {
    const r = references(declaration);
    // A report (bibliography.ts): the official APA style gives a report its year alone — as Zotero formats the item it saves from the page.
    expect(r.apa.text).toBe(
      `Al-Raisi, A. N., & Stock, J. (2023). The Vienna Declaration: Challenging the rise of transnational organized crime [Declaration]. INTERPOL. ${URL}`,
    );
    expect(r.chicago.text).toBe(
      `Al-Raisi, Ahmed Naser, and Jürgen Stock. “The Vienna Declaration: Challenging the Rise of Transnational Organized Crime.” Declaration. INTERPOL, November 27, 2023. ${URL}.`,
    );
    expect(r.mla.text).toBe(
      `Al-Raisi, Ahmed Naser, and Jürgen Stock. The Vienna Declaration: Challenging the Rise of Transnational Organized Crime. Declaration, INTERPOL, 27 Nov. 2023, ${URL}.`,
    );
    // The title of a stand-alone work in italics, in HTML.
    expect(r.apa.html).toContain('<i>The Vienna Declaration: Challenging the rise of transnational organized crime</i>');
  });

  it('of a passage: its paragraph number and its own address', () => {
    const source = graph.get({ collection: 'sources', id: 'vienna-declaration' });
    const passage = graph.passages(source).find((p) => p.text.startsWith('We are at a tipping point'))!;
    const para = paragraphNumbers(graph.passages(source)).get(passage.id)!;
    const c = passageCitations(declaration, [{ paragraph: para, url: `${URL}#${passage.id}` }])[0];
    expect(c.apa.inText).toBe(`(Al-Raisi & Stock, 2023, para. ${para})`);
    expect(c.chicago.inText).toBe(`Al-Raisi and Stock, “The Vienna Declaration: Challenging the Rise of Transnational Organized Crime,” para. ${para}.`);
    expect(c.apa.reference.text).toContain(`INTERPOL. ${URL}#${passage.id}`);
  });

  it('of every passage, formatted once per source, equal to formatting each passage on its own', () => {
    const source = graph.get({ collection: 'sources', id: 'vienna-declaration' });
    const numbers = paragraphNumbers(graph.passages(source));
    const passages = [...numbers].map(([id, paragraph]) => ({ paragraph, url: `${URL}#${id}` }));
    const together = passageCitations(declaration, passages);
    for (const [i, p] of passages.entries().filter(([i]) => i % 4 === 0)) {
      const alone = new Cite([{ ...declaration, URL: p.url }]);
      for (const template of ['apa', 'chicago', 'mla'] as const) {
        const entry = [{ id: declaration.id, locator: String(p.paragraph), label: 'paragraph' }];
        expect(together[i][template].inText).toBe(alone.format('citation', { template, format: 'text', lang: 'en-US', entry }).trim());
        expect(together[i][template].reference.text).toBe(alone.format('bibliography', { template, format: 'text', lang: 'en-US' }).trim());
      }
    }
  });

  it('of a release dated to the month: the month, never an invented day; its publisher as author', () => {
    const r = references(agreement);
    const url = `${SITE}/sources/interpol-unodc-agreement/`;
    expect(r.apa.text).toBe(
      `INTERPOL. (2016). INTERPOL and UNODC agreement to enhance cooperation against transnational crime [Press release]. INTERPOL. ${url}`,
    );
    expect(r.chicago.text).toBe(
      `INTERPOL. “INTERPOL and UNODC Agreement to Enhance Cooperation against Transnational Crime.” Press release. INTERPOL, May 2016. ${url}.`,
    );
    expect(r.mla.text).toBe(
      `INTERPOL. INTERPOL and UNODC Agreement to Enhance Cooperation against Transnational Crime. Press release, INTERPOL, May 2016, ${url}.`,
    );
    for (const f of Object.values(r)) expect(f.text).not.toMatch(/undefined|NaN|\b23\b/);
  });

  it('of a release with no publisher and no known date: "n.d." where the style says so, the title first, nothing invented', () => {
    const source = graph.get({ collection: 'sources', id: 'interpol-unodc-agreement' });
    const bare = { ...source, data: { ...source.data, publisher: undefined, date: undefined, datePrecision: 'unknown' as const } };
    const item = cslOf(graph, bare, abs);
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('author');
    const r = references(item);
    const url = `${SITE}/sources/interpol-unodc-agreement/`;
    // APA 7 §9.8 and §9.17: no author — the title moves to the author's place; no date — "(n.d.)". The official APA
    // CSL style puts the bracketed description after the date, and (APA §9.16: undated web pages carry a retrieval
    // date) writes "Retrieved" before the URL, expecting an access date the site does not know and will not invent.
    expect(r.apa.text).toBe(`INTERPOL and UNODC agreement to enhance cooperation against transnational crime. (n.d.). [Press release]. Retrieved ${url}`);
    // Chicago 17 §14.75 and §14.145: no author — begin with the title; no date — "n.d.".
    expect(r.chicago.text).toBe(`“INTERPOL and UNODC Agreement to Enhance Cooperation against Transnational Crime.” Press release, n.d. ${url}.`);
    // MLA 9 (5.17–5.18, 5.89): no author — begin with the title; no date — leave the date out; the type of work as an optional element.
    expect(r.mla.text).toBe(`INTERPOL and UNODC Agreement to Enhance Cooperation against Transnational Crime. Press release, ${url}.`);
    for (const f of Object.values(r)) expect(f.text).not.toMatch(/undefined|NaN/);
    expect(passageCitations(item, [{ paragraph: 2, url: `${url}#x` }])[0].apa.inText).toBe(
      '(INTERPOL and UNODC Agreement to Enhance Cooperation against Transnational Crime, n.d., para. 2)',
    );
  });
});

describe('citations in the page’s language, with its official CSL locale', () => {
  const source = graph.get({ collection: 'sources', id: 'interpol-unodc-agreement' });
  const url = `${SITE}/sources/interpol-unodc-agreement/`;
  // Undated and without a publisher: the styles then write the locale's "n.d." and (APA) "Retrieved".
  const bare = cslOf(graph, { ...source, data: { ...source.data, publisher: undefined, date: undefined, datePrecision: 'unknown' as const } }, abs);
  const NBSP = '\u00a0';

  it('English: the default, unchanged', () => {
    for (const item of [declaration, agreement, bare]) {
      expect(references(item, 'en')).toEqual(references(item));
      const p = [{ paragraph: 3, url: `${URL}#p` }];
      expect(passageCitations(item, p, 'en')).toEqual(passageCitations(item, p));
    }
    expect(references(bare, 'en').apa.text).toContain(`(n.d.). [Press release]. Retrieved ${url}`);
  });

  it('French (fr-FR): the months, "s. d.", "consulté", "et", « » and "paragr."', () => {
    const r = references(declaration, 'fr');
    expect(r.chicago.text).toBe(
      `Al-Raisi, Ahmed Naser, et Jürgen Stock. «${NBSP}The Vienna Declaration: Challenging the Rise of Transnational Organized Crime${NBSP}». Declaration. INTERPOL, 27 novembre 2023. ${URL}.`,
    );
    expect(r.mla.text).toBe(
      `Al-Raisi, Ahmed Naser, et Jürgen Stock. The Vienna Declaration: Challenging the Rise of Transnational Organized Crime. Declaration, INTERPOL, 27 novembre 2023, ${URL}.`,
    );
    expect(references(agreement, 'fr').chicago.text).toContain('INTERPOL, mai 2016.');
    const b = references(bare, 'fr');
    expect(b.apa.text).toBe(`INTERPOL and UNODC agreement to enhance cooperation against transnational crime. (s.${NBSP}d.). [Press release]. Consulté ${url}`);
    expect(b.chicago.text).toContain(`Press release, s.${NBSP}d. ${url}.`);
    const c = passageCitations(declaration, [{ paragraph: 5, url: `${URL}#p` }], 'fr')[0];
    expect(c.apa.inText).toBe('(Al-Raisi & Stock, 2023, paragr. 5)');
    expect(c.apa.reference.text).toContain(`INTERPOL. ${URL}#p`);
  });

  it('Spanish (es-ES): "de" in dates, the months, "s. f.", "Recuperado", "y", « » and "párr."', () => {
    expect(references(declaration, 'es').chicago.text).toBe(
      `Al-Raisi, Ahmed Naser, y Jürgen Stock. «The Vienna Declaration: Challenging the Rise of Transnational Organized Crime». Declaration. INTERPOL, 27 de noviembre de 2023. ${URL}.`,
    );
    expect(references(agreement, 'es').mla.text).toContain('INTERPOL, mayo de 2016,');
    expect(references(bare, 'es').apa.text).toBe(
      `INTERPOL and UNODC agreement to enhance cooperation against transnational crime. (s.${NBSP}f.). [Press release]. Recuperado ${url}`,
    );
    expect(passageCitations(declaration, [{ paragraph: 5, url: `${URL}#p` }], 'es')[0].apa.inText).toBe('(Al-Raisi & Stock, 2023, párr. 5)');
  });

  it('Arabic (ar): the months, "د.ت" (n.d.), "استرجع في" (retrieved), "و" (and), "فقرة" (paragraph)', () => {
    // The locale's own date form (day, month and "،") and its quotation marks; the digits stay 0–9, as citeproc writes them.
    expect(references(declaration, 'ar').chicago.text).toBe(
      `Al-Raisi, Ahmed Naser, و Jürgen Stock. "The Vienna Declaration: Challenging the Rise of Transnational Organized Crime". Declaration. INTERPOL, 27 نوفمبر، 2023. ${URL}.`,
    );
    expect(references(agreement, 'ar').mla.text).toContain('INTERPOL, مايو، 2016,');
    const b = references(bare, 'ar');
    expect(b.apa.text).toBe(`INTERPOL and UNODC agreement to enhance cooperation against transnational crime. (د.ت). [Press release]. استرجع في ${url}`);
    expect(b.chicago.text).toContain(`Press release, د.ت. ${url}.`);
    expect(passageCitations(declaration, [{ paragraph: 5, url: `${URL}#p` }], 'ar')[0].apa.inText).toBe('(Al-Raisi & Stock, 2023, فقرة 5)');
  });

  it('each language formatted on its own: none takes another’s words from the cache', () => {
    const fr = references(bare, 'fr').apa.text;
    expect(references(bare, 'en').apa.text).toContain('(n.d.)');
    expect(references(bare, 'es').apa.text).toContain(`(s.${NBSP}f.)`);
    expect(references(bare, 'fr').apa.text).toBe(fr);
    for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
      for (const f of Object.values(references(agreement, lang))) expect(f.text).not.toMatch(/undefined|NaN|\b23\b/);
    }
  });
});

describe('the vendored CSL styles', () => {
  const DEBIAN = '/usr/share/citation-style-language/styles';
  // .ci/run installs Debian's citation-style-language-styles, so CI always compares.
  it.runIf(existsSync(DEBIAN))('are Debian’s citation-style-language-styles files, unchanged', () => {
    for (const file of ['chicago-note-bibliography.csl', 'modern-language-association.csl']) {
      expect(readFileSync(`src/lib/site/citation-styles/${file}`, 'utf8'), file).toBe(readFileSync(`${DEBIAN}/${file}`, 'utf8'));
    }
  });
});

describe('the vendored CSL locales', () => {
  const FILES = ['locales-fr-FR.xml', 'locales-es-ES.xml', 'locales-ar.xml'];
  const DEBIAN = '/usr/share/citation-style-language/locales';
  // .ci/run installs Debian's citation-style-language-locales, so CI always compares.
  it.runIf(existsSync(DEBIAN))('are Debian’s citation-style-language-locales files, unchanged', () => {
    for (const file of FILES) {
      expect(readFileSync(`src/lib/site/citation-styles/locales/${file}`, 'utf8'), file).toBe(readFileSync(`${DEBIAN}/${file}`, 'utf8'));
    }
  });

  it('are the ones citeproc formats with, in place of the copies citation-js bundles', () => {
    const locales = (plugins.config.get('@csl') as unknown as { locales: { get(code: string): string } }).locales;
    for (const [code, file] of [
      ['fr-FR', FILES[0]],
      ['es-ES', FILES[1]],
      ['ar', FILES[2]],
    ]) {
      expect(locales.get(code), code).toBe(readFileSync(`src/lib/site/citation-styles/locales/${file}`, 'utf8'));
    }
  });
});
