/**
 * The part of an audit that parses: one file's text through the model, the shell parser and the
 * rules. It is loaded only when some file is not answered by the result cache.
 */
import type { FileError, Finding } from '../findings/index.js';
import { parseDockerfile } from '../model/parse.js';
import { instructionsWithTriggers } from '../model/queries.js';
import type { DockerfileModel } from '../model/types.js';
import { runRules } from '../rules/engine.js';
import type { BuildContextReader } from '../build-context/index.js';
import { contextRootOf, createContextReader, createRecordingContextReader, type ContextDependency } from './context.js';
import { DEFAULT_MAX_FILE_BYTES, readDockerfile } from './files.js';
import type { AuditOptions, PreparedAudit } from './prepare.js';

export { prepareAudit, type AuditOptions, type AuditRun, type PreparedAudit } from './prepare.js';
export { runAudit } from './run.js';

export interface FileAudit {
  findings: Finding[];
  errors: FileError[];
  /** The parsed file (not sent across threads). */
  model?: DockerfileModel;
  /** Build-context files the rules looked at, when recorded (what a cached result depends on). */
  dependencies?: ContextDependency[];
  /** The file's text, when it could be read (reporters quote it for fingerprints). */
  text?: string;
}

/** Audits one Dockerfile's text. Never throws: problems become `errors` with file and line. */
export function auditText(text: string, file: string, prepared: PreparedAudit, context: BuildContextReader): FileAudit {
  const model = parseDockerfile(text, file, { buildArgs: prepared.buildArgs });
  const errors: FileError[] = model.problems
    .filter((problem) => problem.level === 'error')
    .map((problem) => ({ file, line: problem.region.startLine, column: problem.region.startColumn, message: problem.message }));
  const result = runRules(model, { rules: prepared.rules, context, settings: prepared.settings, ruleSettings: prepared.ruleSettings });
  return { findings: result.findings, errors: [...errors, ...shellSyntaxErrors(model), ...result.errors], model };
}

/** Shell syntax the RUN's shell will reject (unterminated quotes, stray operators): the build fails there. */
function shellSyntaxErrors(model: DockerfileModel): FileError[] {
  const errors: FileError[] = [];
  for (const instruction of instructionsWithTriggers(model)) {
    const error = instruction.script?.errors[0];
    if (!error) continue;
    const region = model.positions.regionOf(error);
    const excerpt = model.text.slice(error.start, Math.min(error.end, error.start + 40)).split(/\r?\n/)[0];
    errors.push({ file: model.file, line: region.startLine, column: region.startColumn, message: `shell syntax error in ${instruction.keyword} near \`${excerpt}\` (unterminated quote or misplaced operator?): the build's shell will reject it` });
  }
  return errors;
}

export interface FileAuditOptions extends Pick<AuditOptions, 'context' | 'maxFileBytes'> {
  /** Record which build-context files the rules read (for the result cache). */
  recordDependencies?: boolean;
}

/** Audits one file from disk (reading, decoding and context included), or from `bytes` already read. */
export function auditFile(file: string, cwd: string, prepared: PreparedAudit, options: FileAuditOptions = {}, bytes?: Uint8Array): FileAudit {
  const read = readDockerfile(file, cwd, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, bytes);
  if ('error' in read) return { findings: [], errors: [read.error], dependencies: [] };
  const root = contextRootOf(file, cwd, options.context);
  try {
    if (!options.recordDependencies) return { ...auditText(read.text, file, prepared, createContextReader(root)), text: read.text };
    const recorder = createRecordingContextReader(root);
    return { ...auditText(read.text, file, prepared, recorder.reader), dependencies: recorder.dependencies, text: read.text };
  } catch (error) {
    // A crash here is our bug, not the user's; say so without losing the other files.
    return { findings: [], errors: [{ file, message: `internal error while auditing this file: ${(error as Error).message}` }], text: read.text };
  }
}

