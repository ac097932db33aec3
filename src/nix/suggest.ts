/**
 * Per-finding Nix suggestions: what the Nix way of solving a finding looks like, in terms of the
 * nixpkgs attributes the user would write. Every attribute named is in the shipped index; what has
 * no mapping is listed in `unmapped` instead of being guessed.
 */
import type { NixSuggestion } from '../findings/index.js';
import type { ImageName } from '../model/index.js';
import type { PackageManager } from '../shell/index.js';
import { isIndexedAttr } from './data/index.js';
import { mapImage, mapPackage, splitPackageNames, type ImageMapping, type PackageMapping } from './mapping.js';
import { NIXPKGS_PIN_COMMENT, NIXPKGS_URL } from './pin.js';
import { apply, attrPath, attrs, bind, commentLines, list, printBinding, printNix, quoteString, raw, str, type NixExpr } from './syntax.js';

const pkgsAttr = (path: string): NixExpr => raw(attrPath('pkgs', path));
const code = (text: string): string => `\`${text}\``;
const sortedUnique = (values: string[]): string[] => [...new Set(values)].sort();

/** A whole flake building an image from `contents`, nixpkgs pinned: what an image finding points to. */
function imageFlake(contents: NixExpr[], extraComment?: string[]): string {
  const image = apply('pkgs.dockerTools.buildLayeredImage', attrs([bind('name', str('app')), bind('contents', list(contents), extraComment)]));
  return [
    '{',
    commentLines(NIXPKGS_PIN_COMMENT, '  '),
    `  inputs.nixpkgs.url = ${quoteString(NIXPKGS_URL)};`,
    '',
    '  outputs = { self, nixpkgs }:',
    '    let',
    '      pkgs = nixpkgs.legacyPackages.x86_64-linux;',
    '    in',
    '    {',
    `      packages.x86_64-linux.default = ${printNix(image, '      ')};`,
    '    };',
    '}',
  ].join('\n');
}

/** Attribute paths named in a data-set note (`suggest nodejs_20 or newer`) that the index has. */
function alternativesIn(note: string | undefined): string[] {
  return [...new Set((note ?? '').match(/\b[A-Za-z_][A-Za-z0-9_-]*\d[A-Za-z0-9_]*\b/g) ?? [])].filter(isIndexedAttr);
}

function describeImage(mapping: ImageMapping): NixSuggestion {
  const image = code(mapping.raw);
  const note = mapping.note ? ` (${mapping.note})` : '';
  switch (mapping.kind) {
    case 'runtime': {
      const names = mapping.attrs.map((attr) => code(`pkgs.${attr}`)).join(' and ');
      return {
        summary:
          `${image} corresponds to ${names}${note}. Build the image with ${code('pkgs.dockerTools.buildLayeredImage')} from a nixpkgs ` +
          `pinned in ${code('flake.lock')}: the runtime is then rebuildable from source, not bytes trusted by digest.`,
        snippet: imageFlake(mapping.attrs.map(pkgsAttr)),
        attrs: ['dockerTools', ...mapping.attrs],
      };
    }
    case 'removed': {
      const alternatives = alternativesIn(mapping.note);
      const nearest = alternatives[0];
      return {
        summary:
          `${image} has no equivalent in the pinned nixpkgs${note}.` +
          (nearest ? ` The nearest supported runtime is ${code(`pkgs.${nearest}`)}.` : ''),
        snippet: nearest ? imageFlake([pkgsAttr(nearest)], [`${mapping.raw} is gone from nixpkgs; nearest supported version`]) : undefined,
        attrs: nearest ? ['dockerTools', nearest] : undefined,
        unmapped: [mapping.raw],
      };
    }
    case 'base-os':
      return {
        summary:
          `A ${code('dockerTools')} image needs no base OS like ${image}: it holds exactly the store paths of its contents. ` +
          `Add ${code('pkgs.bashInteractive')} or ${code('pkgs.busybox')} only if the image needs a shell.`,
        snippet: imageFlake([pkgsAttr('cacert')], ['the packages the image runs; cacert gives TLS roots']),
        attrs: ['dockerTools', 'cacert'],
      };
    case 'scratch':
      return {
        summary: `${image} is a ${code('dockerTools')} image without ${code('fromImage')}: only its contents' store paths are in it.`,
        snippet: imageFlake([], ['the packages the image runs']),
        attrs: ['dockerTools'],
      };
    case 'windows':
      return { summary: `${image} is a Windows image: Nix cannot build Windows images (nixpkgs and dockerTools build Linux only).`, unmapped: [mapping.raw] };
    case 'unresolved':
      return {
        summary: `${image} depends on a build argument without a default, so its nixpkgs equivalent cannot be told; give the ARG a default to get a suggestion.`,
        unmapped: [mapping.raw],
      };
    case 'unknown':
      return {
        summary:
          `No nixpkgs equivalent of ${image} is known. Build what it provides from nixpkgs packages with ${code('dockerTools')}, or ` +
          `at least fetch it as a fixed-output ${code('pkgs.dockerTools.pullImage')} (digest and hash) used as ${code('fromImage')}.`,
        snippet: printNix(
          apply(
            'pkgs.dockerTools.pullImage',
            attrs([
              bind('imageName', str(mapping.familiar ?? mapping.raw)),
              bind('imageDigest', str('sha256:...'), ['the digest the tag points at today: `docker buildx imagetools inspect`']),
              bind('hash', raw('pkgs.lib.fakeHash'), ['the build fails and prints the real hash; paste it here']),
            ]),
          ),
        ),
        attrs: ['dockerTools', 'lib'],
        unmapped: [mapping.raw],
      };
  }
}

