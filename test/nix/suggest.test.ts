import { describe, expect, test } from 'vitest';
import { parseImageName } from '../../src/model/image-name.js';
import { isIndexedAttr } from '../../src/nix/data/index.js';
import { mapPackage } from '../../src/nix/mapping.js';
import { normalizePythonName as normalisePythonName } from '../../src/shell/packages/index.js';
import { nixForAddUrl, nixForDownload, nixForGitClone, nixForImage, nixForNativeCpu, nixForPackages } from '../../src/nix/suggest.js';

const image = (reference: string) => nixForImage(parseImageName(reference), reference);

describe('nixForImage', () => {
  test('node:20-alpine → pkgs.nodejs_20 in a pinned buildLayeredImage flake', () => {
    const suggestion = image('node:20-alpine');
    expect(suggestion.attrs).toEqual(['dockerTools', 'nodejs_20']);
    expect(suggestion.snippet).toContain('contents = [ pkgs.nodejs_20 ];');
    expect(suggestion.snippet).toContain('pkgs.dockerTools.buildLayeredImage');
    expect(suggestion.snippet).toMatch(/inputs\.nixpkgs\.url = "github:NixOS\/nixpkgs\/[0-9a-f]{40}"/);
  });

  test('a removed version says so and names the nearest supported one', () => {
    const suggestion = image('node:18');
    expect(suggestion.unmapped).toEqual(['node:18']);
    expect(suggestion.summary).toContain('End-Of-Life');
    expect(suggestion.attrs).toContain('nodejs_20');
  });

  test('base OS, scratch, Windows, unknown and unresolved images', () => {
    expect(image('debian:bookworm').summary).toContain('needs no base OS');
    expect(nixForImage(undefined, 'scratch').summary).toContain('without `fromImage`');
    expect(image('mcr.microsoft.com/windows/servercore:ltsc2022').summary).toContain('Nix cannot build Windows images');
    const unknown = image('example.org/team/custom:1');
    expect(unknown.unmapped).toEqual(['example.org/team/custom:1']);
    expect(unknown.snippet).toContain('imageName = "example.org/team/custom";');
    expect(nixForImage(undefined, '${BASE}').unmapped).toEqual(['${BASE}']);
  });

  test('a mirror of a known image maps like the image', () => {
    expect(image('mirror.example.com/alpine:3.20').summary).toContain('needs no base OS');
    expect(image('docker.io/library/python:3.13').attrs).toContain('python313');
  });
});

