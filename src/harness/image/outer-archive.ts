import fs from 'node:fs';
import { lstat, open, readdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ImageArchiveError } from './errors.js';
import { normaliseEntryPath } from './paths.js';

/**
 * Random access to the members of an image as it was written out: an uncompressed image archive
 * (`docker save`, `oci-archive:`) or an OCI image layout directory (`oci:`). Of an archive only the
 * 512-byte headers are read to learn where each member's data lies, skipping the data itself, so
 * layers can then be streamed in any order straight from the file without buffering.
 */

export interface ArchiveMember {
  name: string;
  /** The file holding the member's data: the archive, or the member's own file in a layout directory. */
  source: string;
  /** Byte offset of the member's data in `source`. */
  offset: number;
  size: number;
  kind: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  linkTarget?: string;
}

const BLOCK = 512;
/** Long-name and pax headers of image archives are tiny; anything this large is not one. */
const MAX_EXTENDED_HEADER = 1024 * 1024;

export class OuterArchive {
  private constructor(
    readonly file: string,
    private readonly members: Map<string, ArchiveMember>,
  ) {}

  static async open(file: string): Promise<OuterArchive> {
    const stat = await lstat(file).catch(() => undefined);
    if (stat?.isDirectory()) return new OuterArchive(file, await readLayoutDirectory(file));
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      throw new ImageArchiveError(file, `cannot open: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
    try {
      const { size } = await handle.stat();
      return new OuterArchive(file, await readMembers(file, handle, size));
    } finally {
      await handle.close();
    }
  }

  names(): string[] {
    return [...this.members.keys()];
  }

  /** The member a name refers to, following the archive's own (hard or symbolic) links. */
  find(name: string): ArchiveMember | undefined {
    let current = this.members.get(normaliseMemberName(name));
    for (let hops = 0; current && (current.kind === 'symlink' || current.kind === 'hardlink') && hops < 16; hops++) {
      const target = current.kind === 'symlink' ? resolveRelative(current.name, current.linkTarget ?? '') : current.linkTarget;
      current = target === undefined ? undefined : this.members.get(normaliseMemberName(target));
    }
    return current?.kind === 'file' ? current : undefined;
  }

  get(name: string): ArchiveMember {
    const member = this.find(name);
    if (!member) throw new ImageArchiveError(this.file, 'the archive does not contain it', name);
    return member;
  }

  stream(member: ArchiveMember): Readable {
    if (member.size === 0) return Readable.from([]);
    return fs.createReadStream(member.source, { start: member.offset, end: member.offset + member.size - 1 });
  }

  /** First bytes of a member, for format detection. */
  async peek(member: ArchiveMember, length: number): Promise<Buffer> {
    const handle = await open(member.source, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(length, member.size));
      await handle.read(buffer, 0, buffer.length, member.offset);
      return buffer;
    } finally {
      await handle.close();
    }
  }

  async readJson(name: string, maxBytes = 16 * 1024 * 1024): Promise<unknown> {
    const member = this.get(name);
    if (member.size > maxBytes) {
      throw new ImageArchiveError(this.file, `${member.size} bytes is too large for image metadata`, name);
    }
    const buffer = await this.peek(member, member.size);
    try {
      return JSON.parse(buffer.toString('utf8'));
    } catch (error) {
      throw new ImageArchiveError(this.file, `not valid JSON (${(error as Error).message})`, name);
    }
  }
}

/** Member names are normalised like layer entries; a name that climbs out names nothing. */
function normaliseMemberName(name: string): string {
  return normaliseEntryPath(name) ?? '';
}

function resolveRelative(from: string, target: string): string {
  if (target.startsWith('/')) return target;
  const dir = from.includes('/') ? from.slice(0, from.lastIndexOf('/')) : '';
  return `${dir}/${target}`;
}

async function readMembers(file: string, handle: FileHandle, fileSize: number): Promise<Map<string, ArchiveMember>> {
  const members = new Map<string, ArchiveMember>();
  const header = Buffer.alloc(BLOCK);
  let position = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  let globalPax: Record<string, string> = {};

  const readAt = async (buffer: Buffer, at: number, what: string) => {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
    if (bytesRead < buffer.length) throw new ImageArchiveError(file, `truncated archive (${what} at byte ${at} is cut off)`);
  };

  const magic = Buffer.alloc(2);
  await handle.read(magic, 0, 2, 0);
  if (magic[0] === 0x1f && magic[1] === 0x8b) {
    throw new ImageArchiveError(file, 'the archive is gzip-compressed; decompress it first (e.g. `gunzip -k`)');
  }
  while (position + BLOCK <= fileSize) {
    await readAt(header, position, 'header');
    if (header.every((byte) => byte === 0)) break;
    if (!checksumMatches(header)) {
      throw new ImageArchiveError(file, position === 0 ? 'not a tar archive' : `corrupt tar header at byte ${position}`);
    }
    const size = parseNumeric(header.subarray(124, 136));
    const dataOffset = position + BLOCK;
    const declaredSize = pax.size !== undefined ? Number(pax.size) : size;
    if (!Number.isSafeInteger(declaredSize) || declaredSize < 0 || dataOffset + declaredSize > fileSize) {
      throw new ImageArchiveError(file, `truncated archive: a member at byte ${position} declares ${declaredSize} bytes past the end of the file`);
    }
    const typeflag = String.fromCharCode(header[156] || 0x30);

    if (typeflag === 'L' || typeflag === 'K' || typeflag === 'x' || typeflag === 'g') {
      if (size > MAX_EXTENDED_HEADER) throw new ImageArchiveError(file, `extended header of ${size} bytes at byte ${position}`);
      const data = Buffer.alloc(size);
      await readAt(data, dataOffset, 'extended header');
      if (typeflag === 'L') longName = cString(data);
      else if (typeflag === 'K') longLink = cString(data);
      else if (typeflag === 'x') pax = { ...globalPax, ...parsePax(data) };
      else globalPax = parsePax(data);
    } else {
      const name = normaliseMemberName(pax.path ?? longName ?? ustarName(header));
      const linkTarget = pax.linkpath ?? longLink ?? cString(header.subarray(157, 257));
      const kind = memberKind(typeflag);
      if (name !== '') {
        members.set(name, {
          name,
          source: file,
          offset: dataOffset,
          size: kind === 'file' ? declaredSize : 0,
          kind,
          linkTarget: kind === 'symlink' || kind === 'hardlink' ? linkTarget : undefined,
        });
      }
      pax = { ...globalPax };
      longName = undefined;
      longLink = undefined;
    }
    const dataSize = typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K' ? size : declaredSize;
    position = dataOffset + Math.ceil(dataSize / BLOCK) * BLOCK;
  }
  if (members.size === 0) throw new ImageArchiveError(file, 'empty or not a tar archive');
  return members;
}

/** An OCI layout is `oci-layout`, `index.json` and `blobs/<algorithm>/<digest>`: nothing deeper. */
const MAX_LAYOUT_DEPTH = 3;
const MAX_LAYOUT_FILES = 100_000;

/**
 * The regular files of a layout directory as members. Nothing else is a member: a symbolic link
 * or a device is never followed or read, wherever it points.
 */
async function readLayoutDirectory(dir: string): Promise<Map<string, ArchiveMember>> {
  const members = new Map<string, ArchiveMember>();
  const pending: { relative: string; depth: number }[] = [{ relative: '', depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const entry of await readdir(path.join(dir, next.relative), { withFileTypes: true })) {
      const name = next.relative ? `${next.relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && next.depth + 1 < MAX_LAYOUT_DEPTH) pending.push({ relative: name, depth: next.depth + 1 });
      if (!entry.isFile()) continue;
      if (members.size >= MAX_LAYOUT_FILES) throw new ImageArchiveError(dir, `more than ${MAX_LAYOUT_FILES} files: not an image layout`);
      const source = path.join(dir, name);
      members.set(name, { name, source, offset: 0, size: (await lstat(source)).size, kind: 'file' });
    }
  }
  if (members.size === 0) throw new ImageArchiveError(dir, 'an empty directory, not an image layout');
  return members;
}