/**
 * Suggestions are pure functions of their arguments and the same base images and package lists
 * recur across a repository's Dockerfiles, so each is worked out once per process. Findings share
 * the returned object; nothing mutates it.
 */
function memoized<A extends unknown[]>(key: (...args: A) => string, compute: (...args: A) => NixSuggestion): (...args: A) => NixSuggestion {
  const cache = new Map<string, NixSuggestion>();
  return (...args: A) => {
    const k = key(...args);
    let suggestion = cache.get(k);
    if (!suggestion) {
      suggestion = compute(...args);
      cache.set(k, suggestion);
    }
    return suggestion;
  };
}

/** `FROM node:20-alpine` → `pkgs.nodejs_20` in a `dockerTools.buildLayeredImage` with nixpkgs pinned. */
export const nixForImage = memoized(
  (name: ImageName | undefined, raw: string) => `${raw}\0${name ? `${name.registry}/${name.repository}:${name.tag ?? ''}@${name.digest ?? ''}` : ''}`,
  (name: ImageName | undefined, raw: string) => describeImage(mapImage(name, raw)),
);

type ManagerFamily = 'distro' | 'python' | 'node' | 'go' | 'rust' | 'ruby';

const FAMILY: Record<PackageManager, ManagerFamily> = {
  apt: 'distro',
  apk: 'distro',
  dnf: 'distro',
  yum: 'distro',
  microdnf: 'distro',
  zypper: 'distro',
  pip: 'python',
  uv: 'python',
  npm: 'node',
  yarn: 'node',
  pnpm: 'node',
  bun: 'node',
  go: 'go',
  cargo: 'rust',
  gem: 'ruby',
};

/** What to do with packages nixpkgs does not have (or the index does not list), per ecosystem. */
const UNMAPPED_ADVICE: Record<ManagerFamily, string> = {
  distro: 'package them with stdenv.mkDerivation, or search nixpkgs (`nix search nixpkgs NAME`): the index shipped with repro-audit is incomplete',
  python: 'package them with python3Packages.buildPythonPackage (fetchPypi with a hash), or lock the project with uv2nix/poetry2nix',
  node: 'keep them as project dependencies in package-lock.json and build the project with pkgs.buildNpmPackage (npmDepsHash pins them)',
  go: 'build them with pkgs.buildGoModule: src pinned by rev and hash, vendorHash pins the module graph',
  rust: 'build them with pkgs.rustPlatform.buildRustPackage: src pinned by rev and hash, cargoHash pins the crates',
  ruby: 'list them in a Gemfile and use pkgs.bundlerEnv with a gemset.nix (bundix) so every gem is pinned by hash',
};

const BUILDER_SNIPPET: Partial<Record<ManagerFamily, { attr: string; text: string }>> = {
  go: {
    attr: 'buildGoModule',
    text: [
      'pkgs.buildGoModule {',
      '  pname = "tool";',
      '  version = "1.2.3";',
      '  src = pkgs.fetchFromGitHub {',
      '    owner = "owner";',
      '    repo = "tool";',
      '    rev = "v1.2.3";',
      '    hash = pkgs.lib.fakeHash;',
      '  };',
      '  # the first build prints the real hash of the vendored modules',
      '  vendorHash = pkgs.lib.fakeHash;',
      '}',
    ].join('\n'),
  },
  rust: {
    attr: 'rustPlatform',
    text: [
      'pkgs.rustPlatform.buildRustPackage {',
      '  pname = "tool";',
      '  version = "1.2.3";',
      '  src = pkgs.fetchFromGitHub {',
      '    owner = "owner";',
      '    repo = "tool";',
      '    rev = "v1.2.3";',
      '    hash = pkgs.lib.fakeHash;',
      '  };',
      '  cargoHash = pkgs.lib.fakeHash;',
      '}',
    ].join('\n'),
  },
  node: {
    attr: 'buildNpmPackage',
    text: [
      'pkgs.buildNpmPackage {',
      '  pname = "app";',
      '  version = "1.0.0";',
      '  src = ./.;',
      '  # pins every dependency of package-lock.json; the first build prints the real hash',
      '  npmDepsHash = pkgs.lib.fakeHash;',
      '}',
    ].join('\n'),
  },
};

