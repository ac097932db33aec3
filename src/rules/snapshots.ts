import { commandsBefore } from '../build-context/index.js';
import type { DockerfileModel, Instruction } from '../model/index.js';
import type { PackageOperation } from '../shell/index.js';

/** `https://archive.archlinux.org/repos/2024/05/01/...`: one day of the Arch Linux Archive. */
const ARCH_ARCHIVE_DAY = /archive\.archlinux\.org\/repos\/\d{4}\/\d{2}\/\d{2}\//;

/**
 * Whether an OS package install (or upgrade) takes its packages from a repository snapshot that
 * never changes, so every package is pinned at the snapshot, version or not: for pacman, a word of
 * a command before it (usually an `echo` into `/etc/pacman.d/mirrorlist`) names a day of the Arch
 * Linux Archive.
 */
export function installsFromSnapshot(model: DockerfileModel, instruction: Instruction, operation: PackageOperation): boolean {
  if (operation.manager !== 'pacman') return false;
  return commandsBefore(model, instruction, operation.command).some((earlier) => earlier.words.some((word) => ARCH_ARCHIVE_DAY.test(word.value ?? word.raw)));
}
