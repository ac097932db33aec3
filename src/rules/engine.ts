import { contextScriptUnits, ContextParsersNeeded, type BuildContextReader } from '../build-context/index.js';
import { PowerShellGrammarNeeded } from '../shell/index.js';
import { createPositionMapper, type FileError, type Finding, type FileKind, type RuleMeta, type Severity, type Span } from '../findings/index.js';
import { instructionRef, runUnits, type DockerfileModel, type ShellUnit } from '../model/index.js';
import type { AuditSettings, DocumentKind, DocumentModels, DocumentRule, DocumentRuleContext, DockerfileRule, ReportDescriptor, Rule } from './rule.js';
import { buildSuppressions, type SuppressionIndex } from './suppressions.js';

/** Per-rule settings from the config file. */
export interface RuleSetting {
  enabled: boolean;
  severity?: Severity;
  options: Record<string, unknown>;
}

export interface RunRulesOptions {
  rules: readonly Rule[];
  context: BuildContextReader;
  settings: AuditSettings;
  ruleSettings?: ReadonlyMap<string, RuleSetting>;
}

export interface RuleRunResult {
  findings: Finding[];
  /** A rule that threw: reported, never fatal to the other rules or files. */
  errors: FileError[];
}

/** The kind of file a rule reads. */
export function ruleFileKind(rule: Rule): FileKind {
  return rule.fileKind ?? 'dockerfile';
}

/** Runs every enabled Dockerfile rule over one model; suppressed findings are kept and marked. */
export function runRules(model: DockerfileModel, options: RunRulesOptions): RuleRunResult {
  const rules = options.rules.filter((rule): rule is DockerfileRule => ruleFileKind(rule) === 'dockerfile');
  let units: readonly ShellUnit[] | undefined;
  return runChecks(model.file, buildSuppressions(model.text, options.rules), rules, options, (rule, report) =>
    rule.check({
      model,
      get units() {
        if (!units) {
          const runs = runUnits(model);
          units = [...runs, ...contextScriptUnits(model, options.context, runs)];
        }
        return units;
      },
      context: options.context,
      options: options.ruleSettings?.get(rule.id)?.options ?? {},
      settings: options.settings,
      report: (descriptor) => {
        const instruction = descriptor.instruction ?? descriptor.unit?.instruction;
        report(instruction ? { ...descriptor, instruction: undefined, ref: instructionRef(model, instruction) } : descriptor);
      },
    }),
  );
}

/**
 * Runs every enabled rule of a kind other than Dockerfile over one file's model, and the shell
 * rules over the shell it runs.
 */
export function runDocumentRules<K extends DocumentKind>(kind: K, document: DocumentModels[K], source: DocumentSource, options: RunRulesOptions): RuleRunResult {
  const rules = options.rules.filter((rule) => rule.fileKind === kind) as unknown as DocumentRule<K>[];
  const suppressions = buildSuppressions(source.text, options.rules, source.comments);
  const result = runChecks(source.file, suppressions, rules, options, (rule, report) =>
    rule.check({ document, context: options.context, options: options.ruleSettings?.get(rule.id)?.options ?? {}, settings: options.settings, report } as DocumentRuleContext<K>),
  );
  const units = source.units ?? [];
  if (units.length === 0) return result;
  const model = modelWithoutInstructions(source);
  const shellRules = options.rules.filter((rule): rule is DockerfileRule => ruleFileKind(rule) === 'dockerfile' && rule.shell === true);
  const shell = runChecks(source.file, suppressions, shellRules, options, (rule, report) =>
    rule.check({ model, units, context: options.context, options: options.ruleSettings?.get(rule.id)?.options ?? {}, settings: options.settings, report }),
  );
  return { findings: [...result.findings, ...shell.findings], errors: [...result.errors, ...shell.errors] };
}

/** A file other than a Dockerfile, as its rules and the shell rules read it. */
export interface DocumentSource {
  file: string;
  text: string;
  /** Where the file's comments are: suppression directives are read from them. */
  comments: readonly Span[];
  /** Shell the file runs (a workflow's `run:` steps): the shell rules read it. */
  units?: readonly ShellUnit[];
}

/** What shell rules get as the model when the shell is not a Dockerfile's: the file, no instructions. */
function modelWithoutInstructions(source: DocumentSource): DockerfileModel {
  const positions = createPositionMapper(source.text);
  return { file: source.file, text: source.text, eol: '\n', directives: [], escapeChar: '\\', globalArgs: [], stages: [], instructions: [], imageReferences: [], problems: [], positions };
}

type Report = (descriptor: ReportDescriptor & { ref?: Finding['instruction'] }) => void;

function runChecks<R extends RuleMeta>(file: string, suppressions: SuppressionIndex, rules: readonly R[], options: RunRulesOptions, check: (rule: R, report: Report) => void): RuleRunResult {
  const findings: Finding[] = [];
  const errors: FileError[] = [];
  for (const rule of rules) {
    const setting = options.ruleSettings?.get(rule.id);
    if (setting && !setting.enabled) continue;
    const report: Report = (descriptor) => {
      const finding: Finding = {
        ruleId: rule.id,
        severity: setting?.severity ?? descriptor.severity ?? rule.severity,
        message: descriptor.message,
        file: descriptor.file ?? descriptor.unit?.file ?? file,
        region: descriptor.region,
      };
      if (descriptor.ref) finding.instruction = descriptor.ref;
      const related = [...(descriptor.unit?.origin ? [descriptor.unit.origin] : []), ...(descriptor.related ?? [])];
      if (related.length > 0) finding.related = related;
      if (descriptor.fix) finding.fix = descriptor.fix;
      if (descriptor.nix) finding.nix = descriptor.nix;
      if (descriptor.details) finding.details = descriptor.details;
      if (descriptor.properties) finding.properties = descriptor.properties;
      const reason = suppressions.reasonFor(finding, (descriptor.anchor ?? descriptor.unit?.anchor)?.startLine);
      if (reason) finding.suppressed = { kind: 'inline', justification: reason };
      findings.push(finding);
    };
    try {
      check(rule, report);
    } catch (error) {
      // Not a failure: the engine loads the parsers and runs the rules on this file again.
      if (error instanceof ContextParsersNeeded || error instanceof PowerShellGrammarNeeded) throw error;
      errors.push({ file, message: `rule ${rule.id} (${rule.name}) failed on this file: ${(error as Error).message}. This is a bug in the rule; the other rules' findings are complete.` });
    }
  }
  return { findings, errors };
}
