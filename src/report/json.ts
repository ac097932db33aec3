import { compareFindings, compareText, SEVERITIES, type AuditReport, type FileError, type Finding, type RuleMeta, type Severity } from '../findings/index.js';
import { fingerprintFindings, type SourceReader } from './fingerprint.js';
import { inertJsonToRunner } from './escape/workflow-commands.js';
import { displayPath } from './paths.js';
import { TOOL_VERSION } from './tool-info.js';
import { nixLevel, type Reporter, type ReporterOptions } from './types.js';

/**
 * The `--format json` document, `repro-audit/report@1`. Documented in docs/json-schema.md and
 * described by docs/report.schema.json; fields are only ever added within `@1`.
 */
export const JSON_REPORT_SCHEMA = 'repro-audit/report@1';

export interface JsonReport {
  schema: typeof JSON_REPORT_SCHEMA;
  version: string;
  category?: string;
  files: string[];
  findings: JsonFinding[];
  errors: FileError[];
  rules: Array<Pick<RuleMeta, 'id' | 'name' | 'summary' | 'severity' | 'precision' | 'tags'>>;
  summary: JsonSummary;
}

export type JsonFinding = Finding & {
  /** Stable identity across unrelated edits (same value as SARIF's `reproAudit/v1`). */
  fingerprint: string;
};

export interface JsonSummary {
  files: number;
  /** Findings not suppressed. */
  findings: number;
  suppressed: number;
  errors: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
}

export interface JsonOptions extends ReporterOptions {
  readSource?: SourceReader;
}

export const jsonReporter: Reporter = (report, options) => inertJsonToRunner(`${JSON.stringify(buildJsonReport(report, options), null, 2)}\n`);

export function buildJsonReport(report: AuditReport, options: JsonOptions): JsonReport {
  const fingerprints = fingerprintFindings(report.findings, options.root, options.readSource);
  const withNix = nixLevel(options) !== 'off';
  const findings = [...report.findings].sort(compareFindings).map((finding): JsonFinding => {
    const fingerprint = fingerprints.get(finding)!;
    const related = finding.related?.map((location) => ({ ...location, file: displayPath(location.file, options.root) }));
    const shown: JsonFinding = { ...finding, file: displayPath(finding.file, options.root), ...(related ? { related } : {}), fingerprint: `${fingerprint.hash}:${fingerprint.occurrence}` };
    if (!withNix) delete shown.nix;
    return shown;
  });
  const errors = report.errors
    .map((error) => ({ ...error, file: displayPath(error.file, options.root) }))
    .sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  const used = new Set(findings.map((f) => f.ruleId));
  const rules = report.rules
    .filter((rule) => used.has(rule.id))
    .sort((a, b) => compareText(a.id, b.id))
    .map(({ id, name, summary, severity, precision, tags }) => ({ id, name, summary, severity, precision, tags }));
  return {
    schema: JSON_REPORT_SCHEMA,
    version: TOOL_VERSION,
    ...(report.category !== undefined ? { category: report.category } : {}),
    files: [...new Set(report.files.map((file) => displayPath(file, options.root)))].sort(),
    findings,
    errors,
    rules,
    summary: summarise(report, findings),
  };
}

function summarise(report: AuditReport, findings: readonly Finding[]): JsonSummary {
  const active = findings.filter((f) => !f.suppressed);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length])) as Record<Severity, number>;
  const byRule: Record<string, number> = {};
  for (const finding of active) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  return {
    files: new Set(report.files).size,
    findings: active.length,
    suppressed: findings.length - active.length,
    errors: report.errors.length,
    bySeverity,
    byRule,
  };
}
