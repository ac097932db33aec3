import type { AuditRun } from '../engine/index.js';
import type { FileError, Finding } from '../findings/index.js';
import { parseDockerfileText } from '../model/index.js';
import { RegistryClient, type DigestResolver } from '../registry/index.js';
import { resolvePins } from './pin.js';

export interface DigestPinOptions {
  /** Pin one platform's manifest instead of the multi-platform index. */
  platform?: string;
  /** Registries reached over plain HTTP besides loopback. */
  insecureRegistries?: string[];
  /** Defaults to a `RegistryClient` with the docker CLI's credentials. */
  resolver?: DigestResolver;
}

/**
 * `lint --resolve-digests`: gives each RA101 finding of an audit the exact pin its reference
 * resolves to now, as its machine-applicable fix (SARIF `fixes`, applied by `--fix`). Each file is
 * parsed again from the text the audit read, so the engine keeps no models and audits stay
 * parallel and cached. A registry that cannot answer becomes an error with the line, placed before
 * the file's other errors.
 */
export async function attachDigestPins(run: AuditRun, options: DigestPinOptions): Promise<AuditRun> {
  const resolver = options.resolver ?? new RegistryClient({ insecureRegistries: options.insecureRegistries });
  const pins = new Map<Finding, Finding['fix']>();
  const pinErrors: FileError[] = [];
  for (const file of run.files) {
    const text = run.sources.get(file);
    if (text === undefined) continue;
    const unpinned = run.findings.filter((finding) => finding.file === file && finding.ruleId === 'RA101');
    const model = await parseDockerfileText(text, file, { buildArgs: run.buildArgs });
    for (const outcome of await resolvePins(model, resolver, options.platform)) {
      const { region } = outcome.reference;
      if ('error' in outcome) pinErrors.push({ file, line: region.startLine, column: region.startColumn, message: outcome.error });
      if (!('fix' in outcome)) continue;
      for (const finding of unpinned) {
        if (finding.region.startLine === region.startLine && finding.region.startColumn === region.startColumn) pins.set(finding, outcome.fix);
      }
    }
  }
  // Errors stay in file order: those of the search first, then each file's, its pin errors first.
  const rank = new Map(run.files.map((file, index) => [file, index]));
  const errors = [...run.errors.map((error) => ({ error, pin: 1 })), ...pinErrors.map((error) => ({ error, pin: 0 }))]
    .sort((a, b) => (rank.get(a.error.file) ?? -1) - (rank.get(b.error.file) ?? -1) || a.pin - b.pin)
    .map(({ error }) => error);
  return { ...run, findings: run.findings.map((finding) => (pins.has(finding) ? { ...finding, fix: pins.get(finding) } : finding)), errors };
}
