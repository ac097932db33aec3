import type { ImageName } from '../model/types.js';
import type { PackageManager } from '../shell/types.js';
import { isIndexedAttr, nixpkgsIndex, type RuntimeRow } from './data/index.js';

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
}

const OUTPUT_SUFFIX = /\.(dev|lib|out|bin|man|doc)$/;

function fromRow(name: string, attrs: string[], note: string, how: PackageMapping['how']): PackageMapping {
  const indexed = attrs.filter(isIndexedAttr);
  if (attrs.length === 0) return { name, attrs: [], how: 'not-needed', note: note || undefined };
  if (indexed.length === 0) return { name, attrs: [], how: 'none', note: note || undefined };
  return { name, attrs: indexed, how, note: note || undefined };
}

/** Distro package names carry an architecture (`:amd64`) or, from callers that did not split it, a version. */
function bareDistroName(name: string): string {
  return name.replace(/[:=].*$/, '').toLowerCase();
}

const DEV_SUFFIXES = ['-dev', '-devel', '-headers', '-static', '-libs', '-lib', '-common', '-doc', '-dbg', '-openrc'];

/**
 * Rewrites a distro package name towards a nixpkgs name; each candidate is tried against the
 * hand-written map first, then the index. Only names the data set knows come out, so nothing is
 * invented; what cannot be found stays unmapped.
 */
function distroCandidates(name: string): string[] {
  const out: string[] = [];
  const push = (candidate: string) => {
    if (candidate && candidate !== name && !out.includes(candidate)) out.push(candidate);
  };
  const stems = [name];
  for (const suffix of DEV_SUFFIXES) if (name.endsWith(suffix)) stems.push(name.slice(0, -suffix.length));
  for (const stem of stems) {
    push(stem);
    // Sonames and Debian's versioned library packages: libssl3, libpq5, libicu72, libglib2.0-0, libffi8.
    const unversioned = stem.replace(/(?<=[a-z])[-.]?\d+(\.\d+)*(-\d+)?(t64)?$/, '');
    push(unversioned);
    for (const base of [stem, unversioned]) {
      push(`${base}-dev`);
      if (base.startsWith('lib') && base.length > 4) push(base.slice(3));
    }
  }
  return out;
}

