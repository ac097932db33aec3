import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  TOOL_VERSION,
  fingerprintFindings
} from "./chunk-PFHIFKKA.js";
import "./chunk-O33AYLXZ.js";
import {
  SEVERITIES,
  compareFindings,
  compareText
} from "./chunk-DK4JW3AF.js";
import {
  nixLevel
} from "./chunk-5EVDRQ33.js";
import {
  displayPath,
  inertJsonToRunner
} from "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/report/json.ts
var JSON_REPORT_SCHEMA = "repro-audit/report@1";
var jsonReporter = (report, options) => inertJsonToRunner(`${JSON.stringify(buildJsonReport(report, options), null, 2)}
`);
function buildJsonReport(report, options) {
  const fingerprints = fingerprintFindings(report.findings, options.root, options.readSource);
  const withNix = nixLevel(options) !== "off";
  const findings = [...report.findings].sort(compareFindings).map((finding) => {
    const fingerprint = fingerprints.get(finding);
    const related = finding.related?.map((location) => ({ ...location, file: displayPath(location.file, options.root) }));
    const shown = { ...finding, file: displayPath(finding.file, options.root), ...related ? { related } : {}, fingerprint: `${fingerprint.hash}:${fingerprint.occurrence}` };
    if (!withNix) delete shown.nix;
    return shown;
  });
  const errors = report.errors.map((error) => ({ ...error, file: displayPath(error.file, options.root) })).sort((a, b) => compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  const used = new Set(findings.map((f) => f.ruleId));
  const rules = report.rules.filter((rule) => used.has(rule.id)).sort((a, b) => compareText(a.id, b.id)).map(({ id, name, summary, severity, precision, tags }) => ({ id, name, summary, severity, precision, tags }));
  return {
    schema: JSON_REPORT_SCHEMA,
    version: TOOL_VERSION,
    ...report.category !== void 0 ? { category: report.category } : {},
    files: [...new Set(report.files.map((file) => displayPath(file, options.root)))].sort(),
    findings,
    errors,
    rules,
    summary: summarise(report, findings)
  };
}
function summarise(report, findings) {
  const active = findings.filter((f) => !f.suppressed);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length]));
  const byRule = {};
  for (const finding of active) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
  return {
    files: new Set(report.files).size,
    findings: active.length,
    suppressed: findings.length - active.length,
    errors: report.errors.length,
    bySeverity,
    byRule
  };
}
export {
  JSON_REPORT_SCHEMA,
  buildJsonReport,
  jsonReporter
};
