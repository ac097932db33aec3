import type { DockerfileModel, Instruction, ShellUnit } from '../model/index.js';
import type { PackageOperation, ShellWord } from '../shell/index.js';
import { locateContextFile, shellDirectoryBefore } from './locate.js';
import type { BuildContextReader } from './reader.js';

/** A package word of a list file (`dnf install $(<pkgs.txt)`), positioned in that file. */
export interface ListedPackage {
  /** The entry as a word: its region is in `file`. */
  word: ShellWord;
  /** Where the entry is, as `Finding.file` names files. */
  file: string;
  /** How messages name the list file (Markdown). */
  shown: string;
}

/** A package list file that could not be read, with why (no line numbers: `via` is where). */
export interface UnreadableList {
  /** The word of the command that names the file. */
  word: ShellWord;
  written: string;
  reason: string;
  via?: Instruction;
}

/**
 * Reads the list files of an OS package operation (`$(cat pkgs.txt)`, `$(<pkgs.txt)`) from the build
 * context, through the COPYs that put them where the RUN reads them: every blank-separated word of a
 * line is a package, as the shell splits the command substitution; `#` starts a comment (the
 * `grep -v '^#'` idiom).
 */
export function readPackageLists(model: DockerfileModel, at: ShellUnit, operation: PackageOperation, context: BuildContextReader): { listed: ListedPackage[]; unreadable: UnreadableList[] } {
  const listed: ListedPackage[] = [];
  const unreadable: UnreadableList[] = [];
  const cwd = at.script ? shellDirectoryBefore(at.script, operation.command) : undefined;
  for (const word of operation.listFiles ?? []) {
    const written = word.value;
    if (written === undefined) {
      unreadable.push({ word, written: word.raw, reason: 'its path comes from a variable or command whose value is not known' });
      continue;
    }
    const located = locateContextFile(model, at.instruction, written, context, cwd);
    if (!located.found) {
      unreadable.push({ word, written, reason: located.reason, ...(located.via ? { via: located.via } : {}) });
      continue;
    }
    const entry = /[^\s#]+|#[^\n\r]*/g;
    for (let match = entry.exec(located.text); match; match = entry.exec(located.text)) {
      if (match[0].startsWith('#')) continue;
      const span = { start: located.offset + match.index, end: located.offset + match.index + match[0].length };
      const region = located.positions.regionOf(span);
      listed.push({ word: { raw: match[0], value: match[0], span, region }, file: located.file, shown: located.shown });
    }
  }
  return { listed, unreadable };
}
