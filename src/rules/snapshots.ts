import { commandsBefore } from '../build-context/index.js';
import { shellCommands, type DockerfileModel, type Instruction } from '../model/index.js';
import type { PackageManager, PackageOperation, ShellCommand, ShellWord } from '../shell/index.js';

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
 * The commands of a model that name a snapshot repository of `manager`, with the snapshot (as
 * Markdown): searched once per model and manager, since a file with many installs asks for each.
 */
const snapshotCommands = new WeakMap<DockerfileModel, Map<PackageManager, ReadonlyMap<ShellCommand, string>>>();

function commandsNamingSnapshots(model: DockerfileModel, manager: PackageManager, patterns: readonly RegExp[]): ReadonlyMap<ShellCommand, string> {
  let byManager = snapshotCommands.get(model);
  if (!byManager) snapshotCommands.set(model, (byManager = new Map()));
  let found = byManager.get(manager);
  if (!found) {
    const named = new Map<ShellCommand, string>();
    for (const { command } of shellCommands(model)) {
      for (const word of [...command.words, ...command.redirects.flatMap((redirect) => (redirect.target ? [redirect.target] : []))]) {
        const snapshot = namedSnapshot(patterns, word);
        if (snapshot) {
          named.set(command, `\`${snapshot}\``);
          break;
        }
      }
    }
    byManager.set(manager, (found = named));
  }
  return found;
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
  const named = commandsNamingSnapshots(model, operation.manager, patterns);
  if (named.size === 0) return undefined;
  for (const command of commandsBefore(model, instruction, operation.command)) {
    const snapshot = named.get(command);
    if (snapshot) return snapshot;
  }
  return undefined;
}
