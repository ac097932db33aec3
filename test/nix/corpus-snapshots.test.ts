// Reviewed flakes for representative corpus Dockerfiles. Each snapshot (test/nix/__snapshots__/corpus/)
// was read against nixpkgs' builders; `review` says what a Nix user still has to do. None may fail
// the check pass. Build contexts are not in the corpus: where an image runs a copied script,
// fixtures/nix/corpus-context/<name>/ holds a stand-in with the upstream script's first line
// (or, for requirements.txt, the package the upstream file names).
// UPDATE_NIX_SNAPSHOTS=1 rewrites the snapshots: read every changed one before committing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createContextReader } from '../../src/engine/context.js';
import { parseDockerfile } from '../../src/model/parse.js';
import { loadNixify } from '../../src/nix/index.js';
import { evaluateFlakes, parseNixFiles, requireNix } from '../support/nix.js';
import { CORPUS_DIR, requireSharedData } from '../support/shared-data.js';

const { nixify } = await loadNixify();
const SNAPSHOTS = path.resolve('test/nix/__snapshots__/corpus');

interface Reviewed {
  name: string;
  file: string;
  context?: string;
  review: string;
}

const REVIEWED: Reviewed[] = [
  {
    name: 'node-app',
    file: 'docker__awesome-compose/nginx-nodejs-redis/web/Dockerfile',
    review: 'node:14 is gone from nixpkgs: the image gets the nearest Node, named in the header (test the app on it). `npm install` is left to buildNpmPackage: write it (npmDepsHash) and put it in contents instead of the copied sources.',
  },
  {
    name: 'python-requirements',
    file: 'docker__awesome-compose/flask/app/Dockerfile',
    context: 'flask',
    review: 'The final stage is dev-envs (FROM builder). python:3.10 is gone: the nearest interpreter (named in the header) gets withPackages with the requirements.txt packages read from the context (check versions: nixpkgs has one flask). The gloursdocker/docker copy is listed. Entrypoint python3 comes from the environment; app files from appFiles. The docker group and vscode user of the heredoc RUN are in fakeNss with ids chosen by the header (BusyBox would pick others: set them if something depends on them).',
  },
  {
    name: 'go',
    file: 'GoogleCloudPlatform__microservices-demo/src/frontend/Dockerfile',
    review: 'buildGoModule (pname frontend, the binary\'s name: the corpus has no go.mod) builds the root package and renames its binary to frontend (postInstall), so Entrypoint is "${builderGo}/bin/frontend" although COPY renamed it /src/server. Replace vendorHash after the first build. templates/ and static/ come from appFiles, under WorkingDir /src as before.',
  },
  {
    name: 'rust',
    file: 'docker__awesome-compose/react-rust-postgres/backend/Dockerfile',
    review: 'cargo build --release becomes rustPlatform.buildRustPackage (pname react-rust-postgres, the binary\'s name: the corpus has no Cargo.toml) with cargoLock.lockFile = ./Cargo.lock (commit Cargo.lock; git crates need outputHashes); Cmd runs "${builderRust}/bin/react-rust-postgres", the binary COPY took from target/release. The debian:buster-slim base is not needed.',
  },
  {
    name: 'java-maven',
    file: 'docker__awesome-compose/spring-postgres/backend/Dockerfile',
    review: 'The JRE maps to the Temurin 17 JRE (java resolves). `mvn install` becomes maven.buildMavenPackage (mvnHash after the first build), but nothing puts its jar in the image yet: the stage that unpacks it (prepare-production) has no builder and is listed; unpack ${builderMaven}/share/java/*.jar into /app in a derivation, or run it with java -jar.',
  },
  {
    name: 'nginx-frontend',
    file: 'docker__awesome-compose/react-rust-postgres/frontend/Dockerfile',
    review: 'The npm build stage becomes buildNpmPackage and is in contents. Cmd runs nginx -c with a writeText config of the nginx image\'s defaults (the image\'s own CMD is not inherited), serving /usr/share/nginx/html; but the build output is not there (listed): set root to the build\'s output directory in "${builderNpm}" (npm run build puts it under lib/node_modules/<name>/build by default: check), or install it there in the derivation. nginx 1.13 becomes the current mainline, named in the header.',
  },
  {
    name: 'php-extensions',
    file: 'docker-library__wordpress/latest/php8.5/fpm-alpine/Dockerfile',
    context: 'wordpress',
    review: 'php:8.5-fpm maps to PHP 8.5 as php85.buildEnv with the extensions the Dockerfile builds (docker-php-ext-install, pecl install imagick); exif is not in the checked extension list and is listed: add all.exif by hand; the gd configure options are listed (nixpkgs\' gd has its own). The WordPress download is listed too (fetchurl with a hash), and so are the two php.ini fragments the Dockerfile writes with `{ echo ...; } > file` (lines 80 and 88): put them in the buildEnv\'s extraConfig. The entrypoint script gets /usr/bin/env (bash is installed).',
  },
  {
    name: 'redis',
    file: 'docker-library__redis/7.2/alpine/Dockerfile',
    context: 'redis',
    review: 'The Dockerfile builds redis from source; the image runs pkgs.redis instead (the version of the pinned nixpkgs, not 7.2: check the header). The entrypoint script gets a /bin/sh. The redis user and group (uid 999, gid 1000, as the Dockerfile gives them) are in fakeNss, which its entrypoint\'s setpriv/su-exec step needs. The source build steps are listed and can be dropped.',
  },
  {
    name: 'postgres',
    file: 'docker-library__postgres/17/bookworm/Dockerfile',
    context: 'postgres',
    review: 'postgresql-17 from the PGDG repository becomes pkgs.postgresql_17 (PG_MAJOR), not the default postgresql: existing data volumes still start; ${PATH} in Env is written out and /usr/lib/postgresql/17/bin is ${pkgs.postgresql_17}/bin. The postgres user and group (999) are in fakeNss although no USER names them. The entrypoint scripts get bash and /usr/bin/env. The header says postgres refuses root and needs initdb (the copied docker-entrypoint.sh does both, with gosu). Still by hand: gosu (its download is listed: pkgs.gosu or su-exec), the locale and the data directories.',
  },
  {
    name: 'alpine-apk',
    file: 'caddyserver__caddy-docker/2.11/alpine/Dockerfile',
    review: 'The apk packages map to nixpkgs attributes; the caddy binary download is listed: pkgs.caddy replaces it (check the version). The Alpine base is not needed.',
  },
  {
    name: 'debian-apt',
    file: 'chrisguest75__docker_examples/10_distro_versions/Dockerfile.debian',
    review: 'The apt packages map to nixpkgs attributes; the Debian base is not needed. Nothing else to do unless the image relied on Debian files not listed.',
  },
  {
    name: 'nextjs-pnpm',
    file: 'supabase__supabase/apps/studio/Dockerfile',
    review: 'A Next.js monorepo built with pnpm and turbo prune. `pnpm --filter studio exec next build` becomes a stdenv.mkDerivation named studio with pnpmWorkspaces = [ "studio" ] in it and in fetchPnpmDeps (pnpmConfigHook installs that workspace package\'s dependencies; the turbo prune stage, listed, is not needed) and the command as its buildPhase. Still by hand, both listed: an installPhase copying .next/standalone, .next/static and public into $out (pnpm has no install hook: the default installPhase fails), and Cmd naming server.js in "${builderPnpm}" instead of apps/studio/server.js below /app. The node image entrypoint is dropped, Cmd runs node.',
  },
];

