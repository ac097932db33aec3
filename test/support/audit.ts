import path from 'node:path';
import { ContextParsersNeeded, loadContextParsers } from '../../src/build-context/index.js';
import { auditText } from '../../src/engine/audit.js';
import { createContextReader, prepareAudit, type PreparedAudit } from '../../src/engine/index.js';
import type { Finding } from '../../src/findings/finding.js';

let defaults: Promise<PreparedAudit> | undefined;

/** The built-in rules with default settings (no config file). */
export function defaultAudit(): Promise<PreparedAudit> {
  defaults ??= prepareAudit({ cwd: process.cwd(), configFile: false });
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

export function findingsOf(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId);
}
