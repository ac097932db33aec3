import type { Finding, Fix, NixSuggestion, Region, RelatedLocation, RuleMeta, Severity } from '../findings/index.js';
import type { BuildContextReader } from '../build-context/index.js';
import type { DockerfileModel, Instruction, ShellUnit } from '../model/index.js';

/** What a finding reported by a rule carries; the engine fills in rule id, file and instruction. */
export interface ReportDescriptor {
  message: string;
  /** In the Dockerfile, or in `file`, or else in the file of `unit` when given. */
  region: Region;
  /** The file `region` is in when it is neither the Dockerfile nor the unit's (a requirements file); as `Finding.file` names files. */
  file?: string;
  /** The shell unit the finding is in: its file becomes the finding's, and where the Dockerfile runs it a related location. */
  unit?: ShellUnit;
  /** Other places the finding involves (the COPY that brought a file, ...). */
  related?: RelatedLocation[];
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
  /**
   * The shell the build runs, as units: every RUN of the file (ONBUILD triggers included) and the
   * scripts of the build context those RUNs run. Shell rules iterate these (`shellCommands(units)`).
   */
  units: readonly ShellUnit[];
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