/**
 * The Nix expressions that put mapped packages into an image or shell. Python modules join one
 * interpreter's `withPackages`: the versioned interpreter the packages name (python312 from a
 * `python:3.12` base), else python3; the bare interpreter is then dropped, the env provides it.
 */
export function packageExprs(mappings: PackageMapping[]): NixExpr[] {
  const attrPaths = sortedUnique(mappings.flatMap((mapping) => mapping.attrs));
  const python = attrPaths.filter((attr) => attr.startsWith('python3Packages.')).map((attr) => attr.slice('python3Packages.'.length));
  if (python.length === 0) return attrPaths.map(pkgsAttr);
  const interpreter = attrPaths.find((attr) => /^python3\d+$/.test(attr)) ?? 'python3';
  const others = attrPaths.filter((attr) => !attr.startsWith('python3Packages.') && attr !== interpreter && attr !== 'python3').map(pkgsAttr);
  const withPackages = raw(`(${attrPath('pkgs', interpreter)}.withPackages (ps: [ ${python.map((name) => attrPath('ps', name)).join(' ')} ]))`);
  return [...others, withPackages];
}

/** Packages an install command names → the nixpkgs attributes that replace them. */
export const nixForPackages = memoized((manager: PackageManager, names: string[]) => `${manager}\0${names.join('\0')}`, packageSuggestion);

function packageSuggestion(manager: PackageManager, names: string[]): NixSuggestion {
  const family = FAMILY[manager];
  const mappings = splitPackageNames(names).map((name) => mapPackage(manager, name));
  const mapped = mappings.filter((mapping) => mapping.attrs.length > 0);
  const unmapped = mappings.filter((mapping) => mapping.how === 'none').map((mapping) => mapping.name);
  const notNeeded = mappings.filter((mapping) => mapping.how === 'not-needed').map((mapping) => mapping.name);
  const exprs = packageExprs(mapped);
  const pinned = `their versions are fixed by the nixpkgs revision pinned in ${code('flake.lock')}, so nothing can vanish from a mirror or drift between builds`;

  const parts: string[] = [];
  if (mapped.length > 0) {
    const listed = mapped.map((mapping) => `${code(mapping.name)} → ${mapping.attrs.map((attr) => code(`pkgs.${attr}`)).join(' ')}`).join(', ');
    parts.push(`In Nix: ${listed}; ${pinned}.`);
    if (family === 'python') parts.push(`A different version than the revision's needs an override, not a ${manager} pin.`);
  } else if (names.length === 0) {
    parts.push(`Nix pins ${manager} dependencies by hash: ${UNMAPPED_ADVICE[family]}.`);
  }
  if (unmapped.length > 0) parts.push(`No indexed nixpkgs attribute for ${unmapped.map(code).join(', ')}: ${UNMAPPED_ADVICE[family]}.`);
  if (notNeeded.length > 0) parts.push(`${notNeeded.map(code).join(', ')}: not needed in a Nix-built image.`);

  const builder = BUILDER_SNIPPET[family];
  const useBuilder = builder !== undefined && exprs.length === 0;
  const snippet = useBuilder
    ? builder.text
    : exprs.length > 0
      ? printBinding(bind('contents', list(exprs), unmapped.length > 0 ? [`not mapped: ${unmapped.join(' ')}`] : undefined))
      : undefined;
  const usedAttrs = sortedUnique([
    ...mapped.flatMap((mapping) => mapping.attrs),
    ...(exprs.some((expr) => expr.kind === 'raw' && expr.text.startsWith('(pkgs.python3.withPackages')) ? ['python3'] : []),
    ...(useBuilder ? [builder.attr, 'lib', ...(builder.text.includes('fetchFromGitHub') ? ['fetchFromGitHub'] : [])] : []),
  ]);
  return {
    summary: parts.join(' '),
    snippet,
    attrs: usedAttrs.length > 0 ? usedAttrs : undefined,
    unmapped: unmapped.length > 0 ? unmapped : undefined,
  };
}

