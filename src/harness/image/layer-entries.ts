import type { Hash } from 'node:crypto';
import { finished } from 'node:stream/promises';
import { pipeline } from 'node:stream';
import tar, { type Header } from 'tar-stream';
import { ImageArchiveError, describeError } from './errors.js';
import { openLayerTar } from './layer-stream.js';
import type { ArchiveMember, OuterArchive } from './outer-archive.js';
import type { LayerInfo } from './types.js';

export type LayerEntryHandler = (header: Header, content: AsyncIterable<Buffer>) => Promise<void> | void;

/**
 * Streams every entry of one layer through `onEntry`, in archive order. Content the handler does
 * not read is skipped, never held. With `digest`, every byte of the uncompressed layer (the end
 * of archive and any padding after it included) is hashed too. Returns the compression the layer used.
 */
export async function forEachLayerEntry(
  archive: OuterArchive,
  member: ArchiveMember,
  layerNumber: number,
  onEntry: LayerEntryHandler,
  digest?: Hash,
): Promise<LayerInfo['compression']> {
  const { stream, compression } = await openLayerTar(archive, member);
  if (digest) stream.on('data', (chunk: Buffer) => digest.update(chunk));
  const extract = tar.extract();
  pipeline(stream, extract, () => {});
  try {
    for await (const entry of extract) {
      await onEntry(entry.header, entry as AsyncIterable<Buffer>);
      entry.resume();
    }
    if (digest) await finished(stream);
  } catch (error) {
    stream.destroy();
    if (error instanceof ImageArchiveError) throw error;
    throw new ImageArchiveError(archive.file, `layer ${layerNumber + 1}: ${layerProblem(error)}`, member.name);
  }
  return compression;
}

function layerProblem(error: unknown): string {
  const message = describeError(error);
  if (/unexpected end of data/i.test(message)) return 'truncated layer (an entry declares more data than the layer holds)';
  if (/invalid tar header|unknown format/i.test(message)) return 'not a tar archive (corrupt header or unsupported compression)';
  if (/incorrect header check|unexpected end of file|invalid/i.test(message)) return `corrupt compressed data (${message})`;
  return message;
}
