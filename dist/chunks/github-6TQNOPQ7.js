import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  compareFindings
} from "./chunk-DK4JW3AF.js";
import {
  nixLevel
} from "./chunk-5EVDRQ33.js";
import {
  displayLocation,
  displayPath,
  workflowCommand
} from "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/report/github.ts
var githubReporter = (report, options) => githubAnnotations(report, options).map((line) => `${line}
`).join("");
var commandFor = { error: "error", warning: "warning", note: "notice" };
function githubAnnotations(report, options) {
  const titles = new Map(report.rules.map((rule) => [rule.id, `${rule.id} ${rule.name}`]));
  const lines = report.findings.filter((finding) => !finding.suppressed).sort(compareFindings).map((finding) => workflowCommand(commandFor[finding.severity], annotationProperties(finding, options.root, titles.get(finding.ruleId) ?? finding.ruleId), annotationText(finding, options)));
  for (const error of report.errors) {
    const properties = { file: displayPath(error.file, options.root) };
    if (error.line !== void 0) properties.line = error.line;
    if (error.column !== void 0) properties.col = error.column;
    properties.title = "repro-audit could not audit this file";
    lines.push(workflowCommand("error", properties, error.message));
  }
  return lines;
}
function countAnnotations(report) {
  const counts = { error: report.errors.length, warning: 0, notice: 0 };
  for (const finding of report.findings) if (!finding.suppressed) counts[commandFor[finding.severity]]++;
  return counts;
}
function annotationProperties(finding, root, title) {
  const { region } = finding;
  const properties = { file: displayPath(finding.file, root), line: region.startLine, endLine: region.endLine };
  if (region.startLine === region.endLine) {
    properties.col = region.startColumn;
    properties.endColumn = Math.max(region.startColumn, region.endColumn - 1);
  }
  properties.title = title;
  return properties;
}
function annotationText(finding, options) {
  const parts = [finding.message];
  for (const related of finding.related ?? []) parts.push(`${related.message}: ${displayLocation(related.file, related.region, options.root)}`);
  if (finding.fix) parts.push(`Fix: ${finding.fix.description}`);
  if (finding.nix && nixLevel(options) === "full") parts.push(`Nix: ${finding.nix.summary}`);
  return parts.join("\n");
}
export {
  countAnnotations,
  githubAnnotations,
  githubReporter
};
