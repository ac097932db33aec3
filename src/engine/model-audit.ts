import type { BuildContextReader } from '../build-context/index.js';
import type { FileError, Finding } from '../findings/index.js';
import { instructionsWithTriggers, type DockerfileModel } from '../model/index.js';
import { runRules } from '../rules/index.js';
import type { PreparedAudit } from './prepare.js';

/**
 * The rules over a parsed file, with the prepared settings: what `lint` reports for the file and
 * what `fix` applies. Problems of the file itself (model errors, shell syntax errors) become errors.
 */
export function auditModel(model: DockerfileModel, prepared: PreparedAudit, context: BuildContextReader): { findings: Finding[]; errors: FileError[] } {
  const errors: FileError[] = model.problems
    .filter((problem) => problem.level === 'error')
    .map((problem) => ({ file: model.file, line: problem.region.startLine, column: problem.region.startColumn, message: problem.message }));
  const result = runRules(model, { rules: prepared.rules, context, settings: prepared.settings, ruleSettings: prepared.ruleSettings });
  return { findings: result.findings, errors: [...errors, ...shellSyntaxErrors(model), ...result.errors] };
}

/** Shell syntax the RUN's shell will reject (unterminated quotes, stray operators): the build fails there. */
function shellSyntaxErrors(model: DockerfileModel): FileError[] {
  const errors: FileError[] = [];
  for (const instruction of instructionsWithTriggers(model)) {
    const error = instruction.script?.dialect ? undefined : instruction.script?.errors[0];
    if (!error) continue;
    const region = model.positions.regionOf(error);
    const excerpt = model.text.slice(error.start, Math.min(error.end, error.start + 40)).split(/\r?\n/)[0];
    errors.push({ file: model.file, line: region.startLine, column: region.startColumn, message: `shell syntax error in ${instruction.keyword} near \`${excerpt}\` (unterminated quote or misplaced operator?): the build's shell will reject it` });
  }
  return errors;
}
