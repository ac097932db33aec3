import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pack } from 'tar-stream';

/**
 * Writes tiny but real OCI images into an OCI image layout directory (what `skopeo copy oci:DIR:tag`
 * reads): one uncompressed layer holding a text file, a config and a manifest per platform, and an
 * image index when several platforms are asked for. Nothing is pulled; the non-native platforms need
 * not run, they only have to be valid images.
 */
export interface OciPlatform {
  os: string;
  architecture: string;
  variant?: string;
}

export interface OciImageSpec {
  tag: string;
  /** One platform: a single manifest. Several: an index of one manifest each. */
  platforms: OciPlatform[];
  /** Distinguishes the contents (and so the digests) of images with the same platforms. */
  content?: string;
}

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: OciPlatform;
  annotations?: Record<string, string>;
}

export async function writeOciLayout(dir: string, images: OciImageSpec[]): Promise<void> {
  await fs.mkdir(path.join(dir, 'blobs', 'sha256'), { recursive: true });
  await fs.writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  const refs: Descriptor[] = [];
  for (const image of images) {
    const manifests: Descriptor[] = [];
    for (const platform of image.platforms) {
      manifests.push({ ...(await writeImage(dir, image, platform)), platform });
    }
    const top =
      manifests.length === 1
        ? { ...manifests[0]!, platform: undefined }
        : await writeBlob(
            dir,
            'application/vnd.oci.image.index.v1+json',
            JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }),
          );
    refs.push({ ...top, annotations: { 'org.opencontainers.image.ref.name': image.tag } });
  }
  await fs.writeFile(
    path.join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: refs }),
  );
}

async function writeImage(dir: string, image: OciImageSpec, platform: OciPlatform): Promise<Descriptor> {
  const platformName = [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
  const layerBytes = await tarOf('hello.txt', `${image.content ?? image.tag} for ${platformName}\n`);
  const layer = await writeBlob(dir, 'application/vnd.oci.image.layer.v1.tar', layerBytes);
  const config = await writeBlob(
    dir,
    'application/vnd.oci.image.config.v1+json',
    JSON.stringify({
      architecture: platform.architecture,
      os: platform.os,
      ...(platform.variant ? { variant: platform.variant } : {}),
      config: { Cmd: ['/hello.txt'] },
      rootfs: { type: 'layers', diff_ids: [layer.digest] },
    }),
  );
  return writeBlob(
    dir,
    'application/vnd.oci.image.manifest.v1+json',
    JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config, layers: [layer] }),
  );
}

async function writeBlob(dir: string, mediaType: string, content: string | Uint8Array): Promise<Descriptor> {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const hex = createHash('sha256').update(bytes).digest('hex');
  await fs.writeFile(path.join(dir, 'blobs', 'sha256', hex), bytes);
  return { mediaType, digest: `sha256:${hex}`, size: bytes.byteLength };
}

function tarOf(name: string, text: string): Promise<Buffer> {
  const archive = pack();
  archive.entry({ name, mode: 0o644, mtime: new Date(0), uid: 0, gid: 0 }, text);
  archive.finalize();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    archive.on('data', (chunk: unknown) => {
      chunks.push(chunk as Buffer);
    });
    archive.on('end', () => resolve(Buffer.concat(chunks)));
    archive.on('error', reject);
  });
}
