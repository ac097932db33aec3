import { createHash, type Hash } from 'node:crypto';

/**
 * Hashes a file's content as it streams past, once: the sha256 of everything and, for ELF files,
 * a second digest over the executable segments only. The program headers that locate those
 * segments sit at the start of the file, so a small prefix is all that is ever held.
 */

/** Program headers lie well within this in every real ELF file (they follow the 64-byte header). */
const ELF_PREFIX = 64 * 1024;
const ELF_MAGIC = 0x464c457f; // "\x7fELF" little-endian
const PT_LOAD = 1;
const PF_X = 1;

interface ByteRange {
  start: number;
  end: number;
}

export interface ContentDigests {
  sha256: string;
  codeDigest?: string;
}

export class ContentHasher {
  private readonly whole = createHash('sha256');
  private position = 0;
  private prefix: Buffer[] | undefined = [];
  private prefixLength = 0;
  private code: { hash: Hash; ranges: ByteRange[] } | undefined;

  update(chunk: Buffer): void {
    this.whole.update(chunk);
    if (this.prefix) {
      this.prefix.push(chunk);
      this.prefixLength += chunk.length;
      if (this.prefixLength >= ELF_PREFIX) this.settlePrefix();
    } else if (this.code) {
      this.hashCode(chunk, this.position);
    }
    this.position += chunk.length;
  }

  digest(): ContentDigests {
    if (this.prefix) this.settlePrefix();
    return { sha256: this.whole.digest('hex'), codeDigest: this.code?.hash.digest('hex') };
  }

  private settlePrefix(): void {
    const head = Buffer.concat(this.prefix ?? []);
    this.prefix = undefined;
    const ranges = executableRanges(head);
    if (!ranges) return;
    this.code = { hash: createHash('sha256'), ranges };
    this.hashCode(head, 0);
  }

  private hashCode(chunk: Buffer, at: number): void {
    if (!this.code) return;
    for (const range of this.code.ranges) {
      const start = Math.max(range.start, at);
      const end = Math.min(range.end, at + chunk.length);
      if (start < end) this.code.hash.update(chunk.subarray(start - at, end - at));
    }
  }
}

/** File ranges of the loadable executable segments, or undefined when this is not a usable ELF file. */
export function executableRanges(head: Buffer): ByteRange[] | undefined {
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
  const ranges: ByteRange[] = [];
  for (let i = 0; i < phnum; i++) {
    const entry = phoff + i * phentsize;
    const type = u32(entry);
    const flags = u32(entry + (is64 ? 4 : 24));
    if (type !== PT_LOAD || !(flags & PF_X)) continue;
    const offset = word(entry + (is64 ? 8 : 4));
    const fileSize = word(entry + (is64 ? 32 : 16));
    if (fileSize > 0) ranges.push({ start: offset, end: offset + fileSize });
  }
  return ranges.length > 0 ? ranges.sort((a, b) => a.start - b.start) : undefined;
}
