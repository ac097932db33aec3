import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Replaces a file's content atomically: a temporary file next to it (same directory, so the rename
 * cannot cross file systems) with the original mode, then `rename`. Readers see the old or the new
 * file, never half of one. A symlink is followed, so the link stays a link. `expected` guards
 * against clobbering an edit made while we were resolving digests.
 */
export async function writeFileAtomically(file: string, content: Buffer, expected: Buffer): Promise<void> {
  const target = await fs.realpath(file);
  const stat = await fs.stat(target);
  const current = await fs.readFile(target);
  if (!current.equals(expected)) throw new Error('the file changed on disk while it was being fixed; run fix again');

  const mode = stat.mode & 0o7777;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.repro-audit-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, content, { mode, flag: 'wx' });
    // The umask applied to `mode` above; the original mode is what must survive.
    await fs.chmod(temp, mode);
    await fs.chown(temp, stat.uid, stat.gid).catch(() => undefined);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