const missing = requireSharedData(CORPUS_DIR);
const nixMissing = requireNix();

function translate(entry: Reviewed) {
  const text = fs.readFileSync(path.join(CORPUS_DIR, entry.file), 'utf8');
  const context = entry.context ? createContextReader(path.resolve('fixtures/nix/corpus-context', entry.context)) : undefined;
  return nixify(parseDockerfile(text, `corpus/${entry.file}`), context);
}

describe.skipIf(missing)('reviewed flakes of representative corpus Dockerfiles', () => {
  for (const entry of REVIEWED) {
    test(`${entry.name}: ${entry.file}`, () => {
      const result = translate(entry);
      const snapshot = path.join(SNAPSHOTS, `${entry.name}.flake.nix`);
      if (process.env.UPDATE_NIX_SNAPSHOTS) fs.mkdirSync(SNAPSHOTS, { recursive: true }), fs.writeFileSync(snapshot, result.flake);
      expect(result.failures).toEqual([]);
      expect(result.flake).toBe(fs.readFileSync(snapshot, 'utf8'));
    });
  }

  test.skipIf(nixMissing)('every reviewed flake parses and evaluates against the stub nixpkgs', () => {
    const files = REVIEWED.map((entry) => path.join(SNAPSHOTS, `${entry.name}.flake.nix`));
    expect(parseNixFiles(files)).toEqual([]);
    expect(evaluateFlakes(files)).toEqual([]);
  });
});
