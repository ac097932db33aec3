import type { AuditReport } from '../findings/index.js';

export interface ReporterOptions {
  /** Directory paths are made relative to (the repository root in CI). Defaults to cwd. */
  root: string;
  /** Colour the output (text reporter only). */
  color: boolean;
  /** The audited files' text, when the caller already has it (fingerprints otherwise read the files). */
  readSource?: (file: string) => string | undefined;
}

export type Reporter = (report: AuditReport, options: ReporterOptions) => string;
