import type { ImageName } from './types.js';

// The distribution reference grammar (github.com/distribution/reference), compiled once.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN = '(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?';
const REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`,
);

export const DOCKER_HUB = 'docker.io';

/** Parses an image reference such as `node:20`, `ghcr.io/a/b:1@sha256:...`; undefined if invalid. */
export function parseImageName(reference: string): ImageName | undefined {
  const match = REFERENCE.exec(reference);
  if (!match) return undefined;
  const [, host, name, tag, digest] = match;
  let domain: string | undefined = host;
  let path = name!;
  // A first component is a registry only when it looks like a host (dot, port or localhost).
  if (domain && !domain.includes('.') && !domain.includes(':') && domain !== 'localhost' && !domain.startsWith('[')) {
    if (domain !== domain.toLowerCase()) return undefined;
    path = `${domain}/${path}`;
    domain = undefined;
  }
  const registry = !domain || domain === 'index.docker.io' || domain === 'registry-1.docker.io' ? DOCKER_HUB : domain;
  const repository = registry === DOCKER_HUB && !path!.includes('/') ? `library/${path}` : path!;
  const familiar =
    registry === DOCKER_HUB ? (repository.startsWith('library/') ? repository.slice('library/'.length) : repository) : `${registry}/${repository}`;
  return { registry, repository, tag, digest, familiar };
}

/** True when the digest is a complete `sha256:<64 hex>` (what pinning requires). */
export function isFullSha256Digest(digest: string | undefined): boolean {
  return digest !== undefined && /^sha256:[0-9a-f]{64}$/.test(digest);
}

/** Repository path components of Windows images (`mcr.microsoft.com/windows/servercore`, `microsoft/nanoserver`). */
const WINDOWS_REPOSITORY_PARTS = new Set(['windows', 'servercore', 'nanoserver', 'windowsservercore']);
/** Parts of Windows variants' tags (`3.12-windowsservercore-ltsc2022`, `lts-nanoserver-1809`). */
const WINDOWS_TAG_PARTS = new Set(['windows', 'servercore', 'nanoserver', 'windowsservercore', 'windowsserver']);

/**
 * Whether an image names a Windows image, by the conventions Microsoft's images follow: a repository
 * path component such as `windows` or `nanoserver`, or a tag part such as `windowsservercore` or
 * `ltsc2022`. A name that merely contains "windows" (`dockcross/windows-static-x64`, a Linux image
 * that cross-compiles for Windows) is not one. Given as text, variables without a value are left out.
 */
export function isWindowsImage(image: ImageName | string): boolean {
  const { repository, tag } = typeof image === 'string' ? repositoryAndTag(image) : image;
  return (
    repository.toLowerCase().split('/').some((part) => WINDOWS_REPOSITORY_PARTS.has(part)) ||
    (tag ?? '').toLowerCase().split(/[-._]/).some((part) => WINDOWS_TAG_PARTS.has(part) || /^ltsc20\d\d$/.test(part))
  );
}

/** The repository path and tag of reference text that need not be a valid reference (`${REPO}:1809`). */
function repositoryAndTag(reference: string): { repository: string; tag?: string } {
  const text = reference.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '').replace(/["']/g, '').split('@')[0]!;
  const slash = text.lastIndexOf('/');
  const colon = text.lastIndexOf(':');
  return colon > slash ? { repository: text.slice(0, colon), tag: text.slice(colon + 1) } : { repository: text };
}
