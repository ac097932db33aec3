import { commandsBefore } from '../build-context/index.js';
import type { DockerfileModel, Instruction } from '../model/index.js';
import type { PackageManager, PackageOperation, ShellWord } from '../shell/index.js';

/**
 * Repositories frozen at one moment, per package manager: every install through them gets the same
 * versions, a pin at the repository level. Matched in one word's value (a sources line, a URL, an
 * `echo` into a mirror list, a `sed` script), never in the RUN's text.
 */
const SNAPSHOTS: Partial<Record<PackageManager, readonly RegExp[]>> = {
  apt: [
    // `snapshot.debian.org/archive/debian/20240101T000000Z`, `snapshot.ubuntu.com/ubuntu/20240301T030400Z`
    /\bsnapshot\.(?:debian\.org\/archive\/[\w.-]+|ubuntu\.com\/ubuntu)\/[^\s/]+/,
    // apt's own snapshot setting (`APT::Snapshot "20240301T030400Z";`, Ubuntu 24.04 and later)
    /\bAPT::Snapshot\b/,
  ],
  // `https://archive.archlinux.org/repos/2024/05/01/...`: one day of the Arch Linux Archive.
  pacman: [/\barchive\.archlinux\.org\/repos\/\d{4}\/\d{2}\/\d{2}\//],
};

function namedSnapshot(patterns: readonly RegExp[], word: ShellWord): string | undefined {
  const text = word.value ?? word.partial ?? word.raw;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * Why an OS package install (or upgrade) is pinned at the repository level, if it is: apt's
 * `--snapshot ID`, or a snapshot repository named by a command that ran before it in its build
 * (base stages and earlier ONBUILD triggers included). Returned as Markdown for messages.
 */
export function installsFromSnapshot(model: DockerfileModel, instruction: Instruction | undefined, operation: PackageOperation): string | undefined {
  if (operation.manager === 'apt' && operation.options.some((option) => option === '--snapshot' || option === '-S')) return '`--snapshot`';
  const patterns = SNAPSHOTS[operation.manager];
  if (!patterns) return undefined;
  for (const command of commandsBefore(model, instruction, operation.command)) {
    for (const word of [...command.words, ...command.redirects.flatMap((redirect) => (redirect.target ? [redirect.target] : []))]) {
      const snapshot = namedSnapshot(patterns, word);
      if (snapshot) return `\`${snapshot}\``;
    }
  }
  return undefined;
}
