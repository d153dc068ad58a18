/** Content carries no <script>, event handler or javascript: link (escaped text, \<script>, is words and passes). */
import type { Problem } from '../problems.ts';
import { fileOf, type Rule } from './content.ts';

const CODE = /(?<!\\)<script\b|(?<!\\)<[a-z][^>]*\son[a-z]+\s*=|\]\(\s*javascript:|href\s*=\s*["']?\s*javascript:/i;

export const noRawCode: Rule = ({ byKey }) => {
  const problems: Problem[] = [];
  for (const e of byKey.values()) {
    const code = e.body === undefined ? null : CODE.exec(e.body);
    if (code)
      problems.push({
        file: fileOf(e),
        field: 'body',
        message: `raw code in content ("${code[0].slice(0, 30)}") — content may not carry <script>, event handlers or javascript: links; remove it`,
      });
  }
  return problems;
};
