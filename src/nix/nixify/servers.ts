/**
 * The official server images start their server with a CMD of their own (`nginx -g 'daemon off;'`,
 * `redis-server`), which an image built by Nix does not inherit. When the Dockerfile sets no
 * command, the flake writes the one nixpkgs' own examples use: nginx with a `writeText` config
 * and `nginx -c`, redis-server. postgres is not started this way: it refuses to run as root and
 * needs the initdb the image's entrypoint runs, which the header says (`postgresImage`).
 */
import path from 'node:path';
import { attrPath, bind, raw, type NixBinding } from '../syntax.js';
import { DEFAULT_PATH } from './check.js';
import { fakeNssItem, type ConfigWord, type ImagePlan } from './plan.js';
import type { Change } from './repair.js';

/**
 * nginx.conf of the nginx image, for a store path: logs to the container's output, temporary
 * files in /tmp, the Dockerfile's conf.d files, and the image's default site when it adds none.
 */
function nginxConfig(nginx: string, defaultSite: boolean): string {
  const site = defaultSite ? ['', '  # the nginx image\'s default.conf: the Dockerfile puts no file in /etc/nginx/conf.d', '  server {', '    listen 80;', '    location / {', '      root /usr/share/nginx/html;', '      index index.html index.htm;', '    }', '  }'] : [];
  return [
    'daemon off;',
    'error_log /dev/stderr;',
    'pid /tmp/nginx.pid;',
    'events { }',
    'http {',
    `  include \${${nginx}}/conf/mime.types;`,
    '  default_type application/octet-stream;',
    '  access_log /dev/stdout;',
    '  client_body_temp_path /tmp/nginx-client-body;',
    '  proxy_temp_path /tmp/nginx-proxy;',
    '  fastcgi_temp_path /tmp/nginx-fastcgi;',
    '  uwsgi_temp_path /tmp/nginx-uwsgi;',
    '  scgi_temp_path /tmp/nginx-scgi;',
    '  include /etc/nginx/conf.d/*.conf;',
    ...site,
    '}',
  ].join('\n');
}

/** What the server's image would have run, when the Dockerfile sets no Entrypoint or Cmd. */
export function serverCommand(plan: ImagePlan, copied: readonly string[], mkdirs: Set<string>, line: number): { bindings: NixBinding[]; change?: Change } {
  if (plan.entrypoint || plan.cmd) return { bindings: [] };
  const attr = plan.contents.map((item) => item.attr ?? '').find((name) => /^(nginx(Stable|Mainline)?|redis)$/.test(name));
  if (!attr) return { bindings: [] };
  const program = (name: string): ConfigWord => ({ drv: raw(attrPath('pkgs', attr)), path: `/bin/${name}` });
  if (attr.startsWith('nginx')) {
    const own = copied.includes('/etc/nginx/nginx.conf');
    const bindings = own ? [] : [bind('nginxConf', raw(`pkgs.writeText "nginx.conf" ''\n${nginxConfig(attrPath('pkgs', attr), !copied.some((path) => path.startsWith('/etc/nginx/conf.d')))}\n''`), ['the nginx image\'s configuration, with its paths'])];
    plan.cmd = { words: [program('nginx'), '-c', own ? '/etc/nginx/nginx.conf' : { drv: raw('nginxConf'), path: '' }], line };
    // The writeText config says `daemon off;`; the copied one may not (the image's CMD adds it with -g).
    if (own) plan.cmd.words.push('-g', 'daemon off;');
    // nginx started as root switches its workers to nobody, which needs /etc/passwd.
    if (!plan.contents.some((item) => item.nss)) plan.contents.push(fakeNssItem([], []));
    mkdirs.add('/tmp');
    return { bindings, change: { line, reason: `the nginx image's CMD is not inherited: Cmd runs nginx -c with ${own ? 'the copied /etc/nginx/nginx.conf' : 'a writeText config of the image\'s defaults (conf.d included)'}; fakeNss for its worker user` } };
  }
  plan.cmd = { words: [program('redis-server')], line };
  return { bindings: [], change: { line, reason: "the redis image's CMD is not inherited: Cmd runs redis-server" } };
}

/** The Debian layout's bin directory of a PostgreSQL major (`/usr/lib/postgresql/17/bin`), which a Nix image does not have. */
const DEBIAN_POSTGRES_BIN = /^\/usr\/lib\/postgresql\/[^/:]+\/bin\/?$/;

/**
 * A PostgreSQL image: `PATH` names the package's own bin (`${pkgs.postgresql_17}/bin`) where the
 * Dockerfile names the Debian layout's (or, when the image starts postgres and sets no PATH, after
 * Docker's default, as the postgres image's own Env does). Starting it stays the user's: postgres
 * refuses to run as root and needs a data directory made by initdb, which the image's entrypoint
 * does; the note says so. Returns the changes and the note, each with its line.
 */
export function postgresImage(plan: ImagePlan, line: number): { changes: Change[]; notes: Change[] } {
  const server = plan.contents.find((item) => /^postgresql(_\d+)?$/.test(item.attr ?? ''));
  if (!server) return { changes: [], notes: [] };
  const bin = [server.expr, '/bin'];
  const changes: Change[] = [];
  const entry = plan.env.find((candidate) => candidate.name === 'PATH');
  const words = [...(plan.entrypoint?.words ?? []), ...(plan.cmd?.words ?? [])].filter((word): word is string => typeof word === 'string');
  // The postgres image's `docker-entrypoint.sh postgres`; an entrypoint script alone may be any image's.
  const starts = words.some((word) => ['postgres', 'pg_ctl', 'pg_ctlcluster'].includes(path.posix.basename(word)));
  if (entry && entry.value.some((part) => typeof part === 'string' && part.split(':').some((dir) => DEBIAN_POSTGRES_BIN.test(dir)))) {
    entry.value = entry.value.flatMap((part) => (typeof part !== 'string' ? [part] : part.split(':').flatMap((dir, i) => [...(i > 0 ? [':'] : []), ...(DEBIAN_POSTGRES_BIN.test(dir) ? bin : [dir])])));
    changes.push({ line: entry.line, reason: `Env PATH: the Debian layout's /usr/lib/postgresql/.../bin is pkgs.${server.attr}'s own bin in a Nix image` });
  } else if (!entry && starts) {
    plan.env.push({ name: 'PATH', value: [`${DEFAULT_PATH.join(':')}:`, ...bin], unresolved: [], line });
    changes.push({ line, reason: `Env PATH: Docker's default and pkgs.${server.attr}'s bin, as the postgres image sets it` });
  }
  const at = plan.cmd?.line ?? plan.entrypoint?.line ?? line;
  const notes = starts
    ? [{ line: at, reason: `postgres refuses to run as root and needs a data directory made by initdb: the postgres image's docker-entrypoint.sh runs initdb and switches to the postgres user; the Nix image does neither by itself (run initdb, e.g. in a wrapper script, and start postgres as User postgres, whose /etc/passwd entry fakeNss has when the Dockerfile creates it)` }]
    : [];
  return { changes, notes };
}
