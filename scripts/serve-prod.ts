/**
 * npm run serve:prod — serve the built site (dist/) as production does: Debian's nginx with the
 * site's headers (CSP, framing, caching), on PORT (default 8080). Build first (npm run build).
 */
import { serveWithNginx } from './lib/servers.ts';

const server = await serveWithNginx('dist', Number(process.env.PORT ?? 8080));
console.log(`Serving dist/ with nginx at ${server.url}/ (configuration: ${server.conf}). Ctrl+C stops it.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    server.stop();
    process.exit(0);
  });
