import { RegistryError } from './errors.js';

export const mediaTypes = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
} as const;

const indexTypes = new Set<string>([mediaTypes.ociIndex, mediaTypes.dockerManifestList]);
const manifestTypes = new Set<string>([mediaTypes.ociManifest, mediaTypes.dockerManifest]);

/** Every type we can pin, indexes first so a registry that negotiates picks the multi-platform one. */
export const acceptHeader = [
  mediaTypes.ociIndex,
  mediaTypes.dockerManifestList,
  mediaTypes.ociManifest,
  mediaTypes.dockerManifest,
].join(', ');

export type ManifestKind = 'index' | 'manifest';

/** The kind of a manifest media type, undefined for anything we cannot pin (e.g. schema 1). */
export function manifestKind(mediaType: string | null | undefined): ManifestKind | undefined {
  const bare = mediaType?.split(';')[0]?.trim().toLowerCase();
  if (!bare) return undefined;
  if (indexTypes.has(bare)) return 'index';
  if (manifestTypes.has(bare)) return 'manifest';
  return undefined;
}

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface IndexEntry {
  digest: string;
  mediaType?: string;
  platform?: Platform;
}

export interface ParsedManifest {
  kind: ManifestKind;
  mediaType: string;
  /** Entries of an index; empty for a single manifest. */
  entries: IndexEntry[];
}

const digestPattern = /^sha256:[0-9a-f]{64}$|^sha512:[0-9a-f]{128}$/;

export function isDigest(value: string): boolean {
  return digestPattern.test(value);
}

/**
 * Checks the bytes are a manifest or index we understand. `headerType` is the response's
 * Content-Type, used when the body omits `mediaType` (allowed for OCI).
 */
export function parseManifest(body: Uint8Array, headerType: string | null, what: string): ParsedManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new RegistryError('malformed', `malformed manifest for ${what}: not valid JSON`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new RegistryError('malformed', `malformed manifest for ${what}: not a JSON object`);
  }
  const document = json as { schemaVersion?: unknown; mediaType?: unknown; manifests?: unknown; layers?: unknown; config?: unknown };
  if (document.schemaVersion !== 2) {
    throw new RegistryError(
      'malformed',
      `unsupported manifest for ${what}: schemaVersion ${JSON.stringify(document.schemaVersion)} (only schema 2 / OCI manifests have stable digests)`,
    );
  }
  const mediaType =
    (typeof document.mediaType === 'string' ? document.mediaType : undefined) ??
    headerType?.split(';')[0]?.trim() ??
    (Array.isArray(document.manifests) ? mediaTypes.ociIndex : mediaTypes.ociManifest);
  const kind = manifestKind(mediaType);
  if (!kind) throw new RegistryError('malformed', `unsupported manifest media type ${mediaType} for ${what}`);

  if (kind === 'manifest') {
    if (typeof document.config !== 'object' || document.config === null || !Array.isArray(document.layers)) {
      throw new RegistryError('malformed', `malformed manifest for ${what}: no config or layers`);
    }
    return { kind, mediaType, entries: [] };
  }
  if (!Array.isArray(document.manifests)) {
    throw new RegistryError('malformed', `malformed image index for ${what}: no manifests list`);
  }
  const entries = document.manifests.map((raw: unknown, position: number): IndexEntry => {
    const entry = raw as { digest?: unknown; mediaType?: unknown; platform?: { os?: unknown; architecture?: unknown; variant?: unknown } };
    if (typeof entry?.digest !== 'string' || !isDigest(entry.digest)) {
      throw new RegistryError('malformed', `malformed image index for ${what}: entry ${position} has no valid digest`);
    }
    const platform = entry.platform;
    return {
      digest: entry.digest,
      mediaType: typeof entry.mediaType === 'string' ? entry.mediaType : undefined,
      platform:
        platform && typeof platform.os === 'string' && typeof platform.architecture === 'string'
          ? { os: platform.os, architecture: platform.architecture, variant: typeof platform.variant === 'string' ? platform.variant : undefined }
          : undefined,
    };
  });
  return { kind, mediaType, entries };
}

/** Parses `os/arch[/variant]`, e.g. `linux/arm64/v8`, normalising aliases as containerd does. */
export function parsePlatform(text: string): Platform {
  const parts = text.trim().toLowerCase().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9._-]+$/.test(part))) {
    throw new RegistryError('platform-not-found', `invalid platform "${text}": expected os/arch or os/arch/variant, e.g. linux/amd64`);
  }
  const [os, arch, variant] = parts as [string, string, string | undefined];
  const architecture = ({ x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm' } as Record<string, string>)[arch] ?? arch;
  return { os, architecture, variant };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}

/** arm64 without a variant means v8; the registry and the user may write it either way. */
function variantOf(platform: Platform): string | undefined {
  if (platform.architecture === 'arm64') return platform.variant ?? 'v8';
  return platform.variant;
}

/**
 * The entry of an index built for `wanted`. Without a variant in `wanted`, an entry without one is
 * preferred, then the first of that os/arch (e.g. `linux/arm` picks the first ARM variant listed).
 */
export function selectPlatform(entries: IndexEntry[], wanted: Platform): IndexEntry | undefined {
  const sameArch = entries.filter(
    (entry) => entry.platform && entry.platform.os === wanted.os && entry.platform.architecture === wanted.architecture,
  );
  if (wanted.variant !== undefined || wanted.architecture === 'arm64') {
    const exact = sameArch.find((entry) => variantOf(entry.platform!) === variantOf(wanted));
    if (exact || wanted.variant !== undefined) return exact;
  }
  return sameArch.find((entry) => !entry.platform!.variant) ?? sameArch[0];
}
