import { normalizePythonName, type PackageManager } from '../shell/index.js';
import { DISTRO_ALIASES, DISTRO_NOT_NEEDED, PYTHON_SPELLINGS, RPM_ALIASES, RPM_NOT_NEEDED } from './aliases.js';
import { isIndexedAttr, nixpkgsIndex } from './data/index.js';
import { distroCandidates } from './distro-names.js';
import { leadingVersion, versionedAttr, versionName } from './versions.js';

/** How one distro or language package maps to nixpkgs. */
export interface PackageMapping {
  /** The package as the manager names it. */
  name: string;
  /** nixpkgs attribute paths (`python3Packages.flask`, `openssl.dev`); empty when unmapped. */
  attrs: string[];
  /**
   * `map`: a hand-written row of the data set; `index`: the same name is an indexed attribute;
   * `normalised`: an indexed attribute found by rewriting the name (`libssl3` → `openssl`);
   * `none`: nothing in the data set or the index (which proves nothing: the index is incomplete);
   * `not-needed`: the package has no job in a Nix-built image (apt plumbing, init systems).
   */
  how: 'map' | 'index' | 'normalised' | 'none' | 'not-needed';
  note?: string;
  /** The version asked for is gone from this nixpkgs: what the mapping uses instead, for a message. */
  change?: string;
}

const OUTPUT_SUFFIX = /\.(dev|lib|out|bin|man|doc)$/;

function fromRow(name: string, attrs: string[], note: string, how: PackageMapping['how']): PackageMapping {
  const indexed = attrs.filter(isIndexedAttr);
  if (attrs.length === 0 || /^not needed/i.test(note)) return { name, attrs: [], how: 'not-needed', note: note || undefined };
  if (indexed.length === 0) return { name, attrs: [], how: 'none', note: note || undefined };
  return { name, attrs: indexed, how, note: note || undefined };
}

/** Distro package names carry an architecture (`:amd64`) or, from callers that did not split it, a version. */
function bareDistroName(name: string): string {
  return name.replace(/[:=].*$/, '').toLowerCase();
}

function mapDistroPackage(manager: 'apt' | 'apk', raw: string): PackageMapping {
  const { distro } = nixpkgsIndex();
  const name = bareDistroName(raw);
  const row = distro.get(`${manager}:${name}`);
  if (row) return fromRow(raw, row.attrs, row.note, 'map');
  if (DISTRO_NOT_NEEDED.has(name)) return { name: raw, attrs: [], how: 'not-needed', note: 'distro packaging tool or meta-package' };
  const alias = DISTRO_ALIASES[name]?.filter(isIndexedAttr);
  if (alias?.length) return { name: raw, attrs: alias, how: 'normalised' };
  const versioned = versionedDistroPackage(name);
  if (versioned) return { name: raw, attrs: [versioned], how: 'normalised' };
  if (isIndexedAttr(name) && !name.includes('.')) return { name: raw, attrs: [name], how: 'index' };
  const python = pythonModulePackage(name);
  if (python) return { name: raw, attrs: [python], how: 'normalised' };
  for (const candidate of distroCandidates(name)) {
    const candidateRow = distro.get(`${manager}:${candidate}`) ?? distro.get(`${manager === 'apt' ? 'apk' : 'apt'}:${candidate}`);
    if (candidateRow && candidateRow.attrs.length > 0) {
      const attrs = candidateRow.attrs.map((attr) => attr.replace(OUTPUT_SUFFIX, ''));
      const mapped = fromRow(raw, [...new Set(attrs)], `via ${candidate}`, 'normalised');
      if (mapped.attrs.length > 0) return mapped;
    }
    if (!candidate.includes('.') && isIndexedAttr(candidate)) {
      return { name: raw, attrs: [candidate], how: 'normalised', note: `via ${candidate}` };
    }
  }
  return { name: raw, attrs: [], how: 'none' };
}

/**
 * Distro packages that name a runtime's version: `postgresql-17`, `postgresql-client-16` and
 * `postgresql-17-postgis-3` (Debian), `python3.11`, Alpine's `php83-bcmath` (an extension of php83).
 * The versioned attribute is returned only when this nixpkgs has it; a missing version falls
 * through to the other rewrites.
 */
function versionedDistroPackage(name: string): string | undefined {
  const postgres = /^postgresql(?:-client)?-(\d+)(?:-[a-z].*)?$/.exec(name);
  if (postgres && isIndexedAttr(`postgresql_${postgres[1]}`)) return `postgresql_${postgres[1]}`;
  const python = /^python(3)\.(\d+)(?:-minimal)?$/.exec(name);
  if (python && isIndexedAttr(`python3${python[2]}`)) return `python3${python[2]}`;
  const php = /^php(\d)\.?(\d)-(.+)$/.exec(name);
  if (php && isIndexedAttr(`php${php[1]}${php[2]}`) && phpExtensionNames().has(php[3])) return `php${php[1]}${php[2]}.extensions.${php[3]}`;
  return undefined;
}

