import { createHash, type Hash } from 'node:crypto';
import { elfLayout, headFirst, within, type ByteRange } from './content-hasher.js';
import { forEachLayerEntry } from './layer-entries.js';
import { OuterArchive } from './outer-archive.js';
import { normaliseEntryPath } from './paths.js';
import { maskTimestamps } from './timestamps.js';
import type { ImageIndex } from './types.js';

/**
 * The second look at files that differ: only their layers are streamed again, and only those
 * files' bytes are examined, to tell timestamp noise from real change and to show small text
 * files as a diff.
 */

/** Text files up to this size (both sides) are shown as a unified diff. */
export const MAX_TEXT_DIFF_BYTES = 64 * 1024;
/** Masking works line by line; a "line" longer than this (binary data) is hashed unmasked. */
const MAX_MASKED_LINE = 1024 * 1024;

export interface ContentProbe {
  /** The content, when it is small, valid UTF-8 text. */
  text?: string;
  /** sha256 of the content with date/time-looking runs masked (see `maskTimestamps`). */
  timeMaskedDigest: string;
  /** For gzip files: sha256 with the header's MTIME field zeroed. */
  gzipMaskedDigest?: string;
}

/**
 * Probes of the given paths of an image read from an archive (keyed by path). A path whose content
 * lies in a layer the source left out (`contentLeftOut`) gets none.
 */
export async function probeFiles(image: ImageIndex, paths: Iterable<string>): Promise<Map<string, ContentProbe>> {
  const probes = new Map<string, ContentProbe>();
  if (image.source.kind === 'manifest') return probes;
  const wantedByLayer = [...contentLayers(image, paths)].filter(([layer]) => image.layers[layer]?.member !== undefined);
  if (wantedByLayer.length === 0) return probes;
  const archive = await OuterArchive.open(image.source.path);
  for (const [layer, wanted] of wantedByLayer.sort(([a], [b]) => a - b)) {
    const member = archive.get(image.layers[layer]!.member!);
    await forEachLayerEntry(archive, member, layer, async (header, content) => {
      const path = normaliseEntryPath(header.name);
      const names = path === undefined ? undefined : wanted.get(path);
      if (!names || (header.type !== 'file' && header.type !== 'contiguous-file')) return;
      const probe = await probeContent(content, header.size);
      for (const name of names) probes.set(name, probe);
    });
  }
  return probes;
}

/** Whether the content of one of these paths lies in a layer the image's source does not hold. */
export function contentLeftOut(image: ImageIndex, paths: Iterable<string>): boolean {
  if (image.source.kind === 'manifest') return false;
  return [...contentLayers(image, paths).keys()].some((layer) => image.layers[layer]?.member === undefined);
}

/** The layers holding the paths' content, each with the paths it holds under the names asked for. */
function contentLayers(image: ImageIndex, paths: Iterable<string>): Map<number, Map<string, string[]>> {
  // Hard links carry no data: probe the file they link to, under the link's name.
  const wantedByLayer = new Map<number, Map<string, string[]>>();
  for (const path of paths) {
    let entry = image.files.get(path);
    if (entry?.type === 'hardlink' && entry.linkTarget) entry = image.files.get(entry.linkTarget);
    if (entry?.type !== 'file') continue;
    let wanted = wantedByLayer.get(entry.layer);
    if (!wanted) wantedByLayer.set(entry.layer, (wanted = new Map()));
    wanted.set(entry.path, [...(wanted.get(entry.path) ?? []), path]);
  }
  return wantedByLayer;
}

async function probeContent(content: AsyncIterable<Buffer>, size: number): Promise<ContentProbe> {
  const masked = new MaskedHasher();
  const gzip = new GzipHeaderMasker();
  const small: Buffer[] | undefined = size <= MAX_TEXT_DIFF_BYTES ? [] : undefined;
  let position = 0;
  let notes: ByteRange[] = [];
  for await (let chunk of headFirst(content)) {
    if (position === 0) notes = elfLayout(chunk)?.notes ?? [];
    if (notes.length > 0) {
      // The build id in an ELF note is a hash of the rest: it differs whenever anything does.
      chunk = Buffer.from(chunk);
      for (const piece of within(notes, chunk, position)) piece.fill(0);
    }
    position += chunk.length;
    masked.update(chunk);
    gzip.update(chunk);
    small?.push(chunk);
  }
  return {
    text: small ? decodeText(Buffer.concat(small)) : undefined,
    timeMaskedDigest: masked.digest(),
    gzipMaskedDigest: gzip.digest(),
  };
}

function decodeText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

class MaskedHasher {
  private readonly hash = createHash('sha256');
  private pending = '';

  update(chunk: Buffer): void {
    // latin1 maps bytes 1:1, so binary content masks as safely as text.
    const text = this.pending + chunk.toString('latin1');
    const cut = text.lastIndexOf('\n') + 1;
    if (cut > 0) {
      this.hash.update(maskTimestamps(text.slice(0, cut)), 'latin1');
      this.pending = text.slice(cut);
    } else {
      this.pending = text;
    }
    if (this.pending.length > MAX_MASKED_LINE) {
      this.hash.update(this.pending, 'latin1');
      this.pending = '';
    }
  }

  digest(): string {
    this.hash.update(maskTimestamps(this.pending), 'latin1');
    return this.hash.digest('hex');
  }
}

/** gzip writes the compression time into bytes 4–7 of its header. */
class GzipHeaderMasker {
  private hash: Hash | undefined;
  private isGzip: boolean | undefined;

  update(chunk: Buffer): void {
    if (this.isGzip === undefined) {
      this.isGzip = chunk.length >= 8 && chunk[0] === 0x1f && chunk[1] === 0x8b;
      if (!this.isGzip) return;
      this.hash = createHash('sha256');
      const head = Buffer.from(chunk.subarray(0, 8));
      head.fill(0, 4, 8);
      this.hash.update(head);
      this.hash.update(chunk.subarray(8));
    } else {
      this.hash?.update(chunk);
    }
  }

  digest(): string | undefined {
    return this.hash?.digest('hex');
  }
}
