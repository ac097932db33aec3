import fs from 'node:fs';

/** Why a file could not be read; callers phrase it for their kind of file. */
export type ReadProblem =
  | { kind: 'missing' }
  | { kind: 'denied' }
  | { kind: 'not-regular'; what: string }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'failed'; code: string };

export type ReadOutcome = { bytes: Buffer } | { problem: ReadProblem };

/**
 * Reads at most `maxBytes` of a regular file. Anything else is refused before a byte is read: a
 * FIFO would block forever and `/dev/zero` never ends, and a symlink named `Dockerfile` in a pull
 * request can point at either. The file is opened non-blocking so that opening a FIFO returns at
 * once, and checked on the open descriptor so it cannot be swapped between check and read. A file
 * that grows past the limit while it is read is refused too, not truncated.
 */
export function readRegularFile(file: string, maxBytes: number): ReadOutcome {
  let descriptor: number;
  try {
    descriptor = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    return { problem: problemOf(error) };
  }
  try {
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) return { problem: { kind: 'not-regular', what: describeFileKind(stat) } };
    if (stat.size > maxBytes) return { problem: { kind: 'too-large', size: stat.size, limit: maxBytes } };
    // One byte more than allowed tells a file that grew from one that is exactly at the limit.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const read = fs.readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { problem: { kind: 'too-large', size: length, limit: maxBytes } };
      if (length === buffer.length) break;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { problem: problemOf(error) };
  } finally {
    fs.closeSync(descriptor);
  }
}

/** The problem in words, for messages such as `.repro-audit.yml: cannot read: <this>`. */
export function describeReadProblem(problem: ReadProblem): string {
  switch (problem.kind) {
    case 'missing':
      return 'no such file';
    case 'denied':
      return 'permission denied';
    case 'not-regular':
      return `not a regular file (${problem.what})`;
    case 'too-large':
      return `${formatBytes(problem.size)}, larger than the ${formatBytes(problem.limit)} limit`;
    case 'failed':
      return problem.code;
  }
}

export function describeFileKind(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return 'a regular file';
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KiB` : `${bytes} bytes`;
}

function problemOf(error: unknown): ReadProblem {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'denied' };
  if (code === 'EISDIR') return { kind: 'not-regular', what: 'a directory' };
  return { kind: 'failed', code };
}
