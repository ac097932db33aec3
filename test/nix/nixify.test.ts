import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createContextReader } from '../../src/engine/context.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { loadNixify } from '../../src/nix/index.js';
import { evaluateFlakes, parseNixFiles, requireNix } from '../support/nix.js';

const { nixify } = await loadNixify();
const fixtures = path.resolve('fixtures/nix');
const SNAPSHOTS = ['node-app', 'python-app', 'go-multistage', 'debian-apt'];
const nixMissing = requireNix();

function translate(dir: string) {
  const file = path.join('fixtures/nix', dir, 'Dockerfile');
  return nixify(parseDockerfile(fs.readFileSync(file, 'utf8'), file), createContextReader(path.dirname(file)));
}

describe('nixify snapshots (reviewed by hand: fixtures/nix/*/flake.nix)', () => {
  for (const dir of SNAPSHOTS) {
    test(dir, () => {
      const expected = fs.readFileSync(path.join(fixtures, dir, 'flake.nix'), 'utf8');
      const { flake } = translate(dir);
      if (process.env.UPDATE_NIX_SNAPSHOTS) fs.writeFileSync(path.join(fixtures, dir, 'flake.nix'), flake);
      expect(flake).toBe(process.env.UPDATE_NIX_SNAPSHOTS ? flake : expected);
    });
  }

  test.skipIf(nixMissing)('every snapshot parses and evaluates against the stub nixpkgs', () => {
    const files = SNAPSHOTS.map((dir) => path.join(fixtures, dir, 'flake.nix'));
    expect(parseNixFiles(files)).toEqual([]);
    expect(evaluateFlakes(files)).toEqual([]);
  });
});

describe('nixify translation', () => {
  const run = (text: string) => nixify(parseDockerfile(text, 'Dockerfile'));

  test('the base runtime, packages and config end up in the image', () => {
    const { flake } = run('FROM python:3.12\nRUN pip install flask\nENV A=1\nWORKDIR /srv\nEXPOSE 5000/udp\nUSER 1000\nCMD ["flask", "run"]\n');
    expect(flake).toContain('pkgs.python312');
    expect(flake).toContain('(pkgs.python312.withPackages (ps: [ ps.flask ]))');
    expect(flake).toContain('WorkingDir = "/srv";');
    expect(flake).toContain('"5000/udp" = { };');
    expect(flake).toContain('User = "1000";');
    expect(flake).toContain('Cmd = [ "flask" "run" ];');
    expect(flake).toContain('Env = [ "A=1" ];');
  });

  test('strings from the Dockerfile are escaped for Nix', () => {
    const { flake } = run('FROM alpine\nENV A="x \\"q\\" \\\\ y" B=\'${NOPE}\'\nLABEL note="50% ${HOME}"\n');
    expect(flake).toContain('"A=x \\"q\\" \\\\ y"');
    expect(flake).toContain('"B=\\${NOPE}"');
  });

  test('nixpkgs is the only input, pinned to the index revision', () => {
    const { flake } = run('FROM node:22\n');
    expect(flake).toMatch(/inputs\.nixpkgs\.url = "github:NixOS\/nixpkgs\/[0-9a-f]{40}";/);
    expect(flake.match(/inputs\./g)).toHaveLength(1);
    expect(flake).toContain('nixpkgs.lib.genAttrs');
    // The commit is in the URL: `nix flake update` cannot move it, and the comment says so.
    expect(flake).toContain('`nix flake update`\n  # does not move it');
  });

  test('images for the Linux systems, dev shells for every system the flake lists', () => {
    const { flake } = run('FROM node:22\n');
    expect(flake).toContain('packages = forSystems linuxSystems (pkgs:');
    expect(flake).toContain('devShells = forSystems systems (pkgs: {');
    expect(flake).toContain('systems = linuxSystems ++ [ "x86_64-darwin" "aarch64-darwin" ];');
  });

  test('what cannot be translated is listed with its line', () => {
    const result = run('FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl no-such-pkg-xyz\nRUN curl -fsSL https://example.com/install.sh | sh\nRUN make install\n');
    expect(result.untranslated.map((step) => step.line)).toEqual([2, 3, 4]);
    expect(result.flake).toContain('no-such-pkg-xyz');
    expect(result.flake).toContain('#   Dockerfile:3  RUN curl -fsSL https://example.com/install.sh | sh');
    expect(result.flake).toContain('pkgs.curl');
  });

  test('a Windows image gives a flake that says Nix cannot build it', () => {
    const result = run('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command Write-Host hi\n');
    expect(result.windows).toBe(true);
    expect(result.flake).toContain('Nix cannot build Windows images');
    expect(result.flake).toContain('outputs = { self, nixpkgs }: { };');
  });

  test('an npm build stage becomes buildNpmPackage', () => {
    const { flake } = run('FROM node:22 AS web\nWORKDIR /w\nCOPY . .\nRUN npm ci && npm run build\n\nFROM nginx:1.27\nCOPY --from=web /w/dist /usr/share/nginx/html\n');
    expect(flake).toContain('webNpm = pkgs.buildNpmPackage {');
    expect(flake).toContain('npmDepsHash = pkgs.lib.fakeHash;');
    expect(flake).toContain('pkgs.nginxMainline'); // 1.27: odd minor, mainline
  });
});

