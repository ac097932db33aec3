import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { pack, type Header } from 'tar-stream';

/**
 * Builds image archives in memory for tests, the way `docker save` and `buildah push oci-archive:`
 * lay them out: layers are real tars (optionally gzip-compressed), configs real image configs.
 */

export interface EntrySpec {
  name: string;
  type?: Header['type'];
  content?: string | Buffer;
  mode?: number;
  uid?: number;
  gid?: number;
  /** Seconds since the epoch. */
  mtime?: number;
  linkname?: string;
  pax?: Record<string, string>;
}

export async function tarOf(entries: EntrySpec[]): Promise<Buffer> {
  const archive = pack();
  const chunks: Buffer[] = [];
  archive.on('data', (chunk) => chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
  });
  for (const entry of entries) {
    const content = typeof entry.content === 'string' ? Buffer.from(entry.content) : entry.content;
    const type = entry.type ?? 'file';
    const header: Header = {
      name: entry.name,
      type,
      mode: entry.mode ?? (type === 'directory' ? 0o755 : 0o644),
      uid: entry.uid ?? 0,
      gid: entry.gid ?? 0,
      mtime: new Date((entry.mtime ?? 1_700_000_000) * 1000),
      size: content?.length ?? 0,
      linkname: entry.linkname ?? '',
      uname: '',
      gname: '',
      devmajor: 0,
      devminor: 0,
      pax: entry.pax,
    };
    await new Promise<void>((resolve, reject) => {
      if (content && type === 'file') archive.entry(header, content, (error) => (error ? reject(error) : resolve()));
      else archive.entry(header, (error) => (error ? reject(error) : resolve()));
    });
  }
  archive.finalize();
  await done;
  return Buffer.concat(chunks);
}

export interface LayerSpec {
  entries: EntrySpec[];
  gzip?: boolean;
  /** Recorded in the config's history (`created_by`). */
  createdBy?: string;
}

export interface ImageSpec {
  layers: LayerSpec[];
  /** Extra history entries without a layer, inserted before the layer with the given index. */
  emptyHistory?: { before: number; createdBy: string }[];
  config?: Record<string, unknown>;
  created?: string;
}

interface BuiltLayer {
  blob: Buffer;
  digest: string;
  diffId: string;
  gzip: boolean;
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

async function buildImage(spec: ImageSpec): Promise<{ layers: BuiltLayer[]; config: Buffer }> {
  const layers: BuiltLayer[] = [];
  for (const layer of spec.layers) {
    const tar = await tarOf(layer.entries);
    const blob = layer.gzip ? gzipSync(tar) : tar;
    layers.push({ blob, digest: sha256(blob), diffId: sha256(tar), gzip: !!layer.gzip });
  }
  const history: Record<string, unknown>[] = [];
  spec.layers.forEach((layer, index) => {
    for (const empty of spec.emptyHistory ?? []) {
      if (empty.before === index) history.push({ created: spec.created ?? '2024-01-01T00:00:00Z', created_by: empty.createdBy, empty_layer: true });
    }
    history.push({ created: spec.created ?? '2024-01-01T00:00:00Z', created_by: layer.createdBy ?? `layer ${index}` });
  });
  for (const empty of spec.emptyHistory ?? []) {
    if (empty.before >= spec.layers.length) history.push({ created: spec.created ?? '2024-01-01T00:00:00Z', created_by: empty.createdBy, empty_layer: true });
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      created: spec.created ?? '2024-01-01T00:00:00Z',
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'], ...spec.config },
      rootfs: { type: 'layers', diff_ids: layers.map((layer) => `sha256:${layer.diffId}`) },
      history,
    }),
  );
  return { layers, config };
}

/**
 * `docker save`: legacy (Docker < 25: `<id>/layer.tar`, `<hex>.json`) or Docker 25+ (OCI blobs plus
 * manifest.json, with legacy names as symlinks). manifest.json is written last on purpose.
 */
export async function writeDockerArchive(
  file: string,
  spec: ImageSpec,
  style: 'legacy' | 'docker25' | 'docker25-via-symlinks' = 'legacy',
): Promise<void> {
  const { layers, config } = await buildImage(spec);
  const configDigest = sha256(config);
  const entries: EntrySpec[] = [];
  let layerNames: string[];
  let configName: string;
  if (style === 'legacy') {
    configName = `${configDigest}.json`;
    layerNames = layers.map((layer) => `${layer.diffId}/layer.tar`);
    for (const [index, layer] of layers.entries()) {
      entries.push({ name: `${layer.diffId}/`, type: 'directory' });
      entries.push({ name: `${layer.diffId}/VERSION`, content: '1.0' });
      entries.push({ name: layerNames[index], content: layer.blob });
    }
    entries.push({ name: configName, content: config });
  } else {
    configName = `blobs/sha256/${configDigest}`;
    layerNames = layers.map((layer) => `blobs/sha256/${layer.digest}`);
    entries.push({ name: 'blobs/', type: 'directory' }, { name: 'blobs/sha256/', type: 'directory' });
    for (const [index, layer] of layers.entries()) {
      entries.push({ name: layerNames[index], content: layer.blob });
      entries.push({ name: `${layer.diffId}/layer.tar`, type: 'symlink', linkname: `../${layerNames[index]}` });
    }
    entries.push({ name: configName, content: config });
    entries.push({ name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' });
    if (style === 'docker25-via-symlinks') layerNames = layers.map((layer) => `${layer.diffId}/layer.tar`);
  }
  entries.push({ name: 'manifest.json', content: JSON.stringify([{ Config: configName, RepoTags: ['test:latest'], Layers: layerNames }]) });
  await writeFile(file, await tarOf(entries));
}

/** `buildah push IMAGE oci-archive:FILE`: an OCI image layout, optionally behind an image index. */
export async function writeOciArchive(file: string, spec: ImageSpec, options: { nestedIndex?: boolean } = {}): Promise<void> {
  const { layers, config } = await buildImage(spec);
  const blobs = new Map<string, Buffer>();
  const put = (data: Buffer) => {
    const digest = sha256(data);
    blobs.set(digest, data);
    return { digest: `sha256:${digest}`, size: data.length };
  };
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...put(config) },
      layers: layers.map((layer) => ({
        mediaType: layer.gzip ? 'application/vnd.oci.image.layer.v1.tar+gzip' : 'application/vnd.oci.image.layer.v1.tar',
        ...put(layer.blob),
      })),
    }),
  );
  let top = { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...put(manifest), platform: { os: 'linux', architecture: 'amd64' } };
  if (options.nestedIndex) {
    const attestation = { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...put(Buffer.from('{}')), platform: { os: 'unknown', architecture: 'unknown' } };
    const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [top, attestation] }));
    top = { mediaType: 'application/vnd.oci.image.index.v1+json', ...put(index), platform: { os: 'linux', architecture: 'amd64' } };
  }
  const entries: EntrySpec[] = [{ name: 'blobs/', type: 'directory' }, { name: 'blobs/sha256/', type: 'directory' }];
  for (const [digest, data] of blobs) entries.push({ name: `blobs/sha256/${digest}`, content: data });
  entries.push({ name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' });
  entries.push({
    name: 'index.json',
    content: JSON.stringify({ schemaVersion: 2, manifests: [{ ...top, annotations: { 'org.opencontainers.image.ref.name': 'test' } }] }),
  });
  await writeFile(file, await tarOf(entries));
}
