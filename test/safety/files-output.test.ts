import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledCli } from '../support/bundle.js';
import { requireComponent } from '../support/requirements.js';

/**
 * `--output`, `fix --write` and `nixify -o` never replace, follow or truncate what is not a
 * regular file of the user's: the atomic rename used to put a regular file where a device, FIFO
 * or symbolic link was (`--output /dev/null` broke apt on a machine run as root).
 */
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-output-'));
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM node:20-alpine\nRUN apk add curl\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;
const rootMissing = requireComponent('root', isRoot ? undefined : 'making a device node (mknod) needs root');

describe('report outputs onto what is not a regular file', () => {
  it.skipIf(rootMissing)('writes into a character device in place and leaves it a device', () => {
    // A private null device (same major/minor as /dev/null), so the test never touches the machine's.
    const device = path.join(dir, 'null');
    execFileSync('mknod', ['-m', '666', device, 'c', '1', '3']);
    const run = runBundledCli(['Dockerfile', '--format', 'json', '--output', device], { cwd: dir });
    expect(run.stderr).not.toContain('internal error');
    expect(run.code).toBe(0);
    expect(fs.lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('writes into a FIFO that is being read, and refuses (without hanging) one that is not', async () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const unread = runBundledCli(['Dockerfile', '--format', 'json', '--output', fifo], { cwd: dir, timeoutMs: 20_000 });
    expect(unread.signal).toBeNull();
    expect(unread.code).toBe(2);
    expect(unread.stderr).toContain('pipe is a FIFO that nobody is reading');

    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    // The reader opens the FIFO asynchronously; the write must find it open, so wait until it is.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const read = runBundledCli(['Dockerfile', '--format', 'json', '--output', fifo], { cwd: dir });
    await closed;
    expect(read.code).toBe(0);
    expect(JSON.parse(received).findings.length).toBeGreaterThan(0);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a symbolic link and leaves both the link and its target as they were', () => {
    const target = path.join(dir, 'precious.txt');
    fs.writeFileSync(target, 'keep me\n');
    fs.symlinkSync(target, path.join(dir, 'link.json'));
    const run = runBundledCli(['Dockerfile', '--format', 'json', '--output', 'link.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('link.json is a symbolic link');
    expect(fs.lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me\n');
  });

  it('replaces a regular file atomically and keeps its mode', () => {
    const report = path.join(dir, 'report.json');
    fs.writeFileSync(report, 'old');
    fs.chmodSync(report, 0o640);
    expect(runBundledCli(['Dockerfile', '--format', 'json', '--output', 'report.json'], { cwd: dir }).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(report, 'utf8')).findings.length).toBeGreaterThan(0);
    expect(fs.statSync(report).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });
});

describe('nixify -o', () => {
  it('refuses a symbolic link to a file outside the tree and a FIFO nobody reads, without hanging', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'victim'), 'precious\n');
      fs.symlinkSync(path.join(outside, 'victim'), path.join(dir, 'flake.nix'));
      const linked = runBundledCli(['nixify', 'Dockerfile', '-o', 'flake.nix'], { cwd: dir });
      expect(linked.code).toBe(2);
      expect(linked.stderr).toContain('flake.nix is a symbolic link');
      expect(fs.readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('precious\n');

      execFileSync('mkfifo', [path.join(dir, 'fifo.nix')]);
      const fifo = runBundledCli(['nixify', 'Dockerfile', '-o', 'fifo.nix'], { cwd: dir, timeoutMs: 20_000 });
      expect(fifo.signal).toBeNull();
      expect(fifo.code).toBe(2);
      expect(fifo.stderr).toContain('nobody is reading');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('never leaves a truncated flake when the write fails (a full file system)', () => {
    // A real ENOSPC: a 64 KiB tmpfs filled up after the old flake was written (root, as in CI);
    // without root, a folder the temporary file cannot be created in.
    const folder = path.join(dir, 'out');
    fs.mkdirSync(folder);
    const mounted = isRoot;
    if (mounted) execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder]);
    try {
      const flake = path.join(folder, 'flake.nix');
      fs.writeFileSync(flake, '{ old = "flake"; }\n');
      if (mounted) fillUp(path.join(folder, 'filler'));
      else fs.chmodSync(folder, 0o555);
      const run = runBundledCli(['nixify', 'Dockerfile', '-o', 'out/flake.nix'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/cannot write out\/flake\.nix: (ENOSPC|EACCES)/);
      expect(fs.readFileSync(flake, 'utf8')).toBe('{ old = "flake"; }\n');
      expect(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    } finally {
      if (mounted) execFileSync('umount', [folder]);
      else fs.chmodSync(folder, 0o755);
    }
  });
});

function fillUp(file: string): void {
  const descriptor = fs.openSync(file, 'w');
  try {
    for (;;) fs.writeSync(descriptor, Buffer.alloc(4096, 1));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(descriptor);
  }
}