describe('the image runtime is what the final stage keeps', () => {
  const run = (text: string) => nixify(parseDockerfile(text, 'Dockerfile'));
  const contentsOf = (flake: string) => /contents = \[([^\]]*)\]/.exec(flake)?.[1] ?? '';
  const devShellOf = (flake: string) => flake.slice(flake.indexOf('devShells'));

  test('apk del of a --virtual group removes its packages from the image, not from the dev shell', () => {
    const { flake } = run('FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc make && apk add --no-cache tini && make && apk del .build-deps\nENTRYPOINT ["tini", "--"]\n');
    expect(contentsOf(flake)).toContain('pkgs.tini');
    expect(contentsOf(flake)).not.toContain('pkgs.gcc');
    expect(contentsOf(flake)).not.toContain('pkgs.gnumake');
    expect(devShellOf(flake)).toContain('pkgs.gcc');
    expect(flake).toContain('#   Dockerfile:2  gcc make: removed again at line 2');
  });

  test('apt-mark auto + purge --auto-remove removes what the RUN installed, except what it marks manual', () => {
    const { flake } = run(
      'FROM debian:bookworm\nRUN apt-get install -y jq\nRUN savedAptMark="$(apt-mark showmanual)"; apt-get install -y wget ca-certificates; wget https://x/y; apt-mark auto \'.*\'; apt-mark manual $savedAptMark ca-certificates; apt-get purge -y --auto-remove\n',
    );
    expect(contentsOf(flake)).toContain('pkgs.jq');
    expect(contentsOf(flake)).toContain('pkgs.cacert');
    expect(contentsOf(flake)).not.toContain('pkgs.wget');
  });

  test('apt-get purge of a named package removes it; a later RUN can remove what an earlier one installed', () => {
    const { flake } = run('FROM debian:bookworm\nRUN apt-get install -y curl git\nRUN apt-get purge -y git\n');
    expect(contentsOf(flake)).toContain('pkgs.curl');
    expect(contentsOf(flake)).not.toContain('pkgs.git');
  });

  test('compilers and -dev packages are build inputs, not runtime', () => {
    const { flake } = run('FROM debian:bookworm\nRUN apt-get install -y gcc libpq-dev libpq5\n');
    expect(contentsOf(flake)).not.toContain('pkgs.gcc');
    expect(devShellOf(flake)).toContain('pkgs.gcc');
    expect(flake).toContain('compilers and headers only a build needs');
  });

  test('a tool fetched and run once (uvx, npx, pnpm dlx) is a build input, never the image\'s', () => {
    const { flake } = run('FROM python:3.12-slim\nRUN pip install flask==3.0.3 && uvx ruff@0.6.9 check . && npx prettier@3.3.3 --check .\nCMD ["python", "app.py"]\n');
    expect(contentsOf(flake)).not.toMatch(/ruff|prettier/);
    expect(devShellOf(flake)).toContain('ruff');
    expect(flake).not.toContain('project dependencies');
  });

  test('versions are kept, and a gone one becomes the nearest, named in the header', () => {
    const pinned = run('FROM debian:bookworm\nRUN apt-get install -y postgresql-17 python3=3.11.2-1\n').flake;
    expect(contentsOf(pinned)).toContain('pkgs.postgresql_17');
    expect(contentsOf(pinned)).toContain('pkgs.python311');
    const gone = run('FROM node:8\nCMD ["node", "index.js"]\n');
    expect(contentsOf(gone.flake)).toMatch(/pkgs\.nodejs_\d+/);
    expect(gone.flake).toMatch(/#   Dockerfile:1  node:8: .*nearest/);
    expect(gone.untranslated).toEqual([]);
  });
});

