import path from 'node:path';
import type { DockerfileModel, Instruction } from '../model/index.js';
import type { ShellCommand } from '../shell/index.js';
import { locateContextFile, shellDirectoryBefore } from './locate.js';
import { contextParsers, ContextParsersNeeded } from './parsers.js';
import type { BuildContextReader } from './reader.js';

const posix = path.posix;

/** The binaries `cargo install --path DIR` installs, from DIR/Cargo.toml in the build context, or why they are unknown. */
export type CargoBinaries = { found: true; /** Context path of Cargo.toml. */ file: string; names: string[] } | { found: false; reason: string };

/** A table of the parsed TOML, or undefined. */
const table = (value: unknown): Record<string, unknown> | undefined => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined);

/**
 * The binaries Cargo builds for the package at `directory` (as the command sees it): the `[[bin]]`
 * targets' names, plus the package's own name for `src/main.rs` when there are none or the context
 * has that file (Cargo's automatic binary target). `--bin NAME` options narrow it.
 */
export function readCargoBinaries(model: DockerfileModel, instruction: Instruction, command: ShellCommand, context: BuildContextReader, directory: string): CargoBinaries {
  const cwd = instruction.script ? shellDirectoryBefore(instruction.script, command) : undefined;
  const located = locateContextFile(model, instruction, posix.join(directory, 'Cargo.toml'), context, cwd, { copiedOnly: true });
  if (!located.found) return { found: false, reason: located.reason };
  let parsed: Record<string, unknown>;
  try {
    parsed = contextParsers().toml.parse(located.text);
  } catch (error) {
    if (error instanceof ContextParsersNeeded) throw error;
    return { found: false, reason: `\`${located.source}\` is not valid TOML` };
  }
  const packageName = table(parsed.package)?.name;
  const targets = Array.isArray(parsed.bin) ? parsed.bin.map((bin) => table(bin)?.name).filter((name): name is string => typeof name === 'string') : [];
  const main = posix.join(posix.dirname(located.source), 'src/main.rs');
  const automatic = typeof packageName === 'string' && table(parsed.package)?.autobins !== false && (targets.length === 0 || context.exists(main)) ? [packageName] : [];
  const names = [...new Set([...targets, ...automatic])];
  const chosen = command.argv.flatMap((word, i) => (command.argv[i - 1]?.value === '--bin' && word.value ? [word.value] : word.value?.startsWith('--bin=') ? [word.value.slice('--bin='.length)] : []));
  const selected = chosen.length > 0 ? chosen : names;
  if (selected.length === 0) return { found: false, reason: `\`${located.source}\` names no package and no [[bin]] target (a workspace: pass --bin or point --path at a member)` };
  return { found: true, file: located.source, names: selected };
}
