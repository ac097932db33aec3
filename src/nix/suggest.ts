/**
 * Per-finding Nix suggestions: what the Nix way of solving a finding looks like, in terms of the
 * nixpkgs attributes the user would write. Every attribute named is in the shipped index; what has
 * no mapping is listed in `unmapped` instead of being guessed.
 */
import { code, type NixSuggestion } from '../findings/index.js';
import type { ImageName } from '../model/index.js';
import { ECOSYSTEM, type PackageEcosystem, type PackageManager, type PackageSpec } from '../shell/index.js';
import { githubRepository, mapDownload } from './downloads.js';
import { buildInputBindings, builderSnippet, FIXED_CPU_TARGET_SNIPPET, fetchurlSnippet, gitSourceSnippet, imageFlake, packageExprs, pkgsAttr, pullImageSnippet } from './expressions.js';
import { isBinaryDistribution, mapImage, type ImageMapping } from './images.js';
import { isBuildOnly, mapPackage, splitPackageNames } from './mapping.js';
import { bind, list, printBinding } from './syntax.js';

/** Names, URLs and attributes in full: a Nix answer is copied from, not skimmed. */
const inFull = (text: string): string => code(text, Infinity);
const sortedUnique = (values: string[]): string[] => [...new Set(values)].sort();

/** How the runtime's attributes are built: from source, or upstream binaries fixed by hash (`temurin-bin-17`). */
function provenance(attrs: string[]): string {
  const binary = attrs.filter(isBinaryDistribution);
  if (binary.length === 0) return 'every input of the runtime is fixed by hash and it is rebuilt from source';
  return `${binary.map((attr) => inFull(`pkgs.${attr}`)).join(' and ')} ${binary.length === 1 ? 'repackages' : 'repackage'} the upstream binaries, fixed by their hash`;
}

