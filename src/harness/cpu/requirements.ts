import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from '../run/process.js';

export interface CpuBuilderTools {
  buildah: string;
  qemu: string;
}

/** Where Debian's packages put them; PATH is searched first. */
const QEMU_NAMES = ['qemu-x86_64-static', 'qemu-x86_64'];

/**
 * Checks everything the CPU-variant builder needs, up front, and returns every problem at once
 * (with what to do about it) rather than failing halfway through a slow build.
 */
export async function checkCpuBuilderRequirements(): Promise<{ tools?: CpuBuilderTools; problems: string[] }> {
  const problems: string[] = [];
  if (process.platform !== 'linux' || os.arch() !== 'x64') {
    problems.push(`the CPU builder emulates x86-64 CPU models and needs an x86-64 Linux host (this is ${process.platform}/${os.arch()})`);
  }
  const [major = 0, minor = 0] = os.release().split(/[.-]/).map(Number);
  if (major < 6 || (major === 6 && minor < 7)) {
    problems.push(`Linux ${os.release()} has no per-user-namespace binfmt_misc; the CPU builder needs Linux >= 6.7`);
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    problems.push('the CPU builder must run as root (it maps 65536 uids into its own user namespace)');
  }
  const maxUserNamespaces = await fs.readFile('/proc/sys/user/max_user_namespaces', 'utf8').catch(() => '0');
  if (Number(maxUserNamespaces.trim()) === 0) {
    problems.push('user namespaces are disabled (sysctl user.max_user_namespaces=0)');
  }
  const buildah = await findExecutable(['buildah']);
  if (!buildah) problems.push('buildah is not installed (Debian/Ubuntu: apt-get install buildah)');
  const qemu = await findExecutable(QEMU_NAMES);
  if (!qemu) problems.push('qemu-x86_64-static is not installed (Debian/Ubuntu: apt-get install qemu-user-static)');
  for (const tool of ['unshare', 'taskset', 'gcc']) {
    if (!(await findExecutable([tool]))) {
      problems.push(
        tool === 'gcc'
          ? 'gcc is not installed; it compiles the CPU probe and QEMU wrapper once (apt-get install gcc libc6-dev)'
          : `${tool} is not installed (apt-get install util-linux)`,
      );
    }
  }
  if (problems.length === 0) {
    const probe = await runCommand('unshare', ['--user', '--map-root-user', 'true']).catch((error: Error) => ({ code: -1, stderr: error.message }));
    if (probe.code !== 0) {
      problems.push(`cannot create a user namespace (${probe.stderr.trim() || `exit ${probe.code}`}); AppArmor or a sysctl may restrict them`);
    }
  }
  return problems.length === 0 ? { tools: { buildah: buildah!, qemu: qemu! }, problems } : { problems };
}

export async function findExecutable(names: readonly string[]): Promise<string | undefined> {
  const dirs = (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(path.delimiter);
  for (const name of names) {
    for (const dir of [...dirs, '/usr/sbin', '/sbin']) {
      const candidate = path.join(dir, name);
      try {
        await fs.access(candidate, fs.constants.X_OK);
        return candidate;
      } catch {
        // Keep looking.
      }
    }
  }
  return undefined;
}
