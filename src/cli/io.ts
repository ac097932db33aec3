import { meetsThreshold, type FileError, type Finding, type Severity } from '../findings/index.js';
import { terminalText } from '../report/index.js';

/** What a command needs from the process; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (decides the default colour). */
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (progress draws a spinner there instead of plain lines). */
  stderrIsTTY?: boolean;
}

/** Wrong invocation: printed with the usage hint, exit code 2. */
export class UsageError extends Error {}

/**
 * Exit codes of every command: 0 nothing at or above --fail-on, 1 findings (differences between
 * builds, a rebuild that timed out, a file `fix` could not fix), 2 usage error or a problem with
 * the input or machine, 128 + n when interrupted by signal n.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, interrupted: { SIGINT: 130, SIGTERM: 143 } } as const;

/** 1 when an active finding is at or above the threshold, else 0. */
export function findingsExit(findings: readonly Finding[], threshold: Severity | 'none'): number {
  return findings.some((finding) => !finding.suppressed && meetsThreshold(finding.severity, threshold)) ? EXIT.findings : EXIT.ok;
}

/** A file that could not be read or is not a valid Dockerfile, as every command says it: `file:line: message`. */
export function fileErrorLine(error: FileError): string {
  return `${terminalText(error.file)}${error.line ? `:${error.line}` : ''}: ${terminalText(error.message)}\n`;
}

/** chalk's own rule, applied to our output: NO_COLOR wins, FORCE_COLOR forces, else a TTY. */
export function wantsColor(io: CliIO, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdoutIsTTY;
}