function mapDistroPackage(manager: 'apt' | 'apk', raw: string): PackageMapping {
  const { distro } = nixpkgsIndex();
  const name = bareDistroName(raw);
  const row = distro.get(`${manager}:${name}`);
  if (row) return fromRow(raw, row.attrs, row.note, 'map');
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

/** Debian `python3-foo` and Alpine `py3-foo` packages are Python modules. */
function pythonModulePackage(name: string): string | undefined {
  const match = /^(?:python3|py3)-(.+)$/.exec(name);
  if (!match) return undefined;
  const attr = pythonAttr(match[1]);
  return attr ? `python3Packages.${attr}` : undefined;
}

function mapRpmPackage(raw: string): PackageMapping {
  const name = bareDistroName(raw);
  for (const candidate of [name, name.replace(/-devel$/, '')]) {
    if (!candidate.includes('.') && isIndexedAttr(candidate)) {
      return { name: raw, attrs: [candidate], how: candidate === name ? 'index' : 'normalised' };
    }
  }
  return { name: raw, attrs: [], how: 'none' };
}

/**
 * Spellings nixpkgs uses for common PyPI names that normalisation alone does not find. Each target
 * is checked against the index when used, so a stale entry maps nothing rather than a wrong name.
 */
const PYTHON_SPELLINGS: Record<string, string> = {
  'opencv-python': 'opencv4',
  'opencv-python-headless': 'opencv4',
  'opencv-contrib-python': 'opencv4',
  'msgpack-python': 'msgpack',
  'python-dateutil': 'python-dateutil',
  'beautifulsoup': 'beautifulsoup4',
  'bs4': 'beautifulsoup4',
  'pyyaml': 'pyyaml',
  'tensorflow-cpu': 'tensorflow',
  'tensorflow-gpu': 'tensorflow',
  'psycopg': 'psycopg',
  'mysqlclient': 'mysqlclient',
  'pytorch': 'torch',
};

/** PEP 503 normalisation, as nixpkgs mostly names Python packages. */
export function normalisePythonName(name: string): string {
  return name
    .replace(/\[.*$/, '')
    .replace(/\s*[<>=!~;@].*$/, '')
    .trim()
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}

/** The python3Packages attribute for a PyPI name, if the index has one. */
export function pythonAttr(raw: string): string | undefined {
  const { pythonPackages } = nixpkgsIndex();
  const name = normalisePythonName(raw);
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
  if (attr) return { name: raw, attrs: [`python3Packages.${attr}`], how: attr === normalisePythonName(raw) ? 'index' : 'normalised' };
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

export function mapPackage(manager: PackageManager, name: string): PackageMapping {
  switch (manager) {
    case 'apt':
    case 'apk':
      return mapDistroPackage(manager, name);
    case 'dnf':
    case 'yum':
    case 'microdnf':
    case 'zypper':
      return mapRpmPackage(name);
    case 'pip':
    case 'uv':
      return mapPythonPackage(name);
    case 'npm':
    case 'yarn':
    case 'pnpm':
    case 'bun':
      return mapNpmPackage(name);
    case 'go':
      return mapToolPackage(name, goToolName(name));
    case 'gem':
    case 'cargo':
      return mapToolPackage(name, name.replace(/[:@=].*$/, ''));
  }
}

/** What a base image maps to. */
export interface ImageMapping {
  /** The image as written. */
  raw: string;
  /** The image without tag or digest (`node`, `ghcr.io/x/y`), when the reference could be parsed. */
  familiar?: string;
  /** nixpkgs attributes for the runtime the image provides (empty for OS base images and unknowns). */
  attrs: string[];
  /**
   * `runtime`: a language/server runtime with an indexed attribute; `removed`: the data set knows the
   * runtime but this nixpkgs no longer has that version; `base-os`: an OS image Nix images do not
   * need; `scratch`; `windows`: Nix cannot build it; `unknown`: no row in the data set;
   * `unresolved`: the reference depends on a build argument without a value.
   */
  kind: 'runtime' | 'removed' | 'base-os' | 'scratch' | 'windows' | 'unknown' | 'unresolved';
  note?: string;
}

const WINDOWS_IMAGE = /(^|[/:-])(windows|servercore|nanoserver|windowsservercore|ltsc20\d\d)([/:.-]|$)/i;

/** Whether an image reference names a Windows image (by the conventions Microsoft's tags follow). */
export function isWindowsImage(reference: string): boolean {
  return WINDOWS_IMAGE.test(reference);
}

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

function rowMatches(row: RuntimeRow, image: string, tag: string | undefined): boolean {
  const images = row.image.split('|');
  const imageMatches = images.some((pattern) => globToRegExp(pattern).test(image));
  if (!imageMatches) return false;
  return row.tagPatterns.some((pattern) => (pattern === '<none>' ? tag === undefined : tag !== undefined && pattern !== '-' && globToRegExp(pattern).test(tag)));
}

/** The data set names Docker Hub images without `library/` and other registries in full. */
function imageKey(name: ImageName): string {
  return name.familiar.replace(/^(docker\.io\/)?(library\/)?/, '');
}

export function mapImage(name: ImageName | undefined, raw: string): ImageMapping {
  if (isWindowsImage(name ? `${name.familiar}:${name.tag ?? ''}` : raw)) {
    return { raw, attrs: [], kind: 'windows', note: 'Nix cannot build Windows images: nixpkgs and dockerTools build Linux images only' };
  }
  if (raw.trim().toLowerCase() === 'scratch') return { raw, attrs: [], kind: 'scratch', note: 'equivalent to a dockerTools image with no fromImage' };
  if (!name) return { raw, attrs: [], kind: 'unresolved', note: 'the image depends on a build argument without a default' };
  const image = imageKey(name);
  const familiar = name.familiar;
  const { runtimes } = nixpkgsIndex();
  const row = runtimes.find((candidate) => rowMatches(candidate, image, name.tag));
  if (!row) {
    const versions = runtimes.filter((candidate) => candidate.image.split('|').includes(image)).flatMap((candidate) => candidate.attrs.filter(isIndexedAttr));
    // The data set knows the image but not this tag: for versioned runtimes that means the version is gone.
    if (versions.length > 0) {
      return { raw, familiar, attrs: [], kind: 'removed', note: `no nixpkgs attribute for tag ${name.tag ?? '(none)'}; this nixpkgs has ${[...new Set(versions)].join(', ')}` };
    }
    return { raw, familiar, attrs: [], kind: 'unknown' };
  }
  const note = row.note || undefined;
  if (row.attrs.length === 0) {
    return { raw, familiar, attrs: [], kind: /base OS|scratch|distroless/i.test(row.note) ? 'base-os' : 'removed', note };
  }
  const indexed = row.attrs.filter(isIndexedAttr);
  if (indexed.length === 0) return { raw, familiar, attrs: [], kind: 'removed', note };
  return { raw, familiar, attrs: indexed, kind: 'runtime', note };
}
