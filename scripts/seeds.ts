// npm run seeds — regenerate source pages' bodies from content/raw/ (see src/lib/editorial/seeds.ts).
// With --check, write nothing and exit 1 if any page differs from what the pipeline makes.
import { writeFileSync } from 'node:fs';
import { regenerateSources } from '../src/lib/editorial/seeds.ts';

const check = process.argv.includes('--check');
const results = regenerateSources('content/sources', 'content/raw');
for (const r of results) {
  if (!r.changed) continue;
  if (check) console.error(`${r.file}: body differs from the cleaned seed ${r.seed} — run npm run seeds`);
  else {
    writeFileSync(r.file, r.text);
    console.log(`wrote ${r.file} (from ${r.seed})`);
  }
}
if (check && results.some((r) => r.changed)) process.exit(1);