function memberKind(typeflag: string): ArchiveMember['kind'] {
  switch (typeflag) {
    case '0':
    case '7':
      return 'file';
    case '5':
      return 'directory';
    case '2':
      return 'symlink';
    case '1':
      return 'hardlink';
    default:
      return 'other';
  }
}

function checksumMatches(header: Buffer): boolean {
  let sum = 8 * 0x20;
  for (let i = 0; i < BLOCK; i++) if (i < 148 || i >= 156) sum += header[i];
  return parseNumeric(header.subarray(148, 156)) === sum;
}

/** Octal, or GNU base-256 when the high bit of the first byte is set. */
function parseNumeric(field: Buffer): number {
  if (field[0] & 0x80) {
    let value = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i];
    return value;
  }
  const text = cString(field).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

function cString(buffer: Buffer): string {
  const end = buffer.indexOf(0);
  return buffer.toString('utf8', 0, end === -1 ? buffer.length : end);
}

function ustarName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const isUstar = header.toString('latin1', 257, 263) === 'ustar\0';
  const prefix = isUstar ? cString(header.subarray(345, 500)) : '';
  return prefix ? `${prefix}/${name}` : name;
}

function parsePax(data: Buffer): Record<string, string> {
  const result: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    if (space === -1) break;
    const length = parseInt(data.toString('latin1', at, space), 10);
    if (!(length > 0) || at + length > data.length) break;
    const record = data.toString('utf8', space + 1, at + length - 1);
    const equals = record.indexOf('=');
    if (equals > 0) result[record.slice(0, equals)] = record.slice(equals + 1);
    at += length;
  }
  return result;
}
