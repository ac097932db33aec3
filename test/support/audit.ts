import path from 'node:path';
import { ContextParsersNeeded, loadContextParsers } from '../../src/build-context/index.js';
import { auditText } from '../../src/engine/audit.js';
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

/** Audits Dockerfile text with the built-in rules; `contextDir` defaults to an empty context. */
export async function auditSnippet(text: string, options: { file?: string; contextDir?: string; prepared?: PreparedAudit } = {}) {
  const prepared = options.prepared ?? (await defaultAudit());
  const contextDir = options.contextDir ?? path.join(process.cwd(), 'fixtures', 'empty-context');
  const audit = () => auditText(text, options.file ?? 'Dockerfile', prepared, createContextReader(contextDir));
  try {
    return audit();
  } catch (error) {
    // As the engine does: the YAML and TOML parsers load when a file first needs them.
    if (!(error instanceof ContextParsersNeeded)) throw error;
    await loadContextParsers();
    return audit();
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
  return documentAuditor(kind)(text, absolute, prepared ?? (await defaultAudit()), createContextReader(contextRootFor(absolute, kind, process.cwd())));
}

export function findingsOf(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId);
}
