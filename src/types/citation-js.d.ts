// The part of citation-js this site uses (the packages ship no types of their own).
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object[]);
    format(format: 'bibliography' | 'citation', options: { template: string; format: 'text' | 'html'; lang?: string; entry?: object[] }): string;
    format(format: 'bibtex' | 'ris' | 'data', options?: { format: 'text' }): string;
  }
  export const plugins: {
    config: { get(plugin: '@csl'): { styles: { add(id: string, xml: string): void } } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  /** A personal name split as CSL wants it. */
  export function parse(name: string): { given?: string; family?: string };
}
