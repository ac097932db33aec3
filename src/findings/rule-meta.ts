import type { Severity } from './finding.js';

/** User-facing documentation of a rule, in the spirit of Ruff's per-rule pages. Markdown. */
export interface RuleDocs {
  /** Why this makes a build non-reproducible. */
  why: string;
  /** A Dockerfile snippet the rule flags. */
  failing: string;
  /** The same snippet written so the rule passes. */
  passing: string;
  /** How to fix it in the Dockerfile. */
  fix: string;
  /** The Nix/flake way to make it reproducible, where one applies. */
  nix?: string;
}

/** Everything reporters and `repro-audit rules` need to know about a rule; no behaviour. */
export interface RuleMeta {
  /** Stable id, e.g. `RA101`. Never reused for a different check. */
  id: string;
  /** Kebab-case short name, e.g. `unpinned-base-image`. */
  name: string;
  /** One line, under 120 characters. */
  summary: string;
  severity: Severity;
  /** Free-form tags, e.g. `base-image`, `apt`, `supply-chain`. At most 10 (GitHub's limit is 20). */
  tags: string[];
  /** How often a finding is a true positive (SARIF `properties.precision`). */
  precision: 'very-high' | 'high' | 'medium' | 'low';
  docs: RuleDocs;
  /** hadolint rule ids whose `# hadolint ignore=` comments also silence this rule. */
  hadolint?: string[];
  /**
   * The rule's documentation on the web (SARIF `helpUri`, the link on its rule in a PR comment).
   * Built-in rules point at their section of docs/rules.md; a `--rules` module may give its own.
   */
  helpUri?: string;
  /** Which producer emits it: a static rule check, or the rebuild harness. */
  producer?: 'lint' | 'rebuild';
}