describe('builders: the final stage runs the derivation\'s binary, whatever COPY renamed', () => {
  const run = (text: string) => nixify(parseDockerfile(text, 'Dockerfile'));

  test('go build -o of a file package, copied under another directory, runs "${drv}/bin/<-o name>"', () => {
    const result = run('FROM golang:1.26 AS builder\nWORKDIR /code\nCOPY . .\nRUN go build -o bin/backend main.go\nFROM scratch\nCOPY --from=builder /code/bin/backend /usr/local/bin/backend\nCMD ["/usr/local/bin/backend"]\n');
    expect(result.flake).toContain('Cmd = [ "${builderGo}/bin/backend" ];');
    expect(result.flake).toContain('subPackages = [ "." ];');
    expect(result.flake).toContain('[ "$built" = "$out/bin/"backend ] || mv "$built" "$out/bin/"backend');
    expect(result.failures).toEqual([]);
  });

  test('a binary named after its package needs no rename', () => {
    const result = run('FROM golang:1.26 AS build\nRUN go build -o /out/server ./cmd/server\nFROM scratch\nCOPY --from=build /out/server /srv/app\nENTRYPOINT ["/srv/app"]\n');
    expect(result.flake).toContain('Entrypoint = [ "${buildGo}/bin/server" ];');
    expect(result.flake).not.toContain('postInstall');
  });
});

describe('builders per toolchain', () => {
  const run = (text: string) => nixify(parseDockerfile(text, 'Dockerfile'));

  test('cargo build becomes rustPlatform.buildRustPackage with cargoLock; target/release/NAME runs as "${drv}/bin/NAME"', () => {
    const result = run('FROM rust:1.90 AS builder\nWORKDIR /code\nCOPY . .\nRUN cargo build --release\nFROM debian:bookworm-slim\nCOPY --from=builder /code/target/release/react-rust-postgres /react-rust-postgres\nCMD [ "/react-rust-postgres" ]\n');
    expect(result.flake).toContain('builderRust = pkgs.rustPlatform.buildRustPackage {');
    expect(result.flake).toContain('cargoLock.lockFile = ./Cargo.lock;');
    expect(result.flake).toContain('Cmd = [ "${builderRust}/bin/react-rust-postgres" ];');
    expect(result.failures).toEqual([]);
  });

  test('mvn package becomes maven.buildMavenPackage; yarn and pnpm builds get their fetchers and hooks', () => {
    expect(run('FROM maven:3.9 AS build\nRUN mvn -B package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /app/target/app.jar /app.jar\n').flake).toContain('buildMaven = pkgs.maven.buildMavenPackage {');
    const yarn = run('FROM node:22 AS web\nRUN yarn install --frozen-lockfile && yarn build\nFROM nginx:1.28\nCOPY --from=web /app/dist /usr/share/nginx/html\n').flake;
    expect(yarn).toContain('yarnOfflineCache = pkgs.fetchYarnDeps {');
    expect(yarn).toContain('pkgs.yarnConfigHook');
    const pnpm = run('FROM node:22 AS web\nRUN pnpm install --frozen-lockfile && pnpm run build\nFROM nginx:1.28\nCOPY --from=web /app/dist /usr/share/nginx/html\n').flake;
    expect(pnpm).toContain('pnpmDeps = pkgs.fetchPnpmDeps {');
  });
});

