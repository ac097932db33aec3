import { createHash, type Hash } from 'node:crypto';

/**
 * Hashes a file's content as it streams past, once: the sha256 of everything and, for ELF files,
 * a second digest over the executable segments only. The program headers that locate those
 * segments sit at the start of the file, so only a small head is ever held (see `headFirst`).
 */

/** Program headers lie well within this in every real ELF file (they follow the 64-byte header). */
export const HEAD_BYTES = 64 * 1024;
const ELF_MAGIC = 0x464c457f; // "\x7fELF" little-endian
const PT_LOAD = 1;
const PT_NOTE = 4;
const PF_X = 1;

export interface ByteRange {
  start: number;
  end: number;
}

export interface ContentDigests {
  sha256: string;
  codeDigest?: string;
}

/** Re-chunks content so the first chunk holds at least `HEAD_BYTES` (or all of a smaller file). */
export async function* headFirst(content: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let head: Buffer[] | undefined = [];
  let headLength = 0;
  for await (const chunk of content) {
    if (!head) {
      yield chunk;
      continue;
    }
    head.push(chunk);
    headLength += chunk.length;
    if (headLength >= HEAD_BYTES) {
      yield Buffer.concat(head);
      head = undefined;
    }
  }
  if (head && headLength > 0) yield Buffer.concat(head);
}

/** Feed it the chunks of `headFirst`. */
export class ContentHasher {
  private readonly whole = createHash('sha256');
  private position = 0;
  private code: { hash: Hash; ranges: ByteRange[] } | undefined;

  update(chunk: Buffer): void {
    if (this.position === 0) {
      const ranges = elfLayout(chunk)?.code;
      if (ranges?.length) this.code = { hash: createHash('sha256'), ranges };
    }
    this.whole.update(chunk);
    if (this.code) {
      for (const piece of within(this.code.ranges, chunk, this.position)) this.code.hash.update(piece);
    }
    this.position += chunk.length;
  }

  digest(): ContentDigests {
    return { sha256: this.whole.digest('hex'), codeDigest: this.code?.hash.digest('hex') };
  }
}

/** The parts of `chunk` (which starts at file offset `at`) that fall inside `ranges`. */
export function* within(ranges: ByteRange[], chunk: Buffer, at: number): Generator<Buffer> {
  for (const range of ranges) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, at + chunk.length);
    if (start < end) yield chunk.subarray(start - at, end - at);
  }
}

/**
 * File ranges of the loadable executable segments and of the notes (which hold the build id, a
 * hash of everything else), or undefined when this is not a usable ELF file.
 */
export function elfLayout(head: Buffer): { code: ByteRange[]; notes: ByteRange[] } | undefined {
  if (head.length < 52 || head.readUInt32LE(0) !== ELF_MAGIC) return undefined;
  const is64 = head[4] === 2;
  const little = head[5] === 1;
  const u16 = (at: number) => (little ? head.readUInt16LE(at) : head.readUInt16BE(at));
  const u32 = (at: number) => (little ? head.readUInt32LE(at) : head.readUInt32BE(at));
  const word = (at: number) => (is64 ? Number(little ? head.readBigUInt64LE(at) : head.readBigUInt64BE(at)) : u32(at));
  if (is64 && head.length < 64) return undefined;
  const phoff = word(is64 ? 0x20 : 0x1c);
  const phentsize = u16(is64 ? 0x36 : 0x2a);
  const phnum = u16(is64 ? 0x38 : 0x2c);
  if (phnum === 0 || phentsize < (is64 ? 56 : 32) || phoff + phnum * phentsize > head.length) return undefined;
  const code: ByteRange[] = [];
  const notes: ByteRange[] = [];
  for (let i = 0; i < phnum; i++) {
    const entry = phoff + i * phentsize;
    const type = u32(entry);
    const flags = u32(entry + (is64 ? 4 : 24));
    const offset = word(entry + (is64 ? 8 : 4));
    const fileSize = word(entry + (is64 ? 32 : 16));
    if (fileSize === 0) continue;
    if (type === PT_LOAD && flags & PF_X) code.push({ start: offset, end: offset + fileSize });
    else if (type === PT_NOTE) notes.push({ start: offset, end: offset + fileSize });
  }
  const byStart = (a: ByteRange, b: ByteRange) => a.start - b.start;
  return { code: code.sort(byStart), notes: notes.sort(byStart) };
}