let phpExtensions: Set<string> | undefined;

/**
 * PHP extension names known to exist in nixpkgs' `php.extensions`: those of the hand-written
 * map's rows, which the data set checked against php-packages.nix. Other names are not checked.
 */
export function phpExtensionNames(): ReadonlySet<string> {
  phpExtensions ??= new Set(
    [...nixpkgsIndex().distro.values()].flatMap((row) => row.attrs).flatMap((attr) => /^php\d*\.extensions\.(.+)$/.exec(attr)?.[1] ?? []),
  );
  return phpExtensions;
}

/** Debian `python3-foo` and Alpine `py3-foo` packages are Python modules. */
function pythonModulePackage(name: string): string | undefined {
  const match = /^(?:python3|py3)-(.+)$/.exec(name);
  if (!match) return undefined;
  const attr = pythonAttr(match[1]);
  return attr ? `python3Packages.${attr}` : undefined;
}

/**
 * dnf/yum/zypper (and pacman, whose names are upstream names too): best effort. The same name when the index has it, an RPM spelling, the Debian
 * row of the same name (ca-certificates, tar), or the name without `-devel`/`-libs`.
 */
function mapRpmPackage(raw: string): PackageMapping {
  const name = bareDistroName(raw);
  if (RPM_NOT_NEEDED.has(name)) return { name: raw, attrs: [], how: 'not-needed', note: 'distro repository or packaging tool' };
  const { distro } = nixpkgsIndex();
  const python = /^python(3)\.?(\d+)$/.exec(name);
  for (const candidate of [name, name.replace(/-(devel|libs)$/, ''), python ? `python3${python[2]}` : '']) {
    if (!candidate) continue;
    if (!candidate.includes('.') && isIndexedAttr(candidate)) {
      return { name: raw, attrs: [candidate], how: candidate === name ? 'index' : 'normalised' };
    }
    const alias = RPM_ALIASES[candidate]?.filter(isIndexedAttr);
    if (alias?.length) return { name: raw, attrs: alias, how: 'normalised' };
    const row = distro.get(`apt:${candidate}`);
    if (row && row.attrs.length > 0) {
      const mapped = fromRow(raw, row.attrs, row.note, 'normalised');
      if (mapped.attrs.length > 0) return mapped;
    }
  }
  return { name: raw, attrs: [], how: 'none' };
}

/** The python3Packages attribute for a PyPI name, if the index has one. */
export function pythonAttr(raw: string): string | undefined {
  const { pythonPackages } = nixpkgsIndex();
  const name = normalizePythonName(raw);
  const candidates = [
    name,
    PYTHON_SPELLINGS[name],
    name.replace(/-/g, '_'),
    name.replace(/^python-/, ''),
    name.replace(/^py-/, 'py'),
    name.replace(/-binary$/, ''),
  ];
  return candidates.find((candidate): candidate is string => candidate !== undefined && pythonPackages.has(candidate));
}

function mapPythonPackage(raw: string): PackageMapping {
  const attr = pythonAttr(raw);
  if (attr) return { name: raw, attrs: [`python3Packages.${attr}`], how: attr === normalizePythonName(raw) ? 'index' : 'normalised' };
  return { name: raw, attrs: [], how: 'none' };
}

/** `@scope/name@1.2` → `@scope/name`. */
function bareNpmName(name: string): string {
  const at = name.indexOf('@', 1);
  return at > 0 ? name.slice(0, at) : name;
}

function mapNpmPackage(raw: string): PackageMapping {
  const name = bareNpmName(raw);
  const row = nixpkgsIndex().npmGlobals.get(name);
  if (row) return fromRow(raw, row.attrs, row.note, 'map');
  if (!name.startsWith('@') && isIndexedAttr(name)) return { name: raw, attrs: [name], how: 'index' };
  return { name: raw, attrs: [], how: 'none' };
}

/** `github.com/x/y/cmd/tool@v1.2` → `tool`; `golang.org/x/tools/gopls@latest` → `gopls`. */
export function goToolName(modulePath: string): string {
  const parts = modulePath
    .replace(/@.*$/, '')
    .split('/')
    .filter((part) => part !== '' && part !== '...' && !/^v\d+$/.test(part));
  return parts[parts.length - 1] ?? modulePath;
}

