/**
 * The official server images start their server with a CMD of their own (`nginx -g 'daemon off;'`,
 * `redis-server`), which an image built by Nix does not inherit. When the Dockerfile sets no
 * command, the flake writes the one nixpkgs' own examples use: nginx with a `writeText` config
 * and `nginx -c`, redis-server. (postgres is not started this way: it refuses to run as root and
 * needs the initdb the image's entrypoint runs; that stays listed.)
 */
import { attrPath, bind, raw, type NixBinding } from '../syntax.js';
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
