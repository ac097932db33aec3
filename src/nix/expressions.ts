/**
 * Nix expressions the bridge writes: a pinned flake around an image, the `contents` of mapped
 * packages, fetchers with a hash, builders of language projects. Per-finding advice (suggest.ts)
 * and nixify put them in their text.
 */
import { ECOSYSTEM, type PackageEcosystem, type PackageManager } from '../shell/index.js';
import { buildRole, type PackageMapping } from './mapping.js';
import { NIXPKGS_PIN_COMMENT, NIXPKGS_URL } from './pin.js';
import { apply, attrPath, attrs, bind, commentLines, list, printNix, quoteString, raw, str, type NixBinding, type NixExpr } from './syntax.js';

export const pkgsAttr = (path: string): NixExpr => raw(attrPath('pkgs', path));
const sortedUnique = (values: string[]): string[] => [...new Set(values)].sort();

/** The flake's nixpkgs input, pinned to the revision the attribute index describes, with why. */
export function nixpkgsInput(indent: string): string[] {
  return [commentLines(NIXPKGS_PIN_COMMENT, indent), `${indent}inputs.nixpkgs.url = ${quoteString(NIXPKGS_URL)};`];
}

/** A whole flake building an image from `contents`, nixpkgs pinned: what an image finding points to. */
export function imageFlake(contents: NixExpr[], extraComment?: string[]): string {
  const image = apply('pkgs.dockerTools.buildLayeredImage', attrs([bind('name', str('app')), bind('contents', list(contents), extraComment)]));
  return [
    '{',
    ...nixpkgsInput('  '),
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

/** The name, version and pinned source of a tool built from GitHub, as a builder's first lines. */
const TOOL_FROM_GITHUB = [
  '  pname = "tool";',
  '  version = "1.2.3";',
  '  src = pkgs.fetchFromGitHub {',
  '    owner = "owner";',
  '    repo = "tool";',
  '    rev = "v1.2.3";',
  '    hash = pkgs.lib.fakeHash;',
  '  };',
];

/** A project builder's snippet and the nixpkgs attributes it names. */
export interface BuilderSnippet {
  attrs: string[];
  text: string;
}

/** The Yarn 1 way: `fetchYarnDeps` pins yarn.lock, the yarn hooks install, build and install the project. */
const YARN_BUILDER: BuilderSnippet = {
  attrs: ['stdenv', 'fetchYarnDeps', 'yarnConfigHook', 'yarnBuildHook', 'yarnInstallHook', 'nodejs', 'lib'],
  text: [
    'pkgs.stdenv.mkDerivation {',
    '  pname = "app";',
    '  version = "1.0.0";',
    '  src = ./.;',
    '  # pins every dependency of yarn.lock (Yarn 1; Yarn Berry: yarn-berry_4.fetchYarnBerryDeps);',
    '  # the first build prints the real hash',
    '  yarnOfflineCache = pkgs.fetchYarnDeps {',
    '    yarnLock = ./yarn.lock;',
    '    hash = pkgs.lib.fakeHash;',
    '  };',
    '  nativeBuildInputs = [ pkgs.yarnConfigHook pkgs.yarnBuildHook pkgs.yarnInstallHook pkgs.nodejs ];',
    '}',
  ].join('\n'),
};

/** The pnpm way: `fetchPnpmDeps` pins pnpm-lock.yaml, `pnpmConfigHook` installs it offline. */
const PNPM_BUILDER: BuilderSnippet = {
  attrs: ['stdenv', 'fetchPnpmDeps', 'pnpmConfigHook', 'pnpm', 'nodejs', 'lib'],
  text: [
    'pkgs.stdenv.mkDerivation (finalAttrs: {',
    '  pname = "app";',
    '  version = "1.0.0";',
    '  src = ./.;',
    '  # pins every dependency of pnpm-lock.yaml; the first build prints the real hash',
    '  pnpmDeps = pkgs.fetchPnpmDeps {',
    '    inherit (finalAttrs) pname version src;',
    '    fetcherVersion = 3;',
    '    hash = pkgs.lib.fakeHash;',
    '  };',
    '  nativeBuildInputs = [ pkgs.nodejs pkgs.pnpmConfigHook pkgs.pnpm ];',
    '  # then build in buildPhase (pnpm run build) and copy the result to $out in installPhase',
    '})',
  ].join('\n'),
};

/** The builder of a language's projects, with every dependency pinned by a hash, where one applies. */
const BUILDER_SNIPPET: Partial<Record<PackageEcosystem, BuilderSnippet>> = {
  go: {
    attrs: ['buildGoModule', 'fetchFromGitHub', 'lib'],
    text: [
      'pkgs.buildGoModule {',
      ...TOOL_FROM_GITHUB,
      '  # the first build prints the real hash of the vendored modules',
      '  vendorHash = pkgs.lib.fakeHash;',
      '}',
    ].join('\n'),
  },
  rust: {
    attrs: ['rustPlatform', 'fetchFromGitHub', 'lib'],
    text: [
      'pkgs.rustPlatform.buildRustPackage {',
      ...TOOL_FROM_GITHUB,
      '  cargoHash = pkgs.lib.fakeHash;',
      '}',
    ].join('\n'),
  },
  javascript: {
    attrs: ['buildNpmPackage', 'lib'],
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

/** The builder for a package manager's projects: yarn and pnpm have their own fetchers and hooks, not package-lock.json. */
export function builderSnippet(manager: PackageManager): BuilderSnippet | undefined {
  if (manager === 'yarn') return YARN_BUILDER;
  if (manager === 'pnpm') return PNPM_BUILDER;
  return BUILDER_SNIPPET[ECOSYSTEM[manager]];
}

/** Mapped packages grouped as an image or shell takes them: plain attributes, and Python modules in one interpreter. */
export interface PackageSet {
  attrs: string[];
  python?: { interpreter: string; modules: string[] };
}

/**
 * Python modules join one interpreter's `withPackages`: the versioned interpreter the packages
 * name (python312 from a `python:3.12` base), else python3; the bare interpreter is then dropped,
 * the environment provides it.
 */
export function packageSet(mappings: PackageMapping[]): PackageSet {
  const attrPaths = sortedUnique(mappings.flatMap((mapping) => mapping.attrs));
  const modules = attrPaths.filter((attr) => attr.startsWith('python3Packages.')).map((attr) => attr.slice('python3Packages.'.length));
  if (modules.length === 0) return { attrs: attrPaths };
  const interpreter = attrPaths.find((attr) => /^python3\d+$/.test(attr)) ?? 'python3';
  return { attrs: attrPaths.filter((attr) => !attr.startsWith('python3Packages.') && attr !== interpreter && attr !== 'python3'), python: { interpreter, modules } };
}

/** `(pkgs.python312.withPackages (ps: [ ps.flask ]))`: module names are index names, printed as attribute paths. */
export function pythonEnvExpr(python: NonNullable<PackageSet['python']>): NixExpr {
  return raw(`(${attrPath('pkgs', python.interpreter)}.withPackages (ps: [ ${python.modules.map((name) => attrPath('ps', name)).join(' ')} ]))`);
}

/** The Nix expressions that put mapped packages into an image or shell. */
export function packageExprs(mappings: PackageMapping[]): NixExpr[] {
  const set = packageSet(mappings);
  return [...set.attrs.map(pkgsAttr), ...(set.python ? [pythonEnvExpr(set.python)] : [])];
}

/**
 * Build-only packages as a derivation's inputs: tools in `nativeBuildInputs`, libraries in
 * `buildInputs` by their package (nixpkgs' setup hooks find the `.dev` output themselves).
 */
export function buildInputBindings(mappings: PackageMapping[]): NixBinding[] {
  const inputs = (role: 'tool' | 'library') =>
    sortedUnique(mappings.filter((mapping) => buildRole(mapping) === role).flatMap((mapping) => mapping.attrs.map((attr) => attr.replace(/\.dev$/, '')))).map(pkgsAttr);
  const tools = inputs('tool');
  const libraries = inputs('library');
  const where = 'in the derivation that builds the program (pkgs.stdenv.mkDerivation), not in the image';
  return [
    ...(tools.length > 0 ? [bind('nativeBuildInputs', list(tools), [where])] : []),
    ...(libraries.length > 0 ? [bind('buildInputs', list(libraries), tools.length > 0 ? undefined : [where])] : []),
  ];
}

/** `pkgs.fetchurl` of a URL, with the hash to fill in. */
export function fetchurlSnippet(url: string | undefined): string {
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

/** `pkgs.dockerTools.pullImage` of an image: fixed by digest and hash, to use as `fromImage`. */
export function pullImageSnippet(imageName: string): string {
  return printNix(
    apply(
      'pkgs.dockerTools.pullImage',
      attrs([
        bind('imageName', str(imageName)),
        bind('imageDigest', str('sha256:...'), ['the digest the tag points at today: `docker buildx imagetools inspect`']),
        bind('hash', raw('pkgs.lib.fakeHash'), ['the build fails and prints the real hash; paste it here']),
      ]),
    ),
  );
}

/** A git source at a commit, with its hash: `fetchFromGitHub` for GitHub, else `fetchgit`. */
export function gitSourceSnippet(url: string | undefined, github: { owner: string; repo: string } | undefined): string {
  const rev = bind('rev', str('<full commit id>'), ['a commit id, not a branch: a branch moves']);
  const hash = bind('hash', raw('pkgs.lib.fakeHash'));
  return printNix(
    github
      ? apply('pkgs.fetchFromGitHub', attrs([bind('owner', str(github.owner)), bind('repo', str(github.repo)), rev, hash]))
      : apply('pkgs.fetchgit', attrs([bind('url', str(url ?? 'https://example.org/repo.git')), rev, hash])),
  );
}

/** A package set built for a declared CPU target instead of the builder's. */
export const FIXED_CPU_TARGET_SNIPPET = [
  '# every package of this set is built for x86-64-v2 (v3 only if every machine that runs it has AVX2),',
  '# whatever CPU the builder has',
  'pkgs = import nixpkgs {',
  '  localSystem = {',
  '    system = "x86_64-linux";',
  '    gcc.arch = "x86-64-v2";',
  '  };',
  '};',
].join('\n');
