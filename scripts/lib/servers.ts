/**
 * Serve a build as production does, with the configuration the build wrote beside it
 * (src/integrations/headers.ts: `<dist>-server/nginx.conf` and `Caddyfile`), only its root and
 * address changed — for `npm run serve:prod` and the tests. Debian's nginx (the production server
 * the tests use) and, where installed, Debian's Caddy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { locally, serverConfigDir } from '../../src/lib/site/server-configs.ts';

export const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
export const CADDY = process.env.CADDY ?? '/usr/bin/caddy';

export interface Served {
  url: string;
  /** The configuration file the server runs with. */
  conf: string;
  stop: () => void;
}

/** The whole nginx.conf around the build's server block: one process tree, everything under `prefix`. */
function nginxConf(server: string, prefix: string): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, t)};`);
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    // The official image's http block has the same two lines.
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...temp,
    ...server.split('\n').map((l) => (l ? `  ${l}` : l)),
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

/** The configuration `file` the build wrote beside `dist`, or why there is none. */
function written(dist: string, file: string): string {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build in ${dist}/: run npm run build first`);
  const path = join(serverConfigDir(resolve(dist)), file);
  if (!existsSync(path)) throw new Error(`no ${path}: the build writes it (a build at a domain's root, without BASE_PATH)`);
  return readFileSync(path, 'utf8');
}

/** Resolves once the server answers; throws with its configuration's path if it exits or never answers. */
async function answering(proc: ChildProcess, url: string, conf: string, name: string): Promise<Served> {
  for (let i = 0; i < 200; i++) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode} (configuration: ${conf})`);
    if (
      await fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, conf, stop: () => proc.kill(name === 'nginx' ? 'SIGQUIT' : 'SIGTERM') };
    await new Promise((r) => setTimeout(r, 50));
  }
  proc.kill();
  throw new Error(`${name} did not answer on ${url} (configuration: ${conf})`);
}

/** Start nginx on `dist` with the build's nginx.conf (or `server`, a server block as server-configs.ts writes one). */
export async function serveWithNginx(dist = 'dist', port?: number, server = written(dist, 'nginx.conf')): Promise<Served> {
  if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: install Debian's package (apt-get install -y nginx) or set NGINX`);
  const listen = port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'vienna-nginx-'));
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, nginxConf(locally(server, 'nginx', resolve(dist), `127.0.0.1:${listen}`), prefix));
  const proc = spawn(NGINX, ['-c', conf, '-p', prefix, '-e', 'stderr'], { stdio: ['ignore', 'inherit', 'inherit'] });
  return answering(proc, `http://127.0.0.1:${listen}`, conf, 'nginx');
}

/** Start Caddy on `dist` with the build's Caddyfile (or `site`, a Caddyfile as server-configs.ts writes one). */
export async function serveWithCaddy(dist = 'dist', port?: number, site = written(dist, 'Caddyfile')): Promise<Served> {
  if (!existsSync(CADDY)) throw new Error(`caddy not found at ${CADDY}: install Debian's package (apt-get install -y caddy) or set CADDY`);
  const listen = port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), 'vienna-caddy-'));
  const conf = join(dir, 'Caddyfile');
  writeFileSync(conf, locally(site, 'caddy', resolve(dist), `http://127.0.0.1:${listen}`));
  const proc = spawn(CADDY, ['run', '--config', conf, '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  });
  let log = '';
  proc.stderr?.on('data', (d) => (log = (log + d).slice(-4000)));
  return answering(proc, `http://127.0.0.1:${listen}`, conf, 'caddy').catch((e: Error) => {
    throw new Error(`${e.message}\n${log}`);
  });
}

/**
 * Astro's preview server on `dist` (OUT_DIR), for a machine where nginx cannot be installed: the
 * pages as built, without the production headers (it ignores _headers).
 */
export async function serveWithPreview(dist = 'dist', port?: number): Promise<Served> {
  const listen = port ?? (await freePort());
  const proc = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(listen)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, OUT_DIR: dist },
  });
  return answering(proc, `http://127.0.0.1:${listen}`, 'astro.config.mjs', 'astro preview');
}
