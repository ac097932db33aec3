/**
 * `repro-audit nixify <Dockerfile> [-o flake.nix]`: writes the flake (to stdout without `-o`) and
 * the list of what could not be translated to stderr. Exit code 0 whenever a flake was written
 * (steps left to do by hand are expected), 2 on bad usage or an unreadable file.
 */
import path from 'node:path';
import { readDockerfile } from '../../engine/index.js';
import { WriteError, writeFileSafely } from '../../safe-fs/index.js';
import { loadDockerfileParser } from '../../model/index.js';
import { terminalText } from '../../report/index.js';
import { nixify } from './translate.js';

export interface NixifyIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

const USAGE = 'usage: repro-audit nixify <Dockerfile> [-o flake.nix]';

function parseArgs(args: string[]): { file?: string; output?: string; error?: string; help?: boolean } {
  let file: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '-o' || arg === '--output') {
      output = args[++i];
      if (output === undefined) return { error: `${arg} needs a file name` };
    } else if (arg.startsWith('--output=')) output = arg.slice('--output='.length);
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}` };
    else if (file === undefined) file = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  if (file === undefined) return { error: 'no Dockerfile given' };
  return { file, output };
}

/** Runs the command; returns the exit code. */
export async function runNixify(args: string[], io: NixifyIo): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed.help) {
    io.stdout(`${USAGE}\nTranslates a Dockerfile into a flake.nix that builds an equivalent image with pkgs.dockerTools.\n`);
    return 0;
  }
  if (parsed.error || !parsed.file) {
    io.stderr(`repro-audit nixify: ${terminalText(parsed.error ?? '')}\n${USAGE}\n`);
    return 2;
  }
  // The file's name and words from it reach stderr: shown, never interpreted by the terminal.
  const shownFile = terminalText(parsed.file);
  const read = readDockerfile(parsed.file, io.cwd);
  if ('error' in read) {
    io.stderr(`repro-audit nixify: ${shownFile}${read.error.line ? `:${read.error.line}` : ''}: ${terminalText(read.error.message)}\n`);
    return 2;
  }
  const { text } = read;
  let result;
  try {
    result = nixify((await loadDockerfileParser()).parseDockerfile(text, parsed.file));
  } catch (failure) {
    // The model never throws on bad input; this is a bug in the translator, reported without a stack.
    io.stderr(`repro-audit nixify: ${shownFile}: could not translate: ${terminalText(failure instanceof Error ? failure.message : String(failure))}\n`);
    return 2;
  }
  if (parsed.output && parsed.output !== '-') {
    try {
      // Atomic for a regular file: a failed write never leaves a truncated flake.
      writeFileSafely(path.resolve(io.cwd, parsed.output), result.flake, { shownAs: parsed.output });
    } catch (failure) {
      if (!(failure instanceof WriteError)) throw failure;
      io.stderr(`repro-audit nixify: ${terminalText(failure.message)}\n`);
      return 2;
    }
    io.stderr(`wrote ${terminalText(parsed.output)}\n`);
  } else io.stdout(result.flake);
  if (result.windows) io.stderr(`${shownFile}: Windows image: Nix cannot build Windows images; the flake only says so\n`);
  else if (result.untranslated.length > 0) {
    io.stderr(`${shownFile}: ${result.untranslated.length} step(s) not translated (listed at the top of the flake):\n`);
    for (const step of result.untranslated) io.stderr(`  line ${step.line}: ${terminalText(step.reason)}\n`);
  }
  return 0;
}
