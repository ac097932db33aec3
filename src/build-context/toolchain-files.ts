import path from 'node:path';
import type { DockerfileModel, ShellUnit } from '../model/index.js';
import type { ShellCommand } from '../shell/index.js';
import { workdirAt } from './copies.js';
import { locateContextFile, shellDirectoryBefore } from './locate.js';
import { contextParsers, ContextParsersNeeded } from './parsers.js';
import type { BuildContextReader } from './reader.js';

const posix = path.posix;

/** A toolchain file a program looks for by itself (`rust-toolchain.toml`, `.python-version`), found in the image, or why not. */
export type ToolchainFile =
  | { found: true; /** Context path of the file (or its description). */ file: string; /** The versions or channels it names, with their lines. */ versions: { text: string; line: number }[] }
  | { found: false; reason: string; /** No COPY, ADD or bind mount puts one where the program looks. */ absent: boolean };

/**
 * The toolchain file a command of `unit` sees: the first of `names` in its working directory or a
 * parent (as rustup and uv search), put there by a COPY, ADD or bind mount from the build context;
 * for a workflow step, in the repository's checkout. `rust-toolchain.toml` (and `rust-toolchain`
 * in TOML) give `[toolchain] channel`; a legacy `rust-toolchain` and `.python-version` hold one
 * version a line.
 */
export function readToolchainFile(model: DockerfileModel, unit: ShellUnit, command: ShellCommand, context: BuildContextReader, names: readonly string[]): ToolchainFile {
  const cwd = shellDirectoryBefore(unit.script, command);
  const instruction = unit.instruction;
  let directory = posix.resolve(instruction ? workdirAt(model, instruction) : '/', cwd ?? '.');
  let unreadable: string | undefined;
  for (;;) {
    for (const name of names) {
      const candidate = posix.join(directory, name);
      if (!instruction) {
        const text = context.readText(posix.relative('/', candidate));
        if (text !== undefined) return { found: true, file: posix.relative('/', candidate), versions: versionsIn(name, text) };
        continue;
      }
      const located = locateContextFile(model, instruction, candidate, context, undefined, { copiedOnly: true });
      if (located.found) return { found: true, file: located.source, versions: versionsIn(name, located.text) };
      if (!located.absent) unreadable ??= located.reason;
    }
    if (directory === '/') break;
    directory = posix.dirname(directory);
  }
  // A step's checkout is not known to be the audited one, nor the step's folder to be the checkout's.
  if (!instruction) return { found: false, reason: `the repository holds no ${names.map((name) => `\`${name}\``).join(' or ')} where the step seems to run, and the step may run in another folder`, absent: false };
  return unreadable ? { found: false, reason: unreadable, absent: false } : { found: false, reason: `no ${names.map((name) => `\`${name}\``).join(' or ')} is copied where it looks`, absent: true };
}

function versionsIn(name: string, text: string): { text: string; line: number }[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (name.startsWith('rust-toolchain') && (name.endsWith('.toml') || lines.some((line) => /^\s*\[toolchain\]/.test(line)))) {
    const parsed = parseToml(text);
    const channel = parsed?.toolchain && typeof parsed.toolchain === 'object' ? (parsed.toolchain as Record<string, unknown>).channel : undefined;
    if (typeof channel !== 'string') return [];
    const line = lines.findIndex((candidate) => /^\s*channel\s*=/.test(candidate)) + 1;
    return [{ text: channel, line: line || 1 }];
  }
  return lines.flatMap((line, index) => {
    const version = line.replace(/#.*$/, '').trim();
    return version === '' ? [] : [{ text: version, line: index + 1 }];
  });
}

/** The TOML document, or undefined when it is not valid TOML (rustup would refuse it too). */
function parseToml(text: string): Record<string, unknown> | undefined {
  const { toml } = contextParsers();
  try {
    return toml.parse(text);
  } catch (error) {
    if (error instanceof ContextParsersNeeded) throw error;
    return undefined;
  }
}
