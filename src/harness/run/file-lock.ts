import fs from 'node:fs';
import { spawn } from 'node:child_process';

/**
 * Advisory locks (flock(2)) on a file, shared or exclusive, held by this process until released or
 * until it exits, however it exits: the lock belongs to the open file, which only this process
 * holds. Node has no flock of its own; util-linux's `flock` takes the lock on the descriptor it
 * inherits and exits, and the lock stays with the open file.
 *
 * A lock file may be removed (by whoever holds it exclusively) while another process waits for
 * it: the waiter then holds a lock on a file no longer there. `acquire` checks the path still
 * names the file it locked, and starts over when it does not.
 */
export class FileLock {
  private constructor(
    private fd: number | undefined,
    readonly file: string,
  ) {}

  /**
   * Locks `file` (created when missing, never through a symbolic link). Waits for the lock unless
   * `wait` is false, in which case a lock held elsewhere returns undefined.
   */
  static async acquire(file: string, mode: 'shared' | 'exclusive', options: { wait: boolean; signal?: AbortSignal }): Promise<FileLock | undefined> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW, 0o644);
      let locked = false;
      try {
        locked = await flock(fd, mode, options);
        if (locked && sameFile(fd, file)) return new FileLock(fd, file);
      } catch (error) {
        fs.closeSync(fd);
        throw error;
      }
      fs.closeSync(fd);
      if (!locked) return undefined;
    }
    throw new Error(`could not lock ${file}: it was replaced again and again while waiting`);
  }

  /** Marks the locked file as used now (its modification time). */
  touch(): void {
    if (this.fd === undefined) return;
    const now = new Date();
    fs.futimesSync(this.fd, now, now);
  }

  /** Removes the lock file while still holding it (exclusively), so a waiter starts over. */
  unlink(): void {
    if (this.fd !== undefined && sameFile(this.fd, this.file)) fs.rmSync(this.file, { force: true });
  }

  release(): void {
    if (this.fd === undefined) return;
    fs.closeSync(this.fd);
    this.fd = undefined;
  }
}

/** What `flock --nonblock` exits with when the lock is held elsewhere (its errors exit 1 or 64+). */
const BUSY = 100;

function flock(fd: number, mode: 'shared' | 'exclusive', options: { wait: boolean; signal?: AbortSignal }): Promise<boolean> {
  options.signal?.throwIfAborted();
  const args = [mode === 'shared' ? '--shared' : '--exclusive', ...(options.wait ? [] : ['--nonblock', '--conflict-exit-code', String(BUSY)]), '3'];
  return new Promise((resolve, reject) => {
    const child = spawn('flock', args, { stdio: ['ignore', 'ignore', 'pipe', fd] });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const abort = () => child.kill('SIGKILL');
    options.signal?.addEventListener('abort', abort, { once: true });
    child.on('error', (error) => {
      options.signal?.removeEventListener('abort', abort);
      reject(error);
    });
    child.on('close', (code) => {
      options.signal?.removeEventListener('abort', abort);
      if (options.signal?.aborted) reject(options.signal.reason);
      else if (code === 0) resolve(true);
      else if (code === BUSY && !options.wait) resolve(false);
      else reject(new Error(`flock failed (${code}): ${stderr.trim()}`));
    });
  });
}

function sameFile(fd: number, file: string): boolean {
  const held = fs.fstatSync(fd);
  try {
    const named = fs.lstatSync(file);
    return named.ino === held.ino && named.dev === held.dev;
  } catch {
    return false;
  }
}