/** Installer scripts and release downloads whose content nixpkgs packages. */
const KNOWN_DOWNLOADS: { pattern: RegExp; attrs: (match: RegExpExecArray) => string[]; what: string }[] = [
  { pattern: /(^|\/\/)(sh\.rustup\.rs|rustup\.rs|static\.rust-lang\.org\/rustup)/, attrs: () => ['rustc', 'cargo'], what: 'the rustup installer' },
  { pattern: /nvm-sh\/nvm|\/nvm\/.*install\.sh/, attrs: () => ['nodejs'], what: 'the nvm installer' },
  { pattern: /(deb|rpm)\.nodesource\.com\/setup_(\d+)/, attrs: (m) => [`nodejs_${m[2]}`, 'nodejs'], what: 'the NodeSource setup script' },
  { pattern: /nodejs\.org\/dist\/v(\d+)\./, attrs: (m) => [`nodejs_${m[1]}`], what: 'a Node.js release' },
  { pattern: /(get|test)\.docker\.com/, attrs: () => ['docker'], what: 'the get.docker.com script' },
  { pattern: /deno\.land\/(x\/)?install|deno\.land\/install\.sh|denoland\/deno_install/, attrs: () => ['deno'], what: 'the Deno installer' },
  { pattern: /bun\.sh\/install/, attrs: () => ['bun'], what: 'the Bun installer' },
  { pattern: /astral\.sh\/uv/, attrs: () => ['uv'], what: 'the uv installer' },
  { pattern: /install\.python-poetry\.org|python-poetry\/install/, attrs: () => ['poetry'], what: 'the Poetry installer' },
  { pattern: /get\.helm\.sh|helm\/helm\/.*get-helm/, attrs: () => ['kubernetes-helm'], what: 'the Helm installer' },
  { pattern: /(go\.dev|golang\.org|dl\.google\.com\/go)\/(dl\/)?go1\.(\d+)/, attrs: (m) => [`go_1_${m[3]}`], what: 'a Go release' },
  { pattern: /python\.org\/ftp\/python\/3\.(\d+)/, attrs: (m) => [`python3${m[1]}`], what: 'a CPython release' },
  { pattern: /dl-cdn\.alpinelinux\.org|deb\.debian\.org|archive\.ubuntu\.com/, attrs: () => [], what: 'a distro package' },
  { pattern: /getcomposer\.org/, attrs: () => ['phpPackages.composer'], what: 'the Composer installer' },
  { pattern: /get\.rvm\.io/, attrs: () => ['ruby'], what: 'the RVM installer' },
  { pattern: /pyenv\.run|pyenv-installer/, attrs: () => ['python3'], what: 'the pyenv installer' },
  { pattern: /awscli\.amazonaws\.com\/awscli-exe/, attrs: () => ['awscli2'], what: 'the AWS CLI v2 installer' },
  { pattern: /releases\.hashicorp\.com\/terraform/, attrs: () => ['terraform'], what: 'a Terraform release' },
  { pattern: /dl\.k8s\.io|storage\.googleapis\.com\/kubernetes-release/, attrs: () => ['kubectl'], what: 'a kubectl release' },
];

/** The first indexed attribute a known download maps to, with what it is; undefined when unknown. */
export function mapDownload(url: string): { attrs: string[]; what: string } | undefined {
  for (const known of KNOWN_DOWNLOADS) {
    const match = known.pattern.exec(url);
    if (!match) continue;
    const indexed = known.attrs(match).filter(isIndexedAttr);
    return { attrs: indexed.slice(0, indexed[0]?.startsWith('nodejs_') ? 1 : indexed.length), what: known.what };
  }
  return undefined;
}

function fetchurlSnippet(url: string | undefined): string {
  return printNix(
    apply(
      'pkgs.fetchurl',
      attrs([
        bind('url', str(url ?? 'https://example.org/tool.tar.gz')),
        bind('hash', raw('pkgs.lib.fakeHash'), ['the first build fails and prints the real hash (or: nix store prefetch-file URL)']),
      ]),
    ),
  );
}

