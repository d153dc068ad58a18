/**
 * How a dictionary word becomes text (src/lib/site/words.ts for pages, src/scripts/words.ts in the
 * browser): its `{placeholders}` filled, a count's plural form chosen by the language's CLDR rules.
 * No imports: both sides share it.
 */

/** A word, or a count's forms by CLDR plural category ("one", "other"; Arabic has six). */
export type Value = string | Partial<Record<Intl.LDMLPluralRule, string>>;
type Vars = Record<string, string | number>;

/** `text` with its `{name}` placeholders filled from `vars` (one pass: filled values are not read again). */
export const fill = (text: string, vars: Vars = {}) => text.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));

/** A text's first letter in upper case, as `lang` writes it (scripts without case are left as they are). */
export const capitalised = (text: string, lang?: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** The form of `value` for `count` in `lang`. */
export const pluralOf = (value: Value, lang: string, count: number): string =>
  typeof value === 'string' ? value : (value[new Intl.PluralRules(lang).select(count)] ?? value.other ?? '');
