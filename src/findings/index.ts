/**
 * The contract between producers (the static rules, the rebuild harness) and consumers (reporters,
 * the Action, the fixer): what a finding is, where it points, what a rule says about itself, and
 * what a reporter is handed. It depends on nothing else in the project.
 */
export {
  compareFindings,
  compareText,
  meetsThreshold,
  SEVERITIES,
  type FileError,
  type Finding,
  type Fix,
  type InstructionRef,
  type NixSuggestion,
  type PositionMapper,
  type Region,
  type RelatedLocation,
  type Severity,
  type Span,
  type Suppression,
  type TextEdit,
} from './finding.js';
export { FILE_KINDS, ruleExamples, ruleTags, type FileKind, type RuleDocs, type RuleMeta } from './rule-meta.js';
export { NIX_DETAILS, type AuditReport, type NixDetail } from './report.js';
export { code } from './message.js';
export { createPositionMapper } from './positions.js';
