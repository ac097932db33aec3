import path from 'node:path';
import { ContextParsersNeeded, loadContextParsers } from '../../src/build-context/index.js';
import { auditFile, auditFilesOnce, auditText, type FileAudit } from '../../src/engine/audit.js';
import { loadPowerShellGrammar, PowerShellGrammarNeeded } from '../../src/shell/index.js';
import { documentAuditor, loadDocumentAuditors } from '../../src/engine/document-audit.js';
import { contextRootFor, createContextReader, prepareAudit, type PreparedAudit } from '../../src/engine/index.js';
import type { FileKind, Finding } from '../../src/findings/index.js';

let defaults: Promise<PreparedAudit> | undefined;

/**
 * The time rule tests judge ages at (a lock entry's age, a release's end of life): fixed, so
 * fixtures and snapshots do not change with the calendar.
 */
export const TEST_AUDIT_TIME = Date.UTC(2026, 0, 15);

/** The built-in rules with default settings (no config file), at the test's fixed time. */
export function defaultAudit(): Promise<PreparedAudit> {
  defaults ??= prepareAudit({ cwd: process.cwd(), configFile: false }).then((prepared) => ({ ...prepared, settings: { ...prepared.settings, now: TEST_AUDIT_TIME } }));
  return defaults;
}

/**
 * Audits one file from disk as the engine does: the parsers only some files need (build-context
 * files, PowerShell) are loaded when it needs them, so its findings are complete.
 */
export async function auditFileOnDisk(file: string, cwd: string, prepared: PreparedAudit): Promise<FileAudit> {
  return (await auditFilesOnce([file], () => auditFile(file, cwd, prepared)))[0]!;
}

/** Audits Dockerfile text with the built-in rules; `contextDir` defaults to an empty context. */
export async function auditSnippet(text: string, options: { file?: string; contextDir?: string; prepared?: PreparedAudit } = {}) {
  const prepared = options.prepared ?? (await defaultAudit());
  const contextDir = options.contextDir ?? path.join(process.cwd(), 'fixtures', 'empty-context');
  return withParsersLoaded(() => auditText(text, options.file ?? 'Dockerfile', prepared, createContextReader(contextDir)));
}

/** Runs `audit` as the engine does: the YAML and TOML parsers, and the PowerShell grammar, load when a file first needs them. */
async function withParsersLoaded<T>(audit: () => T): Promise<T> {
  for (;;) {
    try {
      return audit();
    } catch (error) {
      if (error instanceof ContextParsersNeeded) await loadContextParsers();
      else if (error instanceof PowerShellGrammarNeeded) await loadPowerShellGrammar();
      else throw error;
    }
  }
}

/**
 * Audits a file of another kind with the built-in rules. `file` is where it is (absolute, or under
 * `fixtures/empty-context` by default): the folder its rules read from (a flake's lock, a
 * repository's actions.lock) is found from it, as in a real audit.
 */
export async function auditDocument(text: string, kind: Exclude<FileKind, 'dockerfile'>, file: string, prepared?: PreparedAudit) {
  await loadDocumentAuditors([kind]);
  const absolute = path.resolve(process.cwd(), 'fixtures', 'empty-context', file);
  const settings = prepared ?? (await defaultAudit());
  return withParsersLoaded(() => documentAuditor(kind)(text, absolute, settings, createContextReader(contextRootFor(absolute, kind, process.cwd()))));
}

export function findingsOf(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId);
}
