/**
 * How search compares two spellings (src/lib/site/forgiving-search.ts); on its own, because every
 * page's search script uses it and the rest of the matching loads only when a search needs help.
 */

/** A text as compared: lower case, no diacritics or Arabic vowel marks, Arabic letter variants made one. */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '') // tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // alef with madda, hamza, wasla → alef
    .replace(/\u0649/g, '\u064a') // alef maksura → yeh
    .replace(/\u0629/g, '\u0647') // teh marbuta → heh
    .toLowerCase();

/** A text's words, folded (letters and digits; punctuation and spaces between). */
export const wordsOf = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
