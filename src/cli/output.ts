import path from 'node:path';
import type { AuditReport } from '../findings/index.js';
import { loadReporter, terminalText, type Format, type ReporterOptions } from '../report/index.js';
import { WriteError, writeFileSafely } from '../safe-fs/index.js';
import { wantsColor, type CliIO } from './io.js';

export interface ReportOutput {
  format: Format;
  /** `--output`: the file the report goes to instead of stdout. */
  output?: string;
  /** `--color` / `--no-color`, where the command has them. */
  color?: boolean;
  readSource?: ReporterOptions['readSource'];
  nix?: ReporterOptions['nix'];
  includeSuppressed?: boolean;
}

/**
 * A command's report, in the format asked for, on stdout or in the file named by `--output` (then,
 * for machine formats, a one-line summary on stderr so a CI log still says what happened).
 * Returns false when the report could not be written (the reason is on stderr).
 */
export async function writeReport(io: CliIO, report: AuditReport, options: ReportOutput): Promise<boolean> {
  const reporter = await loadReporter(options.format);
  // Producers name files relative to the command's working directory; reporters show them relative to the root.
  const absolute = (file: string) => path.resolve(io.cwd, file);
  const shown: AuditReport = {
    ...report,
    findings: report.findings.map((finding) => ({
      ...finding,
      file: absolute(finding.file),
      ...(finding.related ? { related: finding.related.map((location) => ({ ...location, file: absolute(location.file) })) } : {}),
    })),
    errors: report.errors.map((error) => ({ ...error, file: absolute(error.file) })),
    files: report.files.map(absolute),
  };
  const text = reporter(shown, {
    root: io.cwd,
    color: options.output ? false : wantsColor(io, options.color),
    readSource: options.readSource,
    nix: options.nix,
    includeSuppressed: options.includeSuppressed,
  });
  if (!options.output) {
    io.stdout(text);
    return true;
  }
  if (!writeOutput(io, options.output, text)) return false;
  if (options.format !== 'text') io.stderr(summaryLine(report.findings.filter((finding) => !finding.suppressed).length, report.errors.length, options.output));
  return true;
}

/**
 * Writes a file the user named (`--output`, `nixify -o`, `rebuild --record`) with the one safe
 * writer: a regular file is replaced atomically, a device or FIFO written in place, a link refused.
 * Returns false when it could not be written (the reason is on stderr).
 */
export function writeOutput(io: CliIO, file: string, text: string): boolean {
  try {
    writeFileSafely(path.resolve(io.cwd, file), text, { createParents: true, shownAs: file });
    return true;
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.stderr(`repro-audit: ${terminalText(error.message)}\n`);
    return false;
  }
}

function summaryLine(findings: number, errors: number, output: string): string {
  return `repro-audit: ${findings} finding${findings === 1 ? '' : 's'}${errors ? `, ${errors} file error${errors === 1 ? '' : 's'}` : ''}; report written to ${terminalText(output)}\n`;
}
