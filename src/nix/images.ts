import { isWindowsImage, type ImageName } from '../model/index.js';
import { isIndexedAttr, nixpkgsIndex, type RuntimeRow } from './data/index.js';
import { leadingVersion } from './versions.js';

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
  /** `removed`: the attributes of the nearest version this nixpkgs has (an upgrade where there is one). */
  nearest?: string[];
  /** `runtime`: a sentence on what the image asked for that nixpkgs does not carry as such (`nginx:1.27`: only the current mainline). */
  change?: string;
}

const globCache = new Map<string, RegExp>();

/** Compiled once per pattern: every base image of an audit is matched against every runtime row. */
function globToRegExp(glob: string): RegExp {
  let compiled = globCache.get(glob);
  if (!compiled) {
    const body = glob.replace(/[.+^${}()[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    compiled = new RegExp(`^${body}$`);
    globCache.set(glob, compiled);
  }
  return compiled;
}

function imageMatches(row: RuntimeRow, image: string): boolean {
  return row.image.split('|').some((pattern) => globToRegExp(pattern).test(image));
}

function tagMatches(row: RuntimeRow, tag: string | undefined, patterns = row.tagPatterns): boolean {
  return patterns.some((pattern) => {
    if (pattern === '<none>' || pattern === '*') return tag === undefined || pattern === '*';
    return tag !== undefined && pattern !== '-' && globToRegExp(pattern).test(tag);
  });
}

/** Rows for a version (`20*`, `3.11*`), as opposed to named tags (`latest`, `alpine`) and variants. */
const isVersionedRow = (row: RuntimeRow): boolean => row.tagPatterns.some((pattern) => /^\d/.test(pattern));
/** `*-slim|*-alpine`, `*-jre*`, `*-apache*`: a variant of any version, handled by VARIANTS instead. */
const isVariantRow = (row: RuntimeRow): boolean => row.tagPatterns.every((pattern) => pattern.startsWith('*-'));

/** The data set names Docker Hub images without `library/` and other registries in full. */
function imageKey(name: ImageName): string {
  return name.familiar.replace(/^(docker\.io\/)?(library\/)?/, '');
}

/**
 * Images the data set has no row for, written by hand. OS images (on any registry) need no
 * equivalent; a few tool images map to their tool. Targets are checked against the index.
 */
const EXTRA_IMAGES: { pattern: RegExp; attrs: string[]; note: string }[] = [
  {
    pattern: /(^|\/)(centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux|archlinux|clearlinux|photon|ubi\d*(-minimal|-micro|-init)?|ubi\d+\/ubi(-minimal|-micro|-init)?|opensuse\/(leap|tumbleweed)|parrotsec\/core|kalilinux\/[\w-]+|cbl-mariner\/base\/core|azurelinux\/base\/core)$/,
    attrs: [],
    note: 'no attr: base OS image; dockerTools images start from scratch',
  },
  {
    pattern: /^buildpack-deps$/,
    attrs: [],
    note: 'no attr: base OS image (Debian with curl, git and build tools); list the tools the build uses, e.g. pkgs.curl pkgs.git pkgs.gcc',
  },
  { pattern: /^bash$/, attrs: ['bashInteractive'], note: 'the bash image is bash on Alpine' },
  { pattern: /^nixos\/nix$/, attrs: ['nix'], note: 'Nix itself; a flake usually makes Nix in the image unnecessary' },
];

/** Floating tags of images whose data rows name no `latest`: the unversioned attribute. */
const FLOATING: Record<string, string> = { php: 'php' };

/**
 * Tag variants that change what the image holds, for any version: the JRE images hold no
 * compiler, the Apache images add Apache, Maven and Gradle images name their JDK. Each result is
 * checked against the index; a variant whose attribute is missing leaves the attributes as they were.
 */
const VARIANTS: { image: RegExp; variant: RegExp; apply: (attrs: string[], match: RegExpExecArray) => string[] }[] = [
  { image: /^eclipse-temurin$/, variant: /(^|-)jre(-|$)/, apply: (attrs) => attrs.map((attr) => attr.replace(/^temurin-bin-/, 'temurin-jre-bin-')) },
  { image: /^openjdk$/, variant: /(^|-)jre(-|$)/, apply: (attrs) => attrs.map((attr) => (/^jdk\d+$/.test(attr) ? `${attr}_headless` : attr)) },
  { image: /^php$/, variant: /(^|-)apache(-|$)/, apply: (attrs) => ['apacheHttpd', ...attrs.filter((attr) => attr !== 'apacheHttpd')] },
  { image: /^(maven|gradle)$/, variant: /(?:eclipse-temurin|temurin)-(\d+)/, apply: (attrs, match) => [...attrs, `temurin-bin-${match[1]}`] },
  { image: /^(maven|gradle)$/, variant: /(?:openjdk|amazoncorretto|sapmachine|ibm-semeru)-?(\d+)/, apply: (attrs, match) => [...attrs, `jdk${match[1]}`] },
];

function applyVariants(image: string, tag: string | undefined, attrs: string[]): string[] {
  let result = attrs;
  for (const variant of VARIANTS) {
    const match = tag === undefined || !variant.image.test(image) ? null : variant.variant.exec(tag);
    if (!match) continue;
    const applied = variant.apply(result, match);
    if (applied.every(isIndexedAttr)) result = applied;
  }
  return result;
}

/** A version row's version (`3.11*` → 3.11), to find the nearest supported one. */
function rowVersion(row: RuntimeRow): number[] | undefined {
  return leadingVersion(row.tagPatterns.find((pattern) => /^\d/.test(pattern)));
}

/** The oldest supported version newer than `wanted`, else the newest: an upgrade is the way forward. */
function nearestRow(rows: RuntimeRow[], wanted: number[]): RuntimeRow | undefined {
  const supported = rows
    .filter((row) => row.attrs.length > 0 && row.attrs.every(isIndexedAttr) && rowVersion(row))
    .sort((a, b) => compareVersions(rowVersion(a)!, rowVersion(b)!));
  return supported.find((row) => compareVersions(rowVersion(row)!, wanted) > 0) ?? supported[supported.length - 1];
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** nginx: odd minor versions are the mainline branch, even ones stable; nixpkgs carries the current release of each. */
function nginxBranch(raw: string, familiar: string, version: number[]): ImageMapping {
  const branch = (version[1] ?? 0) % 2 === 1 ? 'mainline' : 'stable';
  const attr = branch === 'mainline' ? 'nginxMainline' : 'nginxStable';
  return { raw, familiar, attrs: [attr], kind: 'runtime', change: `The tag asks for nginx ${version.slice(0, 2).join('.')}, a ${branch} release: nixpkgs carries only the current ${branch} release (pkgs.${attr}), not ${version.slice(0, 2).join('.')}` };
}

function fromRow(raw: string, familiar: string, row: RuntimeRow): ImageMapping {
  if (row.attrs.length === 0) return { raw, familiar, attrs: [], kind: /^no attr/i.test(row.note) ? 'base-os' : 'removed', note: row.note || undefined };
  const indexed = row.attrs.filter(isIndexedAttr);
  return { raw, familiar, attrs: indexed, kind: indexed.length > 0 ? 'runtime' : 'removed', note: row.note || undefined };
}

/** The runtime of an image the data set has rows for, by the tag's version, name or variant. */
function mapRuntime(raw: string, familiar: string, image: string, tag: string | undefined, rows: RuntimeRow[]): ImageMapping {
  const version = leadingVersion(tag);
  const versionText = version?.join('.');
  if (image === 'nginx' && version && version[0] === 1) return nginxBranch(raw, familiar, version);
  const versioned = rows.filter(isVersionedRow);
  let mapping: ImageMapping;
  if (version && versioned.length > 0) {
    const row = versioned.find((candidate) => tagMatches(candidate, tag));
    mapping = row ? fromRow(raw, familiar, row) : { raw, familiar, attrs: [], kind: 'removed', note: `this nixpkgs has no ${image} ${versionText}` };
    if (mapping.kind === 'removed') mapping.nearest = nearestRow(versioned, version)?.attrs;
  } else {
    // A named tag (`stable-alpine`, `lts`) matches a row by one of its names, never by a version pattern.
    const named = rows.find((candidate) => tagMatches(candidate, tag, candidate.tagPatterns.filter((pattern) => !/^\d/.test(pattern))));
    const floating = named ?? rows.find((candidate) => tagMatches(candidate, 'latest') || tagMatches(candidate, undefined));
    if (floating) mapping = fromRow(raw, familiar, floating);
    else if (FLOATING[image]) mapping = { raw, familiar, attrs: [FLOATING[image]], kind: 'runtime' };
    else return { raw, familiar, attrs: [], kind: 'unknown' };
    // One attribute for every version (rust, redis): the tag's version is not what nixpkgs carries.
    if (version && mapping.kind === 'runtime') mapping.change = `The tag asks for ${image} ${versionText}: nixpkgs carries one ${image} (${mapping.attrs.map((attr) => `pkgs.${attr}`).join(' ')}), the version of the pinned revision`;
  }
  if (mapping.kind === 'runtime') mapping.attrs = applyVariants(image, tag, mapping.attrs);
  if (mapping.nearest) mapping.nearest = applyVariants(image, tag, mapping.nearest);
  return mapping;
}

export function mapImage(name: ImageName | undefined, raw: string): ImageMapping {
  if (isWindowsImage(name ?? raw)) {
    return { raw, attrs: [], kind: 'windows', note: 'Nix cannot build Windows images: nixpkgs and dockerTools build Linux images only' };
  }
  if (raw.trim().toLowerCase() === 'scratch') return { raw, attrs: [], kind: 'scratch', note: 'equivalent to a dockerTools image with no fromImage' };
  if (!name) return { raw, attrs: [], kind: 'unresolved', note: 'the image depends on a build argument without a default' };
  const familiar = name.familiar;
  const image = imageKey(name);
  // A mirror (`mirror.example/alpine`) holds the same image under its last path component.
  const keys = name.registry === 'docker.io' ? [image] : [image, image.split('/').pop() ?? image];
  const { runtimes } = nixpkgsIndex();
  for (const key of keys) {
    const rows = runtimes.filter((row) => imageMatches(row, key) && !isVariantRow(row));
    if (rows.length === 0) continue;
    const mapping = mapRuntime(raw, familiar, key, name.tag, rows);
    if (mapping.kind !== 'unknown') return mapping;
  }
  const extra = EXTRA_IMAGES.find((candidate) => candidate.pattern.test(image));
  if (extra) return fromRow(raw, familiar, { image, tagPatterns: ['*'], attrs: extra.attrs, verified: true, note: extra.note });
  return { raw, familiar, attrs: [], kind: 'unknown' };
}

/**
 * nixpkgs attributes that repackage upstream binaries rather than build from source: the
 * `-bin` distributions (`temurin-bin-17`) and a few others known to be fetched prebuilt.
 */
export function isBinaryDistribution(attr: string): boolean {
  return /-bin(-\d+)?$|^zulu\d*$|^bun$|^mongodb-ce$/.test(attr);
}
