// The part of citation-js this site uses (the packages ship no types of their own).
declare module '@citation-js/core' {
  export class Cite {
    /** CSL-JSON items, or a file's text in a format a plugin reads (the tests read RIS back). */
    constructor(data: object[] | string);
    format(format: 'bibliography' | 'citation', options: { template: string; format: 'text' | 'html'; lang?: string; entry?: object[] }): string;
    format(format: 'data', options: { format: 'object' }): object[];
  }
  export const plugins: {
    config: { get(plugin: '@csl'): { styles: { add(id: string, xml: string): void } } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/name' {
  /** A personal name split as CSL wants it. */
  export function parse(name: string): { given?: string; family?: string };
}
