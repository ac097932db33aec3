import type { AuditReport, NixDetail } from '../findings/index.js';

export interface ReporterOptions {
  /** Directory paths are made relative to (the repository root in CI). Defaults to cwd. */
  root: string;
  /** Colour the output (text reporter only). */
  color: boolean;
  /** The audited files' text, when the caller already has it (fingerprints otherwise read the files). */
  readSource?: (file: string) => string | undefined;
  /** How much of the Nix way to show (default `brief`). */
  nix?: NixDetail;
  /**
   * SARIF: keep suppressed findings as results with `suppressions` (for advanced-security/dismiss-alerts).
   * By default they are left out, since code scanning would show them as open alerts.
   */
  includeSuppressed?: boolean;
}

export type Reporter = (report: AuditReport, options: ReporterOptions) => string;

/** The Nix level a reporter works at: `brief` unless the options say otherwise. */
export function nixLevel(options: Pick<ReporterOptions, 'nix'>): NixDetail {
  return options.nix ?? 'brief';
}
