import type { Finding, Fix, NixSuggestion, Region, Severity } from '../findings/finding.js';
import type { BuildContextReader } from '../build-context/locate.js';
import type { DockerfileModel, Instruction } from '../model/types.js';

export type { BuildContextReader };

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
  /** Which producer emits it: a static rule check, or the rebuild harness. */
  producer?: 'lint' | 'rebuild';
}

/** What a finding reported by a rule carries; the engine fills in rule id, file and instruction. */
export interface ReportDescriptor {
  message: string;
  region: Region;
  /** Defaults to the rule's configured severity. Use to escalate (e.g. `latest` is worse). */
  severity?: Severity;
  /** The instruction the finding belongs to (for suppression comments and attribution). */
  instruction?: Instruction;
  fix?: Fix;
  nix?: NixSuggestion;
  details?: string;
  properties?: Finding['properties'];
}

/** What a rule's `check` receives for one Dockerfile. */
export interface RuleContext {
  model: DockerfileModel;
  context: BuildContextReader;
  /** Options for this rule from the config file (`rules: { RA101: { trustedRegistries: [...] } }`). */
  options: Record<string, unknown>;
  /** Settings shared by every rule. */
  settings: AuditSettings;
  report(descriptor: ReportDescriptor): void;
}

/** Settings of the audit that every rule sees (from the config file and the command line). */
export interface AuditSettings {
  /** Registries or image prefixes whose tags the user trusts (relaxes the image rules). */
  trustedRegistries: string[];
}

/** A static rule: its metadata and documentation, and the check that reports its findings. */
export interface Rule extends RuleMeta {
  /** Looks at one Dockerfile and calls `report` once per finding; never throws on odd input. */
  check(context: RuleContext): void;
}

/** Defines a rule with its type checked; rule modules `export default defineRule({...})`. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
