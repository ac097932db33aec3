import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describeFileKind } from './read.js';

/** A write that was refused or failed; the message names the file and says why. */
export class WriteError extends Error {}

export interface WriteOptions {
  /**
   * The tree the file must stay inside (`fix --write` over a directory): a target whose folder
   * resolves outside it through a symbolic link is refused.
   */
  inside?: string;
  /** The bytes the file must still hold (guards against clobbering an edit made meanwhile). */
  expected?: Uint8Array;
  /** Create missing parent folders (report outputs); files being fixed always exist. */
  createParents?: boolean;
  /** How messages name the file (the path as the user typed it); defaults to `file`. */
  shownAs?: string;
}

/**
 * The one way repro-audit writes a file the user named or a file it fixes. A regular file (or a new
 * one) is replaced atomically: a temporary file beside it with the original mode and owner, then
 * `rename`, so readers see the old or the new content and a failure never leaves half a file.
 * What is not a regular file is never replaced: a device (`--output /dev/null`) or a FIFO is
 * written in place, a FIFO only while someone reads it (otherwise the open would hang), and a
 * symbolic link, directory or socket is refused with a message naming it.
 */
export function writeFileSafely(target: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const file = options.shownAs ?? target;
  const directory = path.dirname(path.resolve(target));
  if (options.createParents) {
    try {
      fs.mkdirSync(directory, { recursive: true });
    } catch (error) {
      throw new WriteError(`cannot create the folder of ${file}: ${codeOf(error)}`);
    }
  }
  if (options.inside !== undefined) refuseOutside(file, directory, options.inside);

  const stat = lstatOrUndefined(target, file);
  if (stat?.isSymbolicLink()) {
    throw new WriteError(`${file} is a symbolic link (to ${readLink(target)}); repro-audit does not write through links: name the file itself`);
  }
  if (stat && (stat.isFIFO() || stat.isCharacterDevice() || stat.isBlockDevice())) {
    if (options.expected) throw new WriteError(`${file} is ${describeFileKind(stat)}, not a file that can be fixed`);
    writeInPlace(target, file, stat, content);
    return;
  }
  if (stat && !stat.isFile()) throw new WriteError(`${file} is ${describeFileKind(stat)}; not writing to it`);
  if (options.expected) {
    const current = stat ? fs.readFileSync(target) : undefined;
    if (!current || !current.equals(options.expected)) throw new WriteError(`${file} changed on disk while it was being processed; run again`);
  }
  replaceAtomically(target, file, stat, content);
}

function replaceAtomically(target: string, shown: string, existing: fs.Stats | undefined, content: string | Uint8Array): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.repro-audit-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const mode = existing ? existing.mode & 0o7777 : 0o666;
  try {
    // `wx` is O_CREAT|O_EXCL: it never follows or reuses something already at the temporary name.
    const descriptor = fs.openSync(temporary, 'wx', mode);
    try {
      writeAll(descriptor, content);
      if (existing) {
        // The umask applied to `mode` above; the original mode and owner are what must survive.
        fs.fchmodSync(descriptor, mode);
        if (process.getuid?.() === 0) fs.fchownSync(descriptor, existing.uid, existing.gid);
      }
      fs.fsyncSync(descriptor);
    } finally {
      fs.closeSync(descriptor);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  }
}

function writeInPlace(target: string, shown: string, seen: fs.Stats, content: string | Uint8Array): void {
  let probe: number;
  try {
    // Non-blocking, so a FIFO nobody reads fails with ENXIO instead of hanging; O_NOFOLLOW, so a
    // link swapped in since the lstat is not followed.
    probe = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
  } catch (error) {
    if (codeOf(error) === 'ENXIO') throw new WriteError(`${shown} is a FIFO that nobody is reading; not waiting for a reader`);
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  }
  try {
    const opened = fs.fstatSync(probe);
    if (opened.ino !== seen.ino || opened.dev !== seen.dev) throw new WriteError(`${shown} was replaced while it was being opened; not writing`);
    // A reader is there now, so a blocking open returns at once; blocking writes need no retry loop.
    const descriptor = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_NOFOLLOW);
    try {
      writeAll(descriptor, content);
    } finally {
      fs.closeSync(descriptor);
    }
  } catch (error) {
    if (error instanceof WriteError) throw error;
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  } finally {
    fs.closeSync(probe);
  }
}

function refuseOutside(shown: string, directory: string, root: string): void {
  let realDirectory: string;
  let realRoot: string;
  try {
    realDirectory = fs.realpathSync(directory);
    realRoot = fs.realpathSync(root);
  } catch (error) {
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  }
  if (realDirectory !== realRoot && !realDirectory.startsWith(realRoot + path.sep)) {
    throw new WriteError(`${shown} is in a folder that leads outside ${root} through a symbolic link (to ${realDirectory}); not writing`);
  }
}

function writeAll(descriptor: number, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(descriptor, bytes, offset, bytes.length - offset);
}

function lstatOrUndefined(target: string, shown: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(target);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  }
}

function readLink(target: string): string {
  try {
    return fs.readlinkSync(target);
  } catch {
    return '?';
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
