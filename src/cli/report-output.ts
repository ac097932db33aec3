import fs from 'node:fs';
import path from 'node:path';
import type { Format } from '../report/index.js';
import type { CliIO } from './io.js';

/**
 * Where a command's report goes: stdout, or the file named by `--output` (then, for machine formats,
 * a one-line summary on stderr so a CI log still says what happened). Shared by every command.
 */
export function emitReport(io: CliIO, text: string, options: { format: Format; output?: string; findings: number; errors?: number }): void {
  if (!options.output) {
    io.stdout(text);
    return;
  }
  writeReport(path.resolve(io.cwd, options.output), text);
  if (options.format !== 'text') io.stderr(summaryLine(options.findings, options.errors ?? 0, options.output));
}

/** Written next to the target and renamed, so a crash never leaves half a report. */
export function writeReport(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function summaryLine(findings: number, errors: number, output: string): string {
  return `repro-audit: ${findings} finding${findings === 1 ? '' : 's'}${errors ? `, ${errors} file error${errors === 1 ? '' : 's'}` : ''}; report written to ${output}\n`;
}