describe('correct Nix answers (issue 13, item 8)', () => {
  test('yarn and pnpm projects get their own fetchers and hooks, not buildNpmPackage with package-lock.json', () => {
    const yarn = nixForPackages('yarn', []);
    expect(yarn.snippet).toContain('yarnOfflineCache = pkgs.fetchYarnDeps {');
    expect(yarn.snippet).toContain('pkgs.yarnConfigHook');
    expect(`${yarn.summary}${yarn.snippet}`).not.toMatch(/buildNpmPackage|package-lock/);
    const pnpm = nixForPackages('pnpm', []);
    expect(pnpm.snippet).toContain('pnpmDeps = pkgs.fetchPnpmDeps {');
    expect(pnpm.snippet).toContain('pkgs.pnpmConfigHook');
    expect(`${pnpm.summary}${pnpm.snippet}`).not.toMatch(/buildNpmPackage|package-lock/);
    for (const attr of [...(yarn.attrs ?? []), ...(pnpm.attrs ?? [])]) expect(isIndexedAttr(attr), attr).toBe(true);
    expect(nixForPackages('npm', []).snippet).toContain('pkgs.buildNpmPackage');
  });

  test('nginx: odd minor versions are mainline, even ones stable', () => {
    expect(image('nginx:1.27').attrs).toEqual(['dockerTools', 'nginxMainline']);
    expect(image('nginx:1.27-alpine').summary).toContain('The tag asks for nginx 1.27, a mainline release: nixpkgs carries only the current mainline release');
    expect(image('nginx:1.26').attrs).toEqual(['dockerTools', 'nginxStable']);
    expect(image('nginx:1.28.0-alpine-slim').attrs).toEqual(['dockerTools', 'nginxStable']);
    expect(image('nginx:stable-alpine').attrs).toEqual(['dockerTools', 'nginxStable']);
    expect(image('nginx:alpine').attrs).toEqual(['dockerTools', 'nginxMainline']);
  });

  test('a runtime version nixpkgs no longer has is unavailable, whatever the variant', () => {
    for (const reference of ['node:8', 'node:8-alpine', 'node:16-slim', 'python:3.9-slim', 'golang:1.22-alpine']) {
      const suggestion = image(reference);
      expect(suggestion.summary, reference).toContain('that version is unavailable');
      expect(suggestion.unmapped, reference).toEqual([reference]);
      expect(suggestion.attrs ?? [], reference).not.toContain('nodejs-slim');
    }
    expect(image('node:8-alpine').summary).toContain('The nearest supported runtime is `pkgs.nodejs_20`');
    expect(image('python:3.9-slim').attrs).toEqual(['dockerTools', 'python311']);
  });

  test('the newest (floating) tag maps to the default attribute, not the oldest version', () => {
    expect(image('golang:alpine3.24').attrs).toEqual(['dockerTools', 'go']);
    expect(image('golang:bookworm').attrs).toEqual(['dockerTools', 'go']);
    expect(image('node:lts-alpine').attrs).toEqual(['dockerTools', 'nodejs']);
    expect(image('python:slim').attrs).toEqual(['dockerTools', 'python3']);
  });

  test('binary distributions are not described as built from source; variants keep their meaning', () => {
    const temurin = image('eclipse-temurin:17-jre');
    expect(temurin.attrs).toEqual(['dockerTools', 'temurin-jre-bin-17']);
    expect(temurin.summary).toContain('`pkgs.temurin-jre-bin-17` repackages the upstream binaries');
    expect(temurin.summary).not.toContain('from source');
    expect(image('golang:1.26').summary).toContain('rebuilt from source');
    expect(image('php:8.5-apache').attrs).toEqual(['dockerTools', 'apacheHttpd', 'php85']);
    expect(image('maven:3.9-eclipse-temurin-21').attrs).toEqual(['dockerTools', 'maven', 'temurin-bin-21']);
  });

  test("compilers and -dev packages are a build derivation's inputs, not the image's contents", () => {
    const suggestion = nixForPackages('apk', ['curl', 'gcc', 'make', 'openssl-dev', 'linux-headers']);
    expect(suggestion.snippet).toBe(
      [
        'contents = [ pkgs.curl ];',
        '# in the derivation that builds the program (pkgs.stdenv.mkDerivation), not in the image',
        'nativeBuildInputs = [ pkgs.gcc pkgs.gnumake ];',
        'buildInputs = [ pkgs.linuxHeaders pkgs.openssl ];',
      ].join('\n'),
    );
    expect(suggestion.summary).toContain('`gcc`, `make`, `openssl-dev`, `linux-headers` only serve a build');
  });

  test('a versioned package keeps its version where nixpkgs has it', () => {
    expect(mapPackage('apt', 'postgresql-17').attrs).toEqual(['postgresql_17']);
    expect(mapPackage('apt', 'python3', '3.11.2-1+b1').attrs).toEqual(['python311']);
    // Debian's epoch is not the version: gcc 12 (gone here) becomes the nearest, gcc 13.
    expect(mapPackage('apt', 'gcc', '4:12.2.0-3').attrs).toEqual(['gcc13']);
    const gone = mapPackage('apt', 'python3', '3.9.2-3');
    expect(gone.attrs).toEqual(['python311']);
    expect(gone.change).toBe('python3 3.9.2 is not in this nixpkgs; the nearest version is 3.11 (pkgs.python311)');
  });
});

