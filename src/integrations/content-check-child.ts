/**
 * The content check (src/lib/check.ts) as its own process, so it runs beside Astro's content
 * sync instead of after it (see content-check.ts). Prints the problems as JSON.
 */
import { checkContent } from '../lib/check.ts';

process.stdout.write(JSON.stringify(await checkContent(process.cwd())));
