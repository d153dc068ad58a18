/**
 * The multilingual site the language tests look at, made the way an editor would make it: in a
 * copy of the project, the three fixtures (tests/fixtures/languages: French, Spanish, Arabic) go
 * through `npm run import`, the import's questions are answered, each is marked as a translation
 * of the English closing release, a French passage becomes evidence for an action and a Spanish
 * one a quote — then the copy is built and its dist/ kept as dist-languages/.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCopyAside, copyProject } from './project-copy.ts';
import { serverConfigDir } from '../../src/lib/site/server-configs.ts';
import { passagesOfBody } from '../../src/lib/content/passages.ts';

export const LANGUAGES_OUT = 'dist-languages';
export const FIXTURE_LANGUAGES = ['fr', 'es', 'ar'] as const;
/** The English release the fixtures translate. */
export const ORIGINAL = 'general-assembly-closes-vienna-declaration';

/** What an editor answers to the import's questions ("?? …"), field by field. */
const ANSWERS: Record<string, string> = {
  description: 'A translation of INTERPOL’s release on the close of its 2023 General Assembly in Vienna, written for the tests.',
  publisher: 'interpol',
  kind: 'news release',
};

/** Answer every question the import left in a page, and say what it translates; fail on a question with no answer. */
function answer(page: string): string {
  const answered = page.replace(/^(\w+): "?\?\?.*$/gm, (line, field: string) => {
    if (!(field in ANSWERS)) throw new Error(`the import asked about ${field}, which the test has no answer for: ${line}`);
    return `${field}: ${ANSWERS[field]}`;
  });
  return answered.replace(/^language: (\w+)$/m, `language: $1\ntranslationOf: ${ORIGINAL}`).replace(/^events: \[\]$/m, 'events: [vienna-2023]');
}

/** The anchor id of the first passage of a page's body that contains `words`. */
async function passageWith(page: string, words: string): Promise<string> {
  const body = page.replace(/^---\n[\s\S]*?\n---\n/, '');
  const passage = (await passagesOfBody(body, 'md')).find((p) => p.text.includes(words));
  if (!passage) throw new Error(`no passage contains "${words}"`);
  return passage.id;
}

/** Import, answer, build; the imported file names by language. */
export async function buildLanguages(): Promise<Record<(typeof FIXTURE_LANGUAGES)[number], string>> {
  const dir = copyProject();
  try {
    const ids = {} as Record<(typeof FIXTURE_LANGUAGES)[number], string>;
    for (const lang of FIXTURE_LANGUAGES) {
      const run = spawnSync(resolve('node_modules/.bin/node'), ['scripts/import.ts', resolve(`tests/fixtures/languages/${lang}.txt`)], {
        cwd: dir,
        encoding: 'utf8',
      });
      const wrote = /^wrote (content\/sources\/([\w-]+)\.md)/m.exec(run.stdout);
      if (run.status !== 0 || !wrote) throw new Error(`npm run import (${lang}) failed:\n${run.stdout}${run.stderr}`);
      ids[lang] = wrote[2];
      writeFileSync(join(dir, wrote[1]), answer(readFileSync(join(dir, wrote[1]), 'utf8')));
    }
    const page = (lang: (typeof FIXTURE_LANGUAGES)[number]) => readFileSync(join(dir, `content/sources/${ids[lang]}.md`), 'utf8');
    appendFileSync(
      join(dir, 'content/evidence.yaml'),
      `- id: fr-information-sharing\n  source: ${ids.fr}\n  passage: ${await passageWith(page('fr'), "partage d'informations")}\n  actions: [information-sharing]\n`,
    );
    appendFileSync(
      join(dir, 'content/quotes.yaml'),
      `- id: stock-epidemia\n  person: jurgen-stock\n  source: ${ids.es}\n  event: vienna-2023\n  passages: [${await passageWith(page('es'), 'Jürgen Stock')}]\n`,
    );
    const build = await buildCopyAside(dir);
    if (build.status !== 0) throw new Error(`the multilingual build failed:\n${build.output}`);
    rmSync(LANGUAGES_OUT, { recursive: true, force: true });
    cpSync(join(dir, 'dist'), LANGUAGES_OUT, { recursive: true });
    // With the server configurations the build wrote beside it, which the tests' nginx serves it with.
    cpSync(serverConfigDir(join(dir, 'dist')), serverConfigDir(LANGUAGES_OUT), { recursive: true });
    writeFileSync(join(LANGUAGES_OUT, 'imported.json'), JSON.stringify(ids));
    return ids;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
