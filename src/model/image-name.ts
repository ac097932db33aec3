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
