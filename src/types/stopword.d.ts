/** The `stopword` package's lists the site reads (it ships no types): one array of words per language, by ISO 639-3 code. */
declare module 'stopword' {
  export const eng: string[];
  export const fra: string[];
  export const spa: string[];
  export const ara: string[];
}
