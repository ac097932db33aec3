import type { Finding, Fix, NixSuggestion, Region, RelatedLocation, RuleMeta, Severity } from '../findings/index.js';
import type { BuildContextReader } from '../build-context/index.js';
import type { ComposeFile } from '../compose/index.js';
import type { DockerfileModel, Instruction, ShellUnit } from '../model/index.js';
import type { FlakeLock, NixFile } from '../nixlang/index.js';
import type { WorkflowFile } from '../workflows/index.js';

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
  /**
   * In files other than Dockerfiles: the construct that holds the finding (a workflow step, a
   * Compose service, a flake input). A `# repro-audit ignore=` comment above it applies, as one
   * above a Dockerfile instruction does.
   */
  anchor?: Region;
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
  /**
   * The time the audit judges ages against (a lock entry's age): `SOURCE_DATE_EPOCH` when set,
   * as reproducible builds define it, else now. Milliseconds since the epoch.
   */
  now: number;
}

/** A static rule over Dockerfiles: its metadata and documentation, and the check that reports its findings. */
export interface DockerfileRule extends RuleMeta {
  fileKind?: 'dockerfile';
  /** Looks at one Dockerfile and calls `report` once per finding; never throws on odd input. */
  check(context: RuleContext): void;
}

/** The model a rule over another kind of file gets, by kind. */
export interface DocumentModels {
  nix: NixFile;
  'flake-lock': FlakeLock;
  workflow: WorkflowFile;
  compose: ComposeFile;
}

export type DocumentKind = keyof DocumentModels;

/** What a rule's `check` receives for one file of its kind. */
export interface DocumentRuleContext<K extends DocumentKind> {
  document: DocumentModels[K];
  /** Files beside it: a flake's folder, a workflow's repository, a Compose file's folder. */
  context: BuildContextReader;
  options: Record<string, unknown>;
  settings: AuditSettings;
  report(descriptor: Omit<ReportDescriptor, 'instruction'>): void;
}

/** A static rule over Nix files, flake locks, workflows or Compose files. */
export interface DocumentRule<K extends DocumentKind = DocumentKind> extends RuleMeta {
  fileKind: K;
  check(context: DocumentRuleContext<K>): void;
}

/** Every static rule, whatever kind of file it reads. */
export type Rule = DockerfileRule | { [K in DocumentKind]: DocumentRule<K> }[DocumentKind];

/** Defines a rule over Dockerfiles with its type checked; rule modules `export default defineRule({...})`. */
export function defineRule(rule: DockerfileRule): DockerfileRule {
  return rule;
}

/**
 * Defines a rule over another kind of file (`nix`, `flake-lock`, `workflow`, `compose`); its
 * `check({ document, report })` gets that file's model.
 */
export function defineFileRule<K extends DocumentKind>(fileKind: K, rule: Omit<DocumentRule<K>, 'fileKind'>): DocumentRule<K> {
  return { ...rule, fileKind } as DocumentRule<K>;
}