function mapToolPackage(raw: string, tool: string): PackageMapping {
  const name = tool.toLowerCase();
  if (!name.includes('.') && isIndexedAttr(name)) return { name: raw, attrs: [name], how: 'index' };
  return { name: raw, attrs: [], how: 'none' };
}

/** Compilers and build tools: what a build needs and a running image does not. */
const BUILD_TOOLS = new Set(['gcc', 'clang', 'gnumake', 'binutils', 'autoconf', 'automake', 'libtool', 'pkg-config', 'pkgconf', 'cmake', 'ninja', 'meson', 'bison', 'flex', 'gfortran', 'nasm', 'yasm']);

/**
 * What a package only a build needs is to that build: a `tool` (a compiler or build tool, for
 * `nativeBuildInputs`) or a `library` (headers: `-dev`, `-devel`, `-headers`, a `.dev` output, for
 * `buildInputs`). Undefined for what a running image needs. In Nix these are a derivation's inputs
 * or the dev shell's packages, never the image's contents.
 */
export function buildRole(mapping: PackageMapping): 'tool' | 'library' | undefined {
  if (mapping.attrs.length > 0 && mapping.attrs.every((attr) => BUILD_TOOLS.has(attr) || /^(gcc|clang|llvm)_?\d+$/.test(attr))) return 'tool';
  if (/-(dev|devel|headers)(:[a-z0-9]+)?$/.test(bareDistroName(mapping.name)) || mapping.attrs.some((attr) => attr.endsWith('.dev'))) return 'library';
  return undefined;
}

export function isBuildOnly(mapping: PackageMapping): boolean {
  return buildRole(mapping) !== undefined;
}

/**
 * Package names as the shell would see them: an unquoted variable such as `$PHPIZE_DEPS` expands
 * to several words, which may arrive here as one value holding whitespace.
 */
export function splitPackageNames(names: readonly string[]): string[] {
  return names.flatMap((name) => name.split(/\s+/)).filter((name) => name !== '');
}

/** conda-forge names: the Python package when nixpkgs has one by that name, else the program (`python` is `python3`). */
function mapCondaPackage(raw: string): PackageMapping {
  if (raw.toLowerCase() === 'python') return mapToolPackage(raw, 'python3');
  const python = mapPythonPackage(raw);
  return python.attrs.length > 0 ? python : mapToolPackage(raw, raw);
}

/**
 * The nixpkgs attributes for a package a manager installs. With the version the install asks for
 * (`python3=3.11.2`, `nodejs=20.*`), a runtime's unversioned attribute becomes that version's
 * (`python311`), or the nearest this nixpkgs has, said in `change`.
 */
export function mapPackage(manager: PackageManager, name: string, version?: string): PackageMapping {
  const mapping = mapUnversioned(manager, name);
  // Debian's epoch (`4:12.2.0-3`) is not part of the upstream version.
  const wanted = leadingVersion(version?.replace(/^[=~<>]+/, '').replace(/^\d+:/, ''));
  if (!wanted || mapping.attrs.length === 0) return mapping;
  let change: string | undefined;
  const attrs = mapping.attrs.map((attr) => {
    const choice = versionedAttr(attr, wanted);
    if (!choice) return attr;
    if (choice.match === 'nearest') change = `${name} ${wanted.join('.')} is not in this nixpkgs; the nearest version is ${versionName(choice.attr)} (pkgs.${choice.attr})`;
    return choice.attr;
  });
  return { ...mapping, attrs, change };
}

function mapUnversioned(manager: PackageManager, name: string): PackageMapping {
  switch (manager) {
    case 'apt':
    case 'apk':
      return mapDistroPackage(manager, name);
    case 'dnf':
    case 'yum':
    case 'microdnf':
    case 'zypper':
    case 'pacman':
      return mapRpmPackage(name);
    case 'pip':
    case 'uv':
    case 'poetry':
    case 'pipenv':
      return mapPythonPackage(name);
    case 'conda':
      return mapCondaPackage(name);
    case 'npm':
    case 'yarn':
    case 'pnpm':
    case 'bun':
      return mapNpmPackage(name);
    case 'go':
      return mapToolPackage(name, goToolName(name));
    case 'gem':
    case 'bundler':
    case 'cargo':
      return mapToolPackage(name, name.replace(/[:@=].*$/, ''));
    case 'choco':
      // Chocolatey packages are Windows programs; nixpkgs builds for Linux and macOS, so no attribute is their equivalent.
      return { name, attrs: [], how: 'none' };
    case 'dotnet':
      return mapToolPackage(name, name.toLowerCase());
  }
}