describe('nixForPackages', () => {
  test('apt-get install curl git → pkgs.curl pkgs.git', () => {
    const suggestion = nixForPackages('apt', ['curl', 'git']);
    expect(suggestion.attrs).toEqual(['curl', 'git']);
    expect(suggestion.snippet).toBe('contents = [ pkgs.curl pkgs.git ];');
    expect(suggestion.unmapped).toBeUndefined();
  });

  test('versioned library names map to their package; unknown names stay unmapped', () => {
    expect(mapPackage('apt', 'libssl3').attrs).toEqual(['openssl']);
    expect(mapPackage('apt', 'libpcre2-8-0').attrs).toEqual(['pcre2']);
    expect(mapPackage('apk', 'clang19').attrs).toEqual(['clang_19']);
    expect(mapPackage('apt', 'apt-transport-https').how).toBe('not-needed');
    expect(nixForPackages('apt', ['definitely-not-a-package']).unmapped).toEqual(['definitely-not-a-package']);
  });

  test('pkgs/by-name packages we confirmed map, directly, through their split packages, and by alias', () => {
    expect(mapPackage('apt', 'lshw')).toMatchObject({ attrs: ['lshw'], how: 'index' });
    expect(mapPackage('apt', 'libaom-dev').attrs).toEqual(['libaom']);
    expect(mapPackage('apk', 'p11-kit-trust').attrs).toEqual(['p11-kit']);
    expect(mapPackage('apt', 'libsharpyuv0').attrs).toEqual(['libwebp']);
    expect(mapPackage('apk', 'userspace-rcu').attrs).toEqual(['liburcu']);
    // Looked up and not in nixpkgs: stays unmapped rather than invented.
    expect(mapPackage('apt', 'devscripts').how).toBe('none');
  });

  test('pip installs become python3.withPackages with normalised names', () => {
    expect(normalisePythonName('Flask_SQLAlchemy[async]>=3')).toBe('flask-sqlalchemy');
    const suggestion = nixForPackages('pip', ['Flask', 'PyYAML', 'python-dateutil']);
    expect(suggestion.snippet).toBe('contents = [ (pkgs.python3.withPackages (ps: [ ps.flask ps.python-dateutil ps.pyyaml ])) ];');
    expect(suggestion.summary).toContain('pinned in `flake.lock`');
  });

  test('npm globals, go and cargo tools', () => {
    expect(nixForPackages('npm', ['typescript', 'pm2@5']).attrs).toEqual(['pm2', 'typescript']);
    const go = nixForPackages('go', ['github.com/example/tool/cmd/tool@v1.2.3']);
    expect(go.unmapped).toEqual(['github.com/example/tool/cmd/tool@v1.2.3']);
    expect(go.snippet).toContain('pkgs.buildGoModule');
    expect(nixForPackages('cargo', ['ripgrep']).attrs).toEqual(['ripgrep']);
  });

  test('names a shell variable expanded to several words are split', () => {
    expect(nixForPackages('apk', ['autoconf \t\tg++ make']).attrs).toEqual(['autoconf', 'gcc', 'gnumake']);
  });
});

describe('downloads, git, ADD and -march=native', () => {
  test('installers with a nixpkgs package', () => {
    expect(nixForDownload('https://sh.rustup.rs', 'curl https://sh.rustup.rs | sh').attrs).toEqual(['rustc', 'cargo']);
    expect(nixForDownload('https://deb.nodesource.com/setup_22.x', 'curl -fsSL https://deb.nodesource.com/setup_22.x | bash -').attrs).toEqual(['nodejs_22']);
    expect(nixForDownload('https://get.docker.com', 'curl https://get.docker.com | sh').attrs).toEqual(['docker']);
  });

  test('an installer without an indexed package gets fetchurl guidance and is listed as unmapped', () => {
    const suggestion = nixForDownload('https://astral.sh/uv/install.sh', 'curl -LsSf https://astral.sh/uv/install.sh | sh');
    expect(suggestion.unmapped).toEqual(['the uv installer']);
    expect(suggestion.snippet).toContain('url = "https://astral.sh/uv/install.sh";');
  });

  test('git clone and ADD', () => {
    expect(nixForGitClone('https://github.com/owner/repo.git').snippet).toContain('pkgs.fetchFromGitHub {\n  owner = "owner";\n  repo = "repo";');
    expect(nixForGitClone('https://gitlab.com/a/b.git').snippet).toContain('pkgs.fetchgit {');
    expect(nixForAddUrl('https://example.com/a.tar.gz').snippet).toContain('pkgs.fetchurl {');
  });

  test('-march=native: the package set\'s gcc.arch; -mtune=native does not change the instruction set', () => {
    const suggestion = nixForNativeCpu('-march=native');
    expect(suggestion.summary).toContain('`gcc.arch`');
    expect(suggestion.snippet).toContain('gcc.arch = "x86-64-v2";');
    const tune = nixForNativeCpu('-mtune=native');
    expect(tune.summary).toContain('it still runs on any CPU of the architecture');
    expect(tune.summary).not.toMatch(/Illegal instruction|AVX/);
  });

  test("rustc's native CPU names a Rust target, not a gcc flag", () => {
    const suggestion = nixForNativeCpu('target-cpu=native');
    expect(suggestion.summary).toContain('-C target-cpu=x86-64-v2');
    expect(suggestion.summary).not.toMatch(/gcc|-march/);
    expect(suggestion.snippet).toContain('env.RUSTFLAGS = "-C target-cpu=x86-64-v2";');
    expect(suggestion.snippet).toContain('pkgs.rustPlatform.buildRustPackage');
  });

  test('every attr these suggestions name is indexed', () => {
    const all = [
      image('golang:1.26'), image('eclipse-temurin:21-jre'), image('php:8.3-apache'), nixForPackages('apk', ['php83-pdo_mysql', 'py3-numpy']),
      nixForDownload('https://go.dev/dl/go1.25.1.linux-amd64.tar.gz'), nixForAddUrl('https://github.com/a/b.git'),
    ];
    for (const suggestion of all) for (const attr of suggestion.attrs ?? []) expect(isIndexedAttr(attr), attr).toBe(true);
  });
});