describe('files read from the build context', () => {
  test('pip install -r requirements.txt puts the file\'s packages into the interpreter\'s withPackages', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nixify-context-'));
    fs.writeFileSync(path.join(dir, 'requirements.txt'), 'flask==3.0.0\nrequests\nno-such-package-xyz\n');
    const text = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';
    const result = nixify(parseDockerfile(text, path.join(dir, 'Dockerfile')), createContextReader(dir));
    expect(result.flake).toContain('(pkgs.python312.withPackages (ps: [ ps.flask ps.requests ]))');
    expect(result.untranslated.map((step) => step.reason)).toEqual(['no indexed nixpkgs attribute for requirement(s) no-such-package-xyz of requirements.txt']);
    const without = nixify(parseDockerfile(text, path.join(dir, 'Dockerfile')));
    expect(without.untranslated[0]!.reason).toContain('the build context was not given');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a copied entrypoint script gets the interpreter its shebang names', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nixify-context-'));
    fs.writeFileSync(path.join(dir, 'entrypoint.sh'), '#!/usr/bin/env bash\nexec "$@"\n');
    const text = 'FROM alpine:3.20\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n';
    const result = nixify(parseDockerfile(text, path.join(dir, 'Dockerfile')), createContextReader(dir));
    expect(result.flake).toContain('pkgs.dockerTools.usrBinEnv');
    expect(result.flake).toContain('pkgs.bashInteractive');
    expect(result.failures).toEqual([]);
    expect(nixify(parseDockerfile(text, path.join(dir, 'Dockerfile'))).failures.map((f) => f.rule)).toEqual(['shebang']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('servers of the official images start as their image would', () => {
  const run = (text: string) => nixify(parseDockerfile(text, 'Dockerfile'));

  test('nginx without a command gets nginx -c with a writeText config, /tmp and fakeNss', () => {
    const result = run('FROM nginx:1.28-alpine\nCOPY dist/ /usr/share/nginx/html/\n');
    expect(result.flake).toContain('nginxConf = pkgs.writeText "nginx.conf" \'\'');
    expect(result.flake).toContain('include ${pkgs.nginxStable}/conf/mime.types;');
    expect(result.flake).toContain('root /usr/share/nginx/html;');
    expect(result.flake).toMatch(/Cmd = \[\s+"\$\{pkgs\.nginxStable\}\/bin\/nginx"\s+"-c"\s+"\$\{nginxConf\}"\s+\];/);
    expect(result.flake).toContain('mkdir -p tmp');
    expect(result.flake).toContain('pkgs.fakeNss');
    expect(result.failures).toEqual([]);
  });

  test("the Dockerfile's conf.d replaces the default site; its own nginx.conf is used as it is", () => {
    expect(run('FROM nginx:1.28\nCOPY site.conf /etc/nginx/conf.d/default.conf\n').flake).not.toContain('root /usr/share/nginx/html;');
    const own = run('FROM nginx:1.28\nCOPY nginx.conf /etc/nginx/nginx.conf\n').flake;
    expect(own).not.toContain('writeText');
    expect(own).toMatch(/"-c"\s+"\/etc\/nginx\/nginx.conf"\s+"-g"\s+"daemon off;"/);
  });

  test('redis without a command runs redis-server; a Dockerfile command is kept', () => {
    expect(run('FROM redis:7.4\n').flake).toContain('Cmd = [ "${pkgs.redis}/bin/redis-server" ];');
    expect(run('FROM redis:7.4\nCMD ["redis-server", "--appendonly", "yes"]\n').flake).toContain('Cmd = [ "redis-server" "--appendonly" "yes" ];');
  });
});

describe('PHP extensions', () => {
  test('docker-php-ext-install and pecl install become php.buildEnv extensions; unknown ones are listed', () => {
    const result = nixify(parseDockerfile('FROM php:8.3-fpm\nRUN docker-php-ext-install -j "$(nproc)" pdo_mysql intl no_such_ext && pecl install redis-6.0.2 && docker-php-ext-enable redis\n', 'Dockerfile'));
    expect(result.flake).toContain('(pkgs.php83.buildEnv {');
    expect(result.flake).toContain('extensions = { enabled, all }: enabled ++ [ all.intl all.pdo_mysql all.redis ];');
    expect(result.untranslated.map((step) => step.reason)).toEqual(['PHP extension(s) no_such_ext: not known in php.extensions; add them to the buildEnv by hand']);
    expect(result.failures).toEqual([]);
  });
});

describe('run-time HTTPS', () => {
  test('an HTTPS client in the image, or an https:// URL in its config, brings CA certificates', () => {
    const run = (text: string) => nixify(parseDockerfile(text, 'Dockerfile')).flake;
    expect(run('FROM alpine:3.20\nRUN apk add --no-cache curl\n')).toContain('pkgs.dockerTools.caCertificates');
    expect(run('FROM alpine:3.20\nENV API=https://api.example.com\n')).toContain('pkgs.dockerTools.caCertificates');
    expect(run('FROM alpine:3.20\nRUN apk add --no-cache jq\n')).not.toContain('caCertificates');
  });
});

describe('shell-form commands', () => {
  test('the programs of a shell-form CMD are checked, not only /bin/sh', () => {
    const run = (text: string) => nixify(parseDockerfile(text, 'Dockerfile'));
    const missing = run('FROM alpine:3.20\nCMD exec no-such-server --port 80\n');
    expect(missing.failures).toEqual([expect.objectContaining({ rule: 'program', subject: 'no-such-server', line: 2 })]);
    const present = run('FROM alpine:3.20\nRUN apk add --no-cache jq\nCMD jq --version && echo done\n');
    expect(present.failures).toEqual([]);
  });
});
