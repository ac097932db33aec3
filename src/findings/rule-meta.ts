import type { Severity } from './finding.js';

/**
 * The kinds of files the static audit reads: Dockerfiles, Nix expressions (`*.nix`), flake lock
 * files, GitHub Actions workflows and composite actions, and Compose files.
 */
export type FileKind = 'dockerfile' | 'nix' | 'flake-lock' | 'workflow' | 'compose';

export const FILE_KINDS: readonly FileKind[] = ['dockerfile', 'nix', 'flake-lock', 'workflow', 'compose'];

/** User-facing documentation of a rule, in the spirit of Ruff's per-rule pages. Markdown. */
export interface RuleDocs {
  /** Why this makes a build non-reproducible. */
  why: string;
  /** A snippet the rule flags (of the kind of file the rule reads: a Dockerfile unless `fileKind` says otherwise). */
  failing: string;
  /** The same snippet written so the rule passes. */
  passing: string;
  /** How to fix it in the Dockerfile. */
  fix: string;
  /** The Nix/flake way to make it reproducible, where one applies. */
  nix?: string;
  /**
   * The file the examples are (`flake.nix`, `.github/workflows/ci.yml`); by default `Dockerfile`,
   * `default.nix`, `flake.lock`, `.github/workflows/ci.yml` or `compose.yaml` for the rule's kind.
   */
  exampleFile?: string;
}

const EXAMPLES: Record<FileKind, { file: string; language: string }> = {
  dockerfile: { file: 'Dockerfile', language: 'dockerfile' },
  nix: { file: 'default.nix', language: 'nix' },
  'flake-lock': { file: 'flake.lock', language: 'json' },
  workflow: { file: '.github/workflows/ci.yml', language: 'yaml' },
  compose: { file: 'compose.yaml', language: 'yaml' },
};

/** The file a rule's examples are, and the language to highlight them in. */
export function ruleExamples(rule: Pick<RuleMeta, 'fileKind' | 'docs'>): { file: string; language: string } {
  const kind = EXAMPLES[rule.fileKind ?? 'dockerfile'];
  return { file: rule.docs.exampleFile ?? kind.file, language: kind.language };
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
  /** The kind of file the rule reads; a Dockerfile when absent. */
  fileKind?: FileKind;
  /**
   * A Dockerfile rule that reads only shell (`context.units`) and needs no instruction of the
   * model: it also runs over the `run:` scripts of workflows and composite actions.
   */
  shell?: boolean;
  /**
   * The rule's documentation on the web (SARIF `helpUri`, the link on its rule in a PR comment).
   * Built-in rules point at their section of docs/rules.md; a `--rules` module may give its own.
   */
  helpUri?: string;
  /** Which producer emits it: a static rule check, or the rebuild harness. */
  producer?: 'lint' | 'rebuild';
}

const KIND_TAGS: Record<FileKind, string> = { dockerfile: 'dockerfile', nix: 'nix', 'flake-lock': 'nix', workflow: 'github-actions', compose: 'compose' };

/**
 * The rule's tags with the kinds of file it reads first (`dockerfile`, `nix`, `github-actions`,
 * `compose`; a shell rule reads workflows too), so users filter findings by kind of file.
 */
export function ruleTags(rule: Pick<RuleMeta, 'fileKind' | 'shell' | 'tags'>): string[] {
  const kinds = [KIND_TAGS[rule.fileKind ?? 'dockerfile'], ...(rule.shell ? [KIND_TAGS.workflow] : [])];
  return [...new Set([...kinds, ...rule.tags])];
}
