/**
 * Where each language's search index lives. Pagefind stems words by the index's language, and a
 * page loads one language's engine (its WebAssembly) per copy of pagefind.js — so each language
 * gets a bundle of its own, searched side by side (src/scripts/search.ts). The site's language
 * keeps /pagefind/, the address a site with one language has always had.
 */
import { SITE_LANGUAGE } from '../content/language.ts';

/** The bundle folder of a language's index, under the site's base. */
export const bundlePath = (lang: string) => (lang === SITE_LANGUAGE ? 'pagefind/' : `pagefind/${lang}/`);
