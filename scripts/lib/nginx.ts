/**
 * Serve a build with Debian's nginx and the site's own header rules (src/lib/site/http-headers.ts)
 * — production as a real web server does it, for `npm run serve:prod` and the tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { builtHeaderRules, nginxServer } from '../../src/lib/site/http-headers.ts';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

/** The whole nginx.conf: one unprivileged-friendly process tree, everything under `prefix`, the site's server block. */
function nginxConf(dist: string, port: number, prefix: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, t)};`);
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...temp,
    nginxServer({ root: resolve(dist), listen: `127.0.0.1:${port}`, rules: builtHeaderRules(resolve(dist), process.cwd()) })
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
    '}',
    '',
  ].join('\n');
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
    s.on('error', fail);
  });
}

/** Start nginx on `dist`; resolves once it answers. */
export async function serveWithNginx(dist = 'dist', port?: number): Promise<{ url: string; conf: string; stop: () => void }> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: install Debian's package (apt-get install -y nginx) or set NGINX`);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${dist}/: run npm run build first`);
  const listen = port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'vienna-nginx-'));
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, nginxConf(dist, listen, prefix));
  const proc = spawn(NGINX, ['-c', conf, '-p', prefix, '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${listen}`;
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`nginx exited with ${proc.exitCode} (configuration: ${conf})`);
    if (
      await fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, conf, stop: () => proc.kill('SIGQUIT') };
    await new Promise((r) => setTimeout(r, 50));
  }
  proc.kill();
  throw new Error(`nginx did not answer on ${url} (configuration: ${conf})`);
}
