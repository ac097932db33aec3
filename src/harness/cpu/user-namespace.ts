import fs from 'node:fs/promises';
import { startCommand, type CommandOptions, type CommandResult } from '../run/process.js';

/** How many uids/gids the namespace maps (identity), enough for images' system users. */
const MAPPED_IDS = 65536;

export interface NamespaceOptions extends CommandOptions {
  /** A binfmt_misc registration line to install in the namespace's private binfmt_misc. */
  binfmtRegistration?: string;
  /** Give the namespace its own network (loopback only): `--network none` for chroot builds. */
  isolateNetwork: boolean;
  /** CPU list for `taskset`; children inherit the affinity, so `nproc` in build steps sees it. */
  cpuset?: string;
}

/**
 * Runs a command in a new user + mount + PID namespace with an identity uid/gid map, after mounting
 * a private binfmt_misc there (Linux >= 6.7) and registering the given interpreter. The host's
 * binfmt table is untouched; when the command ends (or is killed), the PID namespace takes every
 * process of the build with it, and the mounts vanish with the mount namespace.
 *
 * The maps are written by this (root) process, which needs no /etc/subuid entries; the namespace's
 * shell waits on stdin until they are in place.
 */
export async function runInBuildNamespace(command: string, args: readonly string[], options: NamespaceOptions): Promise<CommandResult> {
  const script = [
    'read -r _go || exit 125',
    // After registration every x86-64 program exec'd here runs under QEMU, so nothing host-side
    // may be exec'd after it except the OSABI-patched builder.
    'if [ -n "$1" ]; then',
    '  mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc || { echo "repro-audit: cannot mount a private binfmt_misc (needs Linux >= 6.7)" >&2; exit 125; }',
    '  printf "%s" "$1" > /proc/sys/fs/binfmt_misc/register || { echo "repro-audit: binfmt_misc registration refused" >&2; exit 125; }',
    'fi',
    'shift',
    'exec "$@"',
  ].join('\n');
  const unshare = [
    'unshare',
    '--user',
    '--mount',
    '--pid',
    '--mount-proc',
    '--fork',
    '--kill-child=SIGKILL',
    '--propagation',
    'private',
    ...(options.isolateNetwork ? ['--net'] : []),
    'sh',
    '-c',
    script,
    'repro-audit-ns',
    options.binfmtRegistration ?? '',
    command,
    ...args,
  ];
  const [executable, ...rest] = options.cpuset ? ['taskset', '-c', options.cpuset, ...unshare] : unshare;
  const running = startCommand(executable!, rest, options);
  const pid = running.child.pid;
  try {
    if (pid === undefined) throw new Error('could not start unshare');
    await waitForOwnUserNamespace(pid, running.done);
    await fs.writeFile(`/proc/${pid}/uid_map`, `0 0 ${MAPPED_IDS}\n`);
    await fs.writeFile(`/proc/${pid}/setgroups`, 'allow\n');
    await fs.writeFile(`/proc/${pid}/gid_map`, `0 0 ${MAPPED_IDS}\n`);
    running.child.stdin!.end('go\n');
  } catch (error) {
    running.child.stdin!.end();
    if (pid !== undefined) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    const result = await running.done.catch(() => undefined);
    if (options.signal?.aborted) throw options.signal.reason;
    throw new Error(`could not set up the build's user namespace: ${(error as Error).message}${result?.stderr ? ` (${result.stderr.trim()})` : ''}`);
  }
  return running.done;
}

/** `unshare` creates the namespace right after exec; the maps can only be written after that. */
async function waitForOwnUserNamespace(pid: number, exited: Promise<unknown>): Promise<void> {
  const ours = await fs.readlink('/proc/self/ns/user');
  let done = false;
  void exited.then(() => (done = true), () => (done = true));
  for (let attempt = 0; attempt < 500; attempt++) {
    if (done) throw new Error('unshare exited before creating the namespace');
    const theirs = await fs.readlink(`/proc/${pid}/ns/user`).catch(() => ours);
    const exe = await fs.readlink(`/proc/${pid}/exe`).catch(() => '');
    if (theirs !== ours && exe.endsWith('/unshare')) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('timed out waiting for unshare to create the user namespace');
}

/** binfmt_misc registration for x86-64 ELF with EI_OSABI 0-3 (SYSV, HP-UX, NetBSD, GNU/Linux). */
export function x86_64Registration(interpreter: string): string {
  if (interpreter.includes(':')) throw new Error(`interpreter path must not contain ':' (${interpreter})`);
  // Kernel-decoded escapes; e_type mask 0xfe admits ET_EXEC and ET_DYN; OSABI mask 0xfc admits 0-3.
  const magic = '\\x7fELF\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x3e\\x00';
  const mask = '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfc\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff';
  return `:repro-audit-x86_64:M::${magic}:${mask}:${interpreter}:PF`;
}
