/** What a page's render carries for its components: the words of the page's language (src/lib/site/words.ts). */
declare namespace App {
  interface Locals {
    words?: import('./lib/site/words.ts').Words;
  }
}
