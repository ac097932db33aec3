import { contextScriptUnits, ContextParsersNeeded, type BuildContextReader } from '../build-context/index.js';
import type { FileError, Finding, Severity } from '../findings/index.js';
import { instructionRef, runUnits, type DockerfileModel, type ShellUnit } from '../model/index.js';
import type { AuditSettings, ReportDescriptor, Rule } from './rule.js';
import { buildSuppressions } from './suppressions.js';

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

/** Runs every enabled rule over one model; suppressed findings are kept and marked. */
export function runRules(model: DockerfileModel, options: RunRulesOptions): RuleRunResult {
  const findings: Finding[] = [];
  const errors: FileError[] = [];
  const suppressions = buildSuppressions(model, options.rules);
  let units: readonly ShellUnit[] | undefined;
  const unitsOf = () => {
    if (!units) {
      const runs = runUnits(model);
      units = [...runs, ...contextScriptUnits(model, options.context, runs)];
    }
    return units;
  };
  for (const rule of options.rules) {
    const setting = options.ruleSettings?.get(rule.id);
    if (setting && !setting.enabled) continue;
    const report = (descriptor: ReportDescriptor) => {
      const finding: Finding = {
        ruleId: rule.id,
        severity: setting?.severity ?? descriptor.severity ?? rule.severity,
        message: descriptor.message,
        file: descriptor.file ?? descriptor.unit?.file ?? model.file,
        region: descriptor.region,
      };
      const instruction = descriptor.instruction ?? descriptor.unit?.instruction;
      if (instruction) finding.instruction = instructionRef(model, instruction);
      const related = [...(descriptor.unit?.origin ? [descriptor.unit.origin] : []), ...(descriptor.related ?? [])];
      if (related.length > 0) finding.related = related;
      if (descriptor.fix) finding.fix = descriptor.fix;
      if (descriptor.nix) finding.nix = descriptor.nix;
      if (descriptor.details) finding.details = descriptor.details;
      if (descriptor.properties) finding.properties = descriptor.properties;
      const reason = suppressions.reasonFor(finding);
      if (reason) finding.suppressed = { kind: 'inline', justification: reason };
      findings.push(finding);
    };
    try {
      rule.check({
        model,
        get units() {
          return unitsOf();
        },
        context: options.context,
        options: setting?.options ?? {},
        settings: options.settings,
        report,
      });
    } catch (error) {
      // Not a failure: the engine loads the parsers and runs the rules on this file again.
      if (error instanceof ContextParsersNeeded) throw error;
      errors.push({ file: model.file, message: `rule ${rule.id} (${rule.name}) failed on this file: ${(error as Error).message}. This is a bug in the rule; the other rules' findings are complete.` });
    }
  }
  return { findings, errors };
}
