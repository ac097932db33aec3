import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ImageArchiveError } from './errors.js';
import type { LayerInfo } from './types.js';
import type { ArchiveMember, OuterArchive } from './outer-archive.js';

/** Layers are detected by their magic bytes, not by media type: archives mislabel them. */
export function detectCompression(head: Buffer): LayerInfo['compression'] | 'bzip2' | 'xz' {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  if (head.toString('latin1', 0, 3) === 'BZh') return 'bzip2';
  if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return 'xz';
  return 'none';
}

type ZstdZlib = typeof zlib & { createZstdDecompress?: () => NodeJS.ReadWriteStream };

/** How a layer member is compressed; throws `ImageArchiveError` for compressions images cannot use. */
export async function layerCompression(archive: OuterArchive, member: ArchiveMember): Promise<LayerInfo['compression']> {
  const head = await archive.peek(member, 8);
  const compression = head.length >= 6 ? detectCompression(head) : 'none';
  if (compression === 'bzip2' || compression === 'xz') {
    throw new ImageArchiveError(archive.file, `${compression}-compressed layers are not supported by image formats`, member.name);
  }
  return compression;
}

/** The uncompressed tar stream of a layer member. */
export async function openLayerTar(archive: OuterArchive, member: ArchiveMember): Promise<{ stream: Readable; compression: LayerInfo['compression'] }> {
  const compression = await layerCompression(archive, member);
  if (compression === 'zstd' && !(zlib as ZstdZlib).createZstdDecompress) {
    throw new ImageArchiveError(archive.file, `zstd-compressed layers need Node.js >= 22.15 (this is ${process.version})`, member.name);
  }
  const raw = archive.stream(member);
  switch (compression) {
    case 'none':
      return { stream: raw, compression };
    case 'gzip':
      return { stream: decompress(raw, zlib.createGunzip()), compression };
    case 'zstd':
      return { stream: decompress(raw, (zlib as ZstdZlib).createZstdDecompress!()), compression };
  }
}

/** `pipeline` so a read error of the archive reaches whoever consumes the decompressed stream. */
function decompress(raw: Readable, decompressor: NodeJS.ReadWriteStream): Readable {
  return pipeline(raw, decompressor, () => {}) as unknown as Readable;
}
