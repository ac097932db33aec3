import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/findings/finding.ts
var SEVERITIES = ["error", "warning", "note"];
var severityRank = { error: 3, warning: 2, note: 1, none: 4 };
function meetsThreshold(severity, threshold) {
  return severityRank[severity] >= severityRank[threshold] && threshold !== "none";
}
function compareFindings(a, b) {
  return a.file.localeCompare(b.file) || a.region.startLine - b.region.startLine || a.region.startColumn - b.region.startColumn || a.ruleId.localeCompare(b.ruleId);
}

export {
  SEVERITIES,
  meetsThreshold,
  compareFindings
};