function describeImage(mapping: ImageMapping): NixSuggestion {
  const image = inFull(mapping.raw);
  const note = mapping.note ? ` (${mapping.note})` : '';
  switch (mapping.kind) {
    case 'runtime': {
      const names = mapping.attrs.map((attr) => inFull(`pkgs.${attr}`)).join(' and ');
      return {
        summary:
          `${image} corresponds to ${names}${note}.${mapping.change ? ` ${mapping.change}.` : ''} ` +
          `Build the image with ${inFull('pkgs.dockerTools.buildLayeredImage')} from a nixpkgs pinned in ${inFull('flake.lock')}: ` +
          `${provenance(mapping.attrs)}, not bytes trusted by a registry's digest.`,
        snippet: imageFlake(mapping.attrs.map(pkgsAttr)),
        attrs: ['dockerTools', ...mapping.attrs],
      };
    }
    case 'removed': {
      const nearest = mapping.nearest ?? [];
      return {
        summary:
          `${image} has no equivalent in the pinned nixpkgs${note}: that version is unavailable.` +
          (nearest.length > 0 ? ` The nearest supported runtime is ${nearest.map((attr) => inFull(`pkgs.${attr}`)).join(' and ')}.` : ''),
        snippet: nearest.length > 0 ? imageFlake(nearest.map(pkgsAttr), [`${mapping.raw} is gone from nixpkgs; nearest supported version`]) : undefined,
        attrs: nearest.length > 0 ? ['dockerTools', ...nearest] : undefined,
        unmapped: [mapping.raw],
      };
    }
    case 'base-os':
      return {
        summary:
          `A ${inFull('dockerTools')} image needs no base OS like ${image}: it holds exactly the store paths of its contents. ` +
          `Add ${inFull('pkgs.bashInteractive')} or ${inFull('pkgs.busybox')} only if the image needs a shell.`,
        snippet: imageFlake([pkgsAttr('cacert')], ['the packages the image runs; cacert gives TLS roots']),
        attrs: ['dockerTools', 'cacert'],
      };
    case 'scratch':
      return {
        summary: `${image} is a ${inFull('dockerTools')} image without ${inFull('fromImage')}: only its contents' store paths are in it.`,
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
          `No nixpkgs equivalent of ${image} is known. Build what it provides from nixpkgs packages with ${inFull('dockerTools')}, or ` +
          `at least fetch it as a fixed-output ${inFull('pkgs.dockerTools.pullImage')} (digest and hash) used as ${inFull('fromImage')}.`,
        snippet: pullImageSnippet(mapping.familiar ?? mapping.raw),
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

/** What to do with packages nixpkgs does not have (or the index does not list), per ecosystem. */
const UNMAPPED_ADVICE: Record<PackageEcosystem, string> = {
  os: 'package them with stdenv.mkDerivation, or search nixpkgs (`nix search nixpkgs NAME`): the index shipped with repro-audit is incomplete',
  python: 'package them with python3Packages.buildPythonPackage (fetchPypi with a hash), or lock the project with uv2nix/poetry2nix',
  javascript: 'keep them as project dependencies in package-lock.json and build the project with pkgs.buildNpmPackage (npmDepsHash pins them)',
  go: 'build them with pkgs.buildGoModule: src pinned by rev and hash, vendorHash pins the module graph',
  rust: 'build them with pkgs.rustPlatform.buildRustPackage: src pinned by rev and hash, cargoHash pins the crates',
  ruby: 'list them in a Gemfile and use pkgs.bundlerEnv with a gemset.nix (bundix) so every gem is pinned by hash',
  conda: 'nixpkgs has no conda channel, so take the same software from nixpkgs (python3.withPackages for Python packages) or, staying with conda, install from an explicit lock (conda-lock, or conda list --explicit --md5), which Nix does not replace',
  windows: 'nixpkgs builds for Linux and macOS, not Windows, so it has no equivalent of Chocolatey\'s Windows programs; pin each with `--version` (and keep a checksum in an internal feed), or build the image on Linux where nixpkgs has the same tool',
  dotnet: 'build the project with pkgs.buildDotnetModule, whose nugetDeps file pins every NuGet package by hash (a .NET tool with pkgs.buildDotnetGlobalTool)',
};

/** Yarn and pnpm projects have their own lockfiles, fetchers and hooks in nixpkgs. */
const JS_PROJECT_ADVICE: Partial<Record<PackageManager, string>> = {
  yarn: 'keep them as project dependencies in yarn.lock and build the project with pkgs.fetchYarnDeps (its hash pins yarn.lock) and pkgs.yarnConfigHook',
  pnpm: 'keep them as project dependencies in pnpm-lock.yaml and build the project with pkgs.fetchPnpmDeps (its hash pins the lockfile) and pkgs.pnpmConfigHook',
};

function unmappedAdvice(manager: PackageManager): string {
  return JS_PROJECT_ADVICE[manager] ?? UNMAPPED_ADVICE[ECOSYSTEM[manager]];
}

/** Packages an install command names → the nixpkgs attributes that replace them. */
export const nixForPackages = memoized((manager: PackageManager, names: string[]) => `${manager}\0${names.join('\0')}`, packageSuggestion);

function packageSuggestion(manager: PackageManager, names: string[]): NixSuggestion {
  const family = ECOSYSTEM[manager];
  const mappings = splitPackageNames(names).map((name) => mapPackage(manager, name));
  const mapped = mappings.filter((mapping) => mapping.attrs.length > 0);
  const unmapped = mappings.filter((mapping) => mapping.how === 'none').map((mapping) => mapping.name);
  const notNeeded = mappings.filter((mapping) => mapping.how === 'not-needed').map((mapping) => mapping.name);
  const buildOnly = mapped.filter(isBuildOnly);
  const exprs = packageExprs(mapped.filter((mapping) => !isBuildOnly(mapping)));
  const pinned = `their versions are fixed by the nixpkgs revision pinned in ${inFull('flake.lock')}, so nothing can vanish from a mirror or drift between builds`;

  const parts: string[] = [];
  if (mapped.length > 0) {
    const listed = mapped.map((mapping) => `${inFull(mapping.name)} → ${mapping.attrs.map((attr) => inFull(`pkgs.${attr}`)).join(' ')}`).join(', ');
    parts.push(`In Nix: ${listed}; ${pinned}.`);
    if (family === 'python') parts.push(`A different version than the revision's needs an override, not a ${manager} pin.`);
  } else if (names.length === 0) {
    parts.push(`Nix pins ${manager} dependencies by hash: ${unmappedAdvice(manager)}.`);
  }
  if (unmapped.length > 0) parts.push(`No indexed nixpkgs attribute for ${unmapped.map(inFull).join(', ')}: ${unmappedAdvice(manager)}.`);
  if (notNeeded.length > 0) parts.push(`${notNeeded.map(inFull).join(', ')}: not needed in a Nix-built image.`);

  if (buildOnly.length > 0) {
    parts.push(
      `${buildOnly.map((mapping) => inFull(mapping.name)).join(', ')} only serve a build: in Nix they are inputs of the derivation that builds ` +
        `(${inFull('nativeBuildInputs')} for tools, ${inFull('buildInputs')} for libraries), never the image's contents.`,
    );
  }

  const builder = builderSnippet(manager);
  const useBuilder = builder !== undefined && exprs.length === 0 && buildOnly.length === 0;
  const bindings = [
    ...(exprs.length > 0 ? [bind('contents', list(exprs), unmapped.length > 0 ? [`not mapped: ${unmapped.join(' ')}`] : undefined)] : []),
    ...buildInputBindings(buildOnly),
  ];
  const snippet = useBuilder ? builder.text : bindings.length > 0 ? bindings.map((binding) => printBinding(binding)).join('\n') : undefined;
  const usedAttrs = sortedUnique([
    ...mapped.flatMap((mapping) => mapping.attrs.map((attr) => attr.replace(/\.dev$/, ''))),
    ...(exprs.some((expr) => expr.kind === 'raw' && expr.text.startsWith('(pkgs.python3.withPackages')) ? ['python3'] : []),
    ...(useBuilder ? builder.attrs : []),
  ]);
  return {
    summary: parts.join(' '),
    snippet,
    attrs: usedAttrs.length > 0 ? usedAttrs : undefined,
    unmapped: unmapped.length > 0 ? unmapped : undefined,
  };
}

/** The Nix answer of one install command, for the findings of its packages. */
export interface InstallNix {
  /** The whole answer: every package of the install. */
  readonly whole: NixSuggestion;
  /** What the finding of `spec` carries. */
  of(spec: PackageSpec): NixSuggestion;
}

/**
 * One install's Nix answer is stated once, with its first package in file order; the findings of the
 * other packages carry one short sentence pointing there, the same for all of them.
 *
 * The answer is about the whole install (one `contents` list, one Python environment), so it is
 * as long as the install. Repeated in each of its N findings, reports grew as N²: one `apk add`
 * of 2,000 packages made a 125 MB JSON report, and 10,000 a report too long for a string. A
 * per-package answer would keep each finding whole but say the shared part N times and lose
 * the one list a flake needs; a pointer keeps the report linear and the answer whole. Reporters
 * need no change: each finding still has a `nix` with a summary, and the text report, which
 * prints an answer once while it repeats, prints the pointer once after the full answer.
 */
export function nixOncePerInstall(manager: PackageManager, specs: readonly PackageSpec[]): InstallNix {
  const names = [...new Set(specs.map((spec) => spec.name))];
  const whole = nixForPackages(manager, names);
  const first = specs.reduce<PackageSpec | undefined>((earliest, spec) => (earliest && earliest.word.span.start <= spec.word.span.start ? earliest : spec), undefined);
  if (!first || names.length < 2) return { whole, of: () => whole };
  const pointer: NixSuggestion = { summary: `One Nix answer covers the ${names.length} packages of this install: it is given with ${code(first.name)}.`, pointer: true };
  return { whole, of: (spec) => (spec === first ? whole : pointer) };
}

/**
 * A `curl | sh` installer or a download → the nixpkgs package, else `fetchurl` with a hash.
 * `executedBy` names the shell or interpreter the download is piped (or substituted) into, for
 * RA401; a download that is only saved has none.
 */
export function nixForDownload(url: string | undefined, executedBy?: string): NixSuggestion {
  const piped = executedBy !== undefined;
  const known = url ? mapDownload(url) : undefined;
  if (known && known.attrs.length > 0) {
    return {
      summary:
        `${known.what[0].toUpperCase()}${known.what.slice(1)} is replaced by ${known.attrs.map((attr) => inFull(`pkgs.${attr}`)).join(' and ')} from the pinned nixpkgs: ` +
        `${known.attrs.some(isBinaryDistribution) ? 'the upstream binaries fixed by their hash' : 'built from source with every input hashed'}, instead of ${piped ? 'a script run unverified at build time' : 'bytes downloaded unverified'}.`,
      snippet: printBinding(bind('contents', list(known.attrs.map(pkgsAttr)))),
      attrs: known.attrs,
    };
  }
  const unmapped = known ? [known.what] : url ? [url] : undefined;
  const installer = piped || (known !== undefined && /installer|setup script/.test(known.what));
  return {
    summary: installer
      ? `No indexed nixpkgs package replaces ${known ? known.what : 'this installer'}: a script piped into a shell runs whatever the server sends. ` +
        `Fetch what it installs with ${inFull('pkgs.fetchurl')} and a ${inFull('hash')}, and install it in a derivation.`
      : `In Nix a download is a fixed-output ${inFull('pkgs.fetchurl')} with a ${inFull('hash')}: the build fails if the bytes ever change.`,
    snippet: fetchurlSnippet(url),
    attrs: ['fetchurl', 'lib'],
    unmapped,
  };
}

/**
 * `-march=native` and its kin → why Nix builds for a fixed platform, and how to choose one
 * deliberately: for C and C++ the package set's `gcc.arch`, for Rust the target in RUSTFLAGS.
 * `-mtune=native` changes only instruction scheduling: the output differs between build machines
 * but runs on any CPU of the architecture.
 */
export function nixForNativeCpu(flag: string): NixSuggestion {
  if (/target-cpu/.test(flag)) {
    return {
      summary:
        `${inFull(flag)} makes rustc's output depend on the CPU of whichever machine builds it. In Nix a Rust package names its target: ` +
        `${inFull('env.RUSTFLAGS = "-C target-cpu=x86-64-v2";')} in ${inFull('pkgs.rustPlatform.buildRustPackage')} ` +
        `(${inFull('x86-64-v3')} only if every machine that runs it has AVX2), and the derivation's hash records that choice.`,
      snippet: RUST_CPU_TARGET_SNIPPET,
      attrs: ['rustPlatform', 'lib'],
    };
  }
  const tuneOnly = /^-mtune=/.test(flag);
  return {
    summary:
      `${inFull(flag)} ${tuneOnly ? 'tunes the code for the CPU of whichever machine builds it (it still runs on any CPU of the architecture, but differs between build machines)' : 'makes the output depend on the CPU of whichever machine builds it'}. ` +
      `nixpkgs builds for a fixed platform: its compiler wrapper drops ${inFull('-march=native')}, ${inFull('-mtune=native')} and ${inFull('-mcpu=native')} ` +
      `(NIX_ENFORCE_NO_NATIVE), and a deliberate target is set once for the whole package set with ${inFull('gcc.arch')} of the platform.`,
    snippet: FIXED_CPU_TARGET_SNIPPET,
  };
}

/** A Rust build with a declared CPU target instead of the builder's. */
const RUST_CPU_TARGET_SNIPPET = [
  'pkgs.rustPlatform.buildRustPackage {',
  '  pname = "app";',
  '  version = "0.1.0";',
  '  src = ./.;',
  '  cargoLock.lockFile = ./Cargo.lock;',
  '  # the CPU the binary is built for, whatever CPU the builder has',
  '  env.RUSTFLAGS = "-C target-cpu=x86-64-v2";',
  '}',
].join('\n');

/** `git clone` → `fetchFromGitHub`/`fetchgit` with a commit `rev` and a `hash`. */
export function nixForGitClone(url?: string): NixSuggestion {
  const github = url ? githubRepository(url) : undefined;
  return {
    summary:
      `A clone gets whatever the branch points at when the build runs. In Nix the source is ${inFull(github ? 'pkgs.fetchFromGitHub' : 'pkgs.fetchgit')} ` +
      `with a commit ${inFull('rev')} and the ${inFull('hash')} of its contents, so the same bytes come back or the build fails.`,
    snippet: gitSourceSnippet(url, github),
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
      `${inFull(`ADD ${url}`)} downloads whatever the server returns at build time. In Nix it is a fixed-output ` +
      `${inFull('pkgs.fetchurl')} with a ${inFull('hash')}: the build fails if the bytes ever change.`,
    snippet: fetchurlSnippet(url),
    attrs: ['fetchurl', 'lib'],
  };
}
