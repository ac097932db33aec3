import { isWindowsImage, type ImageName } from '../model/index.js';
import { isIndexedAttr, nixpkgsIndex, type RuntimeRow } from './data/index.js';

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

function rowMatches(row: RuntimeRow, image: string, tag: string | undefined): boolean {
  const images = row.image.split('|');
  const imageMatches = images.some((pattern) => globToRegExp(pattern).test(image));
  if (!imageMatches) return false;
  return row.tagPatterns.some((pattern) => {
    if (pattern === '<none>' || pattern === '*') return tag === undefined || pattern === '*';
    return tag !== undefined && pattern !== '-' && globToRegExp(pattern).test(tag);
  });
}

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

function classifyRow(raw: string, familiar: string, attrs: string[], note: string): ImageMapping {
  if (attrs.length === 0) {
    return { raw, familiar, attrs: [], kind: /^no attr/i.test(note) ? 'base-os' : 'removed', note: note || undefined };
  }
  const indexed = attrs.filter(isIndexedAttr);
  return { raw, familiar, attrs: indexed, kind: indexed.length > 0 ? 'runtime' : 'removed', note: note || undefined };
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
    const row = runtimes.find((candidate) => rowMatches(candidate, key, name.tag));
    if (row) return classifyRow(raw, familiar, row.attrs, row.note);
  }
  const extra = EXTRA_IMAGES.find((candidate) => candidate.pattern.test(image));
  if (extra) return classifyRow(raw, familiar, extra.attrs, extra.note);
  const versions = runtimes.filter((candidate) => candidate.image.split('|').includes(image)).flatMap((candidate) => candidate.attrs.filter(isIndexedAttr));
  // The data set knows the image but not this tag: for versioned runtimes that means the version is gone.
  if (versions.length > 0) {
    return { raw, familiar, attrs: [], kind: 'removed', note: `no nixpkgs attribute for tag ${name.tag ?? '(none)'}; this nixpkgs has ${[...new Set(versions)].join(', ')}` };
  }
  return { raw, familiar, attrs: [], kind: 'unknown' };
}
