import type { Finding, Fix, NixSuggestion, Region, RuleMeta, Severity } from '../findings/index.js';
import type { BuildContextReader } from '../build-context/index.js';
import type { DockerfileModel, Instruction } from '../model/index.js';

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

export interface RuleContext {
  model: DockerfileModel;
  context: BuildContextReader;
  /** Options for this rule from the config file (`rules: { RA101: { trustedRegistries: [...] } }`). */
  options: Record<string, unknown>;
  /** Settings shared by every rule. */
  settings: AuditSettings;
  report(descriptor: ReportDescriptor): void;
}

export interface AuditSettings {
  /** Registries or image prefixes whose tags the user trusts (relaxes the image rules). */
  trustedRegistries: string[];
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}

/** Defines a rule with its type checked; rule modules `export default defineRule({...})`. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
