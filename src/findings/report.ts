import type { FileError, Finding } from './finding.js';
import type { RuleMeta } from './rule-meta.js';

/** Everything a reporter gets. Reporters are pure: `AuditReport` in, text out. */
export interface AuditReport {
  findings: Finding[];
  /** Files that could not be audited; the others are still reported. */
  errors: FileError[];
  /** Metadata of every rule that may appear in `findings` (static rules and harness rules). */
  rules: RuleMeta[];
  /** Files that were audited (with or without findings). */
  files: string[];
  /**
   * Distinguishes several uploads of one repository in code scanning, e.g. `repro-audit/lint/` or
   * `repro-audit/rebuild/docker/`. Set by the caller, never inferred from the findings.
   */
  category?: string;
}

/**
 * How much of the Nix way a report shows: nothing, one summary per distinct answer, or the
 * summaries with their Nix snippets (`--nix`, the config's `nix:`, the Action's `nix` input).
 */
export type NixDetail = 'off' | 'brief' | 'full';
export const NIX_DETAILS: readonly NixDetail[] = ['off', 'brief', 'full'];
