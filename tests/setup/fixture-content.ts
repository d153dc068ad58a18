/**
 * The content check's fixture (tests/fixtures/content: a few entries frozen from the site's content,
 * so the lines and passage ids the tests name are their own) and how a test changes it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_CONTENT = 'tests/fixtures/content';
/** The fixture's source that most edits change. */
export const SOURCE = 'content/sources/tirana-regional-conference.md';

/** Change one file of a project copy at `root`; an edit that changes nothing is the test's mistake. */
export function change(root: string, file: string, from: string | RegExp, to: string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, after);
}
