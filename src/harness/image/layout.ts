import { ImageArchiveError } from './errors.js';
import type { OuterArchive } from './outer-archive.js';
import type { ImageSourceKind } from './types.js';

/**
 * Finds the config and the ordered layers of the one image an archive holds, whether Docker wrote
 * it (`manifest.json`, legacy or Docker 25+ with OCI blobs) or it is an OCI image layout
 * (`index.json` → manifest, possibly through an image index).
 */

export interface LayoutOptions {
  /** Which image, when the archive holds several: a repo tag (`app:1`) or `ref.name` annotation. */
  reference?: string;
  /** `os/arch[/variant]` for multi-platform OCI layouts; defaults to the one matching this machine. */
  platform?: string;
}

export interface ResolvedLayer {
  member: string;
  digest?: string;
  mediaType?: string;
}

export interface ResolvedImage {
  kind: Exclude<ImageSourceKind, 'manifest'>;
  configMember: string;
  configDigest?: string;
  layers: ResolvedLayer[];
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

export async function resolveLayout(archive: OuterArchive, options: LayoutOptions = {}): Promise<ResolvedImage> {
  if (archive.find('manifest.json')) return resolveDockerArchive(archive, options);
  if (archive.find('index.json')) return resolveOciLayout(archive, options);
  throw new ImageArchiveError(archive.file, 'neither manifest.json (docker save) nor index.json (OCI layout) found: not an image archive');
}

async function resolveDockerArchive(archive: OuterArchive, options: LayoutOptions): Promise<ResolvedImage> {
  const manifest = await archive.readJson('manifest.json');
  if (!Array.isArray(manifest) || manifest.length === 0) {
    throw new ImageArchiveError(archive.file, 'expected a non-empty JSON array of images', 'manifest.json');
  }
  const images = manifest as { Config?: unknown; RepoTags?: unknown; Layers?: unknown }[];
  let image = images[0];
  if (images.length > 1 || options.reference) {
    const wanted = options.reference;
    const found = images.find((candidate) => Array.isArray(candidate.RepoTags) && candidate.RepoTags.includes(wanted));
    if (!found) {
      const tags = images.flatMap((candidate) => (Array.isArray(candidate.RepoTags) ? candidate.RepoTags : [])).join(', ');
      throw new ImageArchiveError(
        archive.file,
        wanted ? `no image tagged ${wanted} (tags: ${tags || 'none'})` : `holds ${images.length} images; choose one by tag (${tags || 'untagged'})`,
        'manifest.json',
      );
    }
    image = found;
  }
  if (typeof image.Config !== 'string' || !Array.isArray(image.Layers) || !image.Layers.every((layer) => typeof layer === 'string')) {
    throw new ImageArchiveError(archive.file, 'an image entry lacks Config or Layers', 'manifest.json');
  }
  const digestOf = (member: string) => {
    const match = /(?:^|\/)blobs\/sha256\/([a-f0-9]{64})$/.exec(member) ?? /^([a-f0-9]{64})\.json$/.exec(member);
    return match ? `sha256:${match[1]}` : undefined;
  };
  return {
    kind: 'docker-archive',
    configMember: image.Config,
    configDigest: digestOf(image.Config),
    layers: (image.Layers as string[]).map((member) => ({ member, digest: digestOf(member) })),
  };
}

interface Descriptor {
  mediaType?: string;
  digest: string;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

async function resolveOciLayout(archive: OuterArchive, options: LayoutOptions): Promise<ResolvedImage> {
  let descriptors = readDescriptors(archive, await archive.readJson('index.json'), 'index.json');
  if (options.reference) {
    descriptors = descriptors.filter((descriptor) => descriptor.annotations?.['org.opencontainers.image.ref.name'] === options.reference ||
      descriptor.annotations?.['io.containerd.image.name'] === options.reference);
    if (descriptors.length === 0) throw new ImageArchiveError(archive.file, `no image named ${options.reference}`, 'index.json');
  }
  for (let depth = 0; depth < 4; depth++) {
    const chosen = choosePlatform(archive, descriptors, options.platform);
    const member = blobMember(archive, chosen.digest);
    const document = (await archive.readJson(member)) as Record<string, unknown>;
    const mediaType = chosen.mediaType ?? (typeof document.mediaType === 'string' ? document.mediaType : undefined);
    if ((mediaType && INDEX_TYPES.has(mediaType)) || Array.isArray(document.manifests)) {
      descriptors = readDescriptors(archive, document, member);
      continue;
    }
    const config = document.config as Descriptor | undefined;
    const layers = document.layers as Descriptor[] | undefined;
    if (!config || typeof config.digest !== 'string' || !Array.isArray(layers)) {
      throw new ImageArchiveError(archive.file, 'not an image manifest (no config or layers)', member);
    }
    return {
      kind: 'oci-archive',
      configMember: blobMember(archive, config.digest),
      configDigest: config.digest,
      layers: layers.map((layer) => ({ member: blobMember(archive, layer?.digest), digest: layer.digest, mediaType: layer.mediaType })),
    };
  }
  throw new ImageArchiveError(archive.file, 'image indexes nest too deeply', 'index.json');
}

function readDescriptors(archive: OuterArchive, document: unknown, member: string): Descriptor[] {
  const manifests = (document as { manifests?: unknown })?.manifests;
  if (!Array.isArray(manifests) || manifests.length === 0) {
    throw new ImageArchiveError(archive.file, 'expected an image index with a non-empty `manifests` list', member);
  }
  return manifests as Descriptor[];
}

function choosePlatform(archive: OuterArchive, descriptors: Descriptor[], platform: string | undefined): Descriptor {
  // BuildKit stores attestations as extra manifests for the platform `unknown/unknown`.
  const images = descriptors.filter((descriptor) => descriptor.platform?.os !== 'unknown');
  if (images.length === 1) return images[0];
  const wanted = platform ?? `linux/${process.arch === 'x64' ? 'amd64' : process.arch}`;
  const found = images.find((descriptor) => {
    const p = descriptor.platform;
    return p && [p.os, p.architecture, p.variant].filter(Boolean).join('/').startsWith(wanted);
  });
  if (found) return found;
  const available = images.map((d) => (d.platform ? `${d.platform.os}/${d.platform.architecture}` : d.digest)).join(', ');
  throw new ImageArchiveError(archive.file, `no image for platform ${wanted} (available: ${available})`, 'index.json');
}

function blobMember(archive: OuterArchive, digest: unknown): string {
  const match = typeof digest === 'string' ? /^([a-z0-9]+):([a-f0-9]{32,128})$/.exec(digest) : null;
  if (!match) throw new ImageArchiveError(archive.file, `invalid blob digest ${JSON.stringify(digest)}`, 'index.json');
  return `blobs/${match[1]}/${match[2]}`;
}
