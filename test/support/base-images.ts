import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Docker from 'dockerode';

/**
 * Base images for integration tests, built locally (no registry is reachable) and cached by tag in
 * the engine, with the slow Debian root file system cached as a tarball once per machine.
 */
export const BUSYBOX_IMAGE = 'repro-audit-test/busybox:static';
export const DEBIAN_GCC_IMAGE = 'repro-audit-test/debian-gcc:bookworm';
export const CACHE_DIR = process.env.REPRO_AUDIT_TEST_CACHE ?? '/var/cache/repro-audit-test';

async function present(docker: Docker, tag: string): Promise<boolean> {
  return docker
    .getImage(tag)
    .inspect()
    .then(
      () => true,
      () => false,
    );
}

/** busybox-static as /bin/busybox plus one symlink per applet, imported as a one-layer image. */
export async function ensureBusyboxImage(docker: Docker): Promise<string> {
  if (await present(docker, BUSYBOX_IMAGE)) return BUSYBOX_IMAGE;
  const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((candidate) => fs.existsSync(candidate));
  if (!busybox) throw new Error('busybox-static is not installed (run .ci/setup/docker.sh)');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-busybox-'));
  try {
    for (const dir of ['bin', 'tmp', 'etc', 'root']) fs.mkdirSync(path.join(root, dir));
    fs.chmodSync(path.join(root, 'tmp'), 0o1777);
    fs.copyFileSync(busybox, path.join(root, 'bin/busybox'));
    fs.chmodSync(path.join(root, 'bin/busybox'), 0o755);
    const applets = execFileSync(busybox, ['--list'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const applet of applets) if (applet !== 'busybox') fs.symlinkSync('busybox', path.join(root, 'bin', applet));
    fs.writeFileSync(path.join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
    fs.writeFileSync(path.join(root, 'etc/group'), 'root:x:0:\n');
    importRootfs(`tar -C ${root} -c .`, BUSYBOX_IMAGE);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return BUSYBOX_IMAGE;
}

/**
 * Debian bookworm (minbase) with gcc and libc6-dev, made with debootstrap from the machine's
 * Debian mirror. Takes minutes the first time; the root file system tarball is cached.
 */
export async function ensureDebianGccImage(docker: Docker): Promise<string> {
  if (await present(docker, DEBIAN_GCC_IMAGE)) return DEBIAN_GCC_IMAGE;
  const tarball = path.join(CACHE_DIR, 'debian-gcc-bookworm.rootfs.tar');
  if (!fs.existsSync(tarball)) {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const root = path.join(CACHE_DIR, `debian-root.${process.pid}`);
    try {
      execFileSync('debootstrap', ['--variant=minbase', '--include=gcc,libc6-dev', 'bookworm', root, debianMirror()], { stdio: 'ignore' });
      execFileSync('tar', ['-C', root, '--numeric-owner', '-cf', `${tarball}.tmp`, '.']);
      fs.renameSync(`${tarball}.tmp`, tarball);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
  importRootfs(`cat ${tarball}`, DEBIAN_GCC_IMAGE);
  return DEBIAN_GCC_IMAGE;
}

function importRootfs(producer: string, tag: string): void {
  execFileSync('sh', ['-c', `${producer} | docker import - ${tag}`], { stdio: 'ignore' });
}

/** The Debian mirror apt uses on this machine (deb822 or one-line sources), else deb.debian.org. */
export function debianMirror(): string {
  const files = ['/etc/apt/sources.list', ...listDir('/etc/apt/sources.list.d').map((name) => path.join('/etc/apt/sources.list.d', name))];
  for (const file of files) {
    if (!/\.(list|sources)$/.test(file) || !fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    const uri = /^URIs:\s*(\S+\/debian)\/?\s*$/m.exec(text)?.[1] ?? /^deb\s+(?:\[[^\]]*\]\s+)?(\S+\/debian)\/?\s+bookworm\b/m.exec(text)?.[1];
    if (uri) return uri;
  }
  return 'http://deb.debian.org/debian';
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