/** A `curl | sh` installer or a download → the nixpkgs package, else `fetchurl` with a hash. */
export function nixForDownload(url: string | undefined, command?: string): NixSuggestion {
  const piped = command !== undefined && /\|\s*(sudo\s+)?(ba|da|z|k)?sh\b/.test(command);
  const known = url ? mapDownload(url) : undefined;
  if (known && known.attrs.length > 0) {
    return {
      summary:
        `${known.what[0].toUpperCase()}${known.what.slice(1)} is replaced by ${known.attrs.map((attr) => code(`pkgs.${attr}`)).join(' and ')} from the pinned nixpkgs: ` +
        `built from source with every input hashed, instead of ${piped ? 'a script run unverified at build time' : 'bytes downloaded unverified'}.`,
      snippet: printBinding(bind('contents', list(known.attrs.map(pkgsAttr)))),
      attrs: known.attrs,
    };
  }
  const unmapped = known ? [known.what] : url ? [url] : undefined;
  const installer = piped || (known !== undefined && /installer|setup script/.test(known.what));
  return {
    summary: installer
      ? `No indexed nixpkgs package replaces ${known ? known.what : 'this installer'}: a script piped into a shell runs whatever the server sends. ` +
        `Fetch what it installs with ${code('pkgs.fetchurl')} and a ${code('hash')}, and install it in a derivation.`
      : `In Nix a download is a fixed-output ${code('pkgs.fetchurl')} with a ${code('hash')}: the build fails if the bytes ever change.`,
    snippet: fetchurlSnippet(url),
    attrs: ['fetchurl', 'lib'],
    unmapped,
  };
}

/** `-march=native` and its kin → why Nix builds for a fixed platform, and how to choose one deliberately. */
export function nixForNativeCpu(flag: string): NixSuggestion {
  const rust = /target-cpu/.test(flag);
  return {
    summary:
      `${code(flag)} makes the output depend on the CPU of whichever machine builds it. nixpkgs builds for a fixed platform: its ` +
      `compiler wrapper drops ${code('-march=native')} (NIX_ENFORCE_NO_NATIVE), and a deliberate target is set once for the whole ` +
      `package set with ${code('hostPlatform.gcc.arch')}${rust ? `, or per package with ${code('RUSTFLAGS = "-C target-cpu=x86-64-v3"')}` : ''}.`,
    snippet: [
      '# every package of this set is built for x86-64-v3, whatever CPU the builder has',
      'pkgs = import nixpkgs {',
      '  localSystem = {',
      '    system = "x86_64-linux";',
      '    gcc.arch = "x86-64-v3";',
      '  };',
      '};',
    ].join('\n'),
  };
}

/** `https://github.com/owner/repo(.git)` → owner and repo. */
export function githubRepository(url: string): { owner: string; repo: string } | undefined {
  const match = /^(?:https?:\/\/|git@|ssh:\/\/git@|git:\/\/)github\.com[/:]([^/\s]+)\/([^/\s#?]+?)(?:\.git)?\/?(?:[#?].*)?$/.exec(url);
  return match ? { owner: match[1], repo: match[2] } : undefined;
}

/** `git clone` → `fetchFromGitHub`/`fetchgit` with a commit `rev` and a `hash`. */
export function nixForGitClone(url?: string): NixSuggestion {
  const github = url ? githubRepository(url) : undefined;
  const source = github
    ? apply(
        'pkgs.fetchFromGitHub',
        attrs([
          bind('owner', str(github.owner)),
          bind('repo', str(github.repo)),
          bind('rev', str('<full commit id>'), ['a commit id, not a branch: a branch moves']),
          bind('hash', raw('pkgs.lib.fakeHash')),
        ]),
      )
    : apply(
        'pkgs.fetchgit',
        attrs([
          bind('url', str(url ?? 'https://example.org/repo.git')),
          bind('rev', str('<full commit id>'), ['a commit id, not a branch: a branch moves']),
          bind('hash', raw('pkgs.lib.fakeHash')),
        ]),
      );
  return {
    summary:
      `A clone gets whatever the branch points at when the build runs. In Nix the source is ${code(github ? 'pkgs.fetchFromGitHub' : 'pkgs.fetchgit')} ` +
      `with a commit ${code('rev')} and the ${code('hash')} of its contents, so the same bytes come back or the build fails.`,
    snippet: printNix(source),
    attrs: [github ? 'fetchFromGitHub' : 'fetchgit', 'lib'],
  };
}

/** `ADD <url>` → `fetchurl` (or a git fetcher for a git URL) with a `hash`. */
export function nixForAddUrl(url: string): NixSuggestion {
  if (/\.git(#.*)?$|^git@/.test(url)) return nixForGitClone(url.replace(/#.*$/, ''));
  const known = mapDownload(url);
  if (known && known.attrs.length > 0) return nixForDownload(url);
  return {
    summary:
      `${code(`ADD ${url}`)} downloads whatever the server returns at build time. In Nix it is a fixed-output ` +
      `${code('pkgs.fetchurl')} with a ${code('hash')}: the build fails if the bytes ever change.`,
    snippet: fetchurlSnippet(url),
    attrs: ['fetchurl', 'lib'],
  };
}
