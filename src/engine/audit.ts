/**
 * The part of an audit that parses: one file's text through the model, the shell parser and the
 * rules. It is loaded only when some file is not answered by the result cache.
 */
import { ContextParsersNeeded, loadContextParsers, type BuildContextReader } from '../build-context/index.js';
import type { FileError, FileKind, Finding } from '../findings/index.js';
import { loadDockerfileParser } from '../model/index.js';
import { loadPowerShellGrammar, mayNeedPowerShellGrammar, PowerShellGrammarNeeded } from '../shell/index.js';
import { contextRootFor, createContextReader, createRecordingContextReader, type ContextDependency } from './context.js';
import { documentAuditor } from './document-audit.js';
import { DEFAULT_MAX_FILE_BYTES, fileKindOf, readDockerfile } from './files.js';
import { auditModel } from './model-audit.js';
import type { AuditOptions, PreparedAudit } from './prepare.js';

const { parseDockerfile } = await loadDockerfileParser();

/** What a file is audited as: its kind, and for a Dockerfile a Compose file builds, that build's context and args. */
export interface AuditTarget {
  kind: FileKind;
  /** Absolute; overrides the context the kind implies. */
  context?: string;
  /** Build args on top of the audit's (a Compose service's `build.args`). */
  buildArgs?: Record<string, string>;
}

export interface FileAudit {
  findings: Finding[];
  errors: FileError[];
  /** Build-context files the rules looked at, when recorded (what a cached result depends on). */
  dependencies?: ContextDependency[];
  /** The file's text, when it could be read (reporters quote it for fingerprints). */
  text?: string;
  /** A parser the file needs was not loaded yet (build-context files, PowerShell): see `auditFilesOnce`. */
  needsParser?: ParserNeeded;
}

/** Audits one Dockerfile's text. Never throws: problems become `errors` with file and line. */
export function auditText(text: string, file: string, prepared: PreparedAudit, context: BuildContextReader): FileAudit {
  return auditModel(parseDockerfile(text, file, { buildArgs: prepared.buildArgs }), prepared, context);
}

export interface FileAuditOptions extends Pick<AuditOptions, 'context' | 'maxFileBytes'> {
  /** Record which build-context files the rules read (for the result cache). */
  recordDependencies?: boolean;
}

/**
 * Audits one file from disk (reading, decoding and context included), or from `bytes` already read.
 * Files of kinds other than Dockerfile need their reader loaded first (`loadDocumentAuditors`).
 */
export function auditFile(
  file: string,
  cwd: string,
  prepared: PreparedAudit,
  options: FileAuditOptions = {},
  bytes?: Uint8Array,
  target: AuditTarget = { kind: fileKindOf(file) ?? 'dockerfile' },
): FileAudit {
  const read = readDockerfile(file, cwd, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, bytes);
  if ('error' in read) return { findings: [], errors: [read.error], dependencies: [] };
  if (mayNeedPowerShellGrammar(read.text)) return { findings: [], errors: [], needsParser: 'powershell' };
  const root = target.context ?? contextRootFor(file, target.kind, cwd, options.context);
  const audit = (context: BuildContextReader) =>
    target.kind === 'dockerfile'
      ? auditModel(parseDockerfile(read.text, file, { buildArgs: { ...prepared.buildArgs, ...target.buildArgs } }), prepared, context)
      : documentAuditor(target.kind)(read.text, file, prepared, context);
  try {
    if (!options.recordDependencies) return { ...audit(createContextReader(root)), text: read.text };
    const recorder = createRecordingContextReader(root);
    return { ...audit(recorder.reader), dependencies: recorder.dependencies, text: read.text };
  } catch (error) {
    if (error instanceof ContextParsersNeeded) return { findings: [], errors: [], needsParser: 'context' };
    if (error instanceof PowerShellGrammarNeeded) return { findings: [], errors: [], needsParser: 'powershell' };
    // A crash here is our bug, not the user's; say so without losing the other files.
    return { findings: [], errors: [{ file, message: `internal error while auditing this file: ${(error as Error).message}` }], text: read.text };
  }
}


type ParserNeeded = 'context' | 'powershell';

const PARSER_LOADERS: Record<ParserNeeded, () => Promise<unknown>> = { context: loadContextParsers, powershell: loadPowerShellGrammar };

/**
 * Audits files with `audit`, loading the parsers only some files need (YAML and TOML for
 * build-context files, the PowerShell grammar for Windows RUNs) when a file needs them, and then
 * auditing just those files again: most builds never pay for them. A file may need one after the
 * other, hence a round per kind.
 */
export async function auditFilesOnce(files: readonly string[], audit: (file: string, index: number) => FileAudit): Promise<FileAudit[]> {
  let results = files.map(audit);
  for (let round = 0; round < Object.keys(PARSER_LOADERS).length; round++) {
    const needed = new Set(results.flatMap((result) => (result.needsParser ? [result.needsParser] : [])));
    if (needed.size === 0) break;
    await Promise.all([...needed].map((kind) => PARSER_LOADERS[kind]()));
    results = results.map((result, index) => (result.needsParser ? audit(files[index]!, index) : result));
  }
  return results;
}
