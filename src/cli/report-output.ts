import path from 'node:path';
import { terminalText, type Format } from '../report/index.js';
import { WriteError, writeFileSafely } from '../safe-fs/index.js';
import type { CliIO } from './io.js';

/**
 * Where a command's report goes: stdout, or the file named by `--output` (then, for machine formats,
 * a one-line summary on stderr so a CI log still says what happened). Shared by every command that
 * reports findings. Returns false when the report could not be written (the reason is on stderr).
 */
export function emitReport(io: CliIO, text: string, options: { format: Format; output?: string; findings: number; errors?: number }): boolean {
  if (!options.output) {
    io.stdout(text);
    return true;
  }
  try {
    writeReport(path.resolve(io.cwd, options.output), text, options.output);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.stderr(`repro-audit: ${terminalText(error.message)}\n`);
    return false;
  }
  if (options.format !== 'text') io.stderr(summaryLine(options.findings, options.errors ?? 0, options.output));
  return true;
}

/** `--output`: a regular file is replaced atomically, a device or FIFO written in place, a link refused. */
export function writeReport(file: string, text: string, shownAs?: string): void {
  writeFileSafely(file, text, { createParents: true, shownAs });
}

function summaryLine(findings: number, errors: number, output: string): string {
  return `repro-audit: ${findings} finding${findings === 1 ? '' : 's'}${errors ? `, ${errors} file error${errors === 1 ? '' : 's'}` : ''}; report written to ${terminalText(output)}\n`;
}
