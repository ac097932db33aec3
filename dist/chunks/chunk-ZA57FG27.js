import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/findings/finding.ts
var SEVERITIES = ["error", "warning", "note"];
var severityRank = { error: 3, warning: 2, note: 1, none: 4 };
function meetsThreshold(severity, threshold) {
  return severityRank[severity] >= severityRank[threshold] && threshold !== "none";
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return compareText(a.file, b.file) || a.region.startLine - b.region.startLine || a.region.startColumn - b.region.startColumn || compareText(a.ruleId, b.ruleId);
}

// src/findings/message.ts
function code(text, max = 80) {
  const flat = text.replace(/\s+/g, " ").trim();
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat}\``;
}

export {
  SEVERITIES,
  meetsThreshold,
  compareText,
  compareFindings,
  code
};
