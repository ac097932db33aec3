import { compareFindings, type AuditReport, type Finding, type Severity } from '../findings/index.js';
import { workflowCommand } from './escape/workflow-commands.js';
import { displayLocation, displayPath } from './paths.js';
import { nixLevel, type Reporter, type ReporterOptions } from './types.js';

/**
 * GitHub Actions workflow commands (`::error file=...::message`), one per unsuppressed finding and
 * per file that could not be audited. The runner turns them into annotations on the diff. An
 * annotation is short: the Nix way joins it only at `nix: full`.
 */
export const githubReporter: Reporter = (report, options) => githubAnnotations(report, options).map((line) => `${line}\n`).join('');

export type AnnotationCommand = 'error' | 'warning' | 'notice';

const commandFor: Record<Severity, AnnotationCommand> = { error: 'error', warning: 'warning', note: 'notice' };

export function githubAnnotations(report: AuditReport, options: ReporterOptions): string[] {
  const titles = new Map(report.rules.map((rule) => [rule.id, `${rule.id} ${rule.name}`]));
  const lines = report.findings
    .filter((finding) => !finding.suppressed)
    .sort(compareFindings)
    .map((finding) => workflowCommand(commandFor[finding.severity], annotationProperties(finding, options.root, titles.get(finding.ruleId) ?? finding.ruleId), annotationText(finding, options)));
  for (const error of report.errors) {
    const properties: Record<string, string | number> = { file: displayPath(error.file, options.root) };
    if (error.line !== undefined) properties.line = error.line;
    if (error.column !== undefined) properties.col = error.column;
    properties.title = 'repro-audit could not audit this file';
    lines.push(workflowCommand('error', properties, error.message));
  }
  return lines;
}

/** Counts what `githubAnnotations` emits, by annotation kind. */
export function countAnnotations(report: AuditReport): Record<AnnotationCommand, number> {
  const counts: Record<AnnotationCommand, number> = { error: report.errors.length, warning: 0, notice: 0 };
  for (const finding of report.findings) if (!finding.suppressed) counts[commandFor[finding.severity]]++;
  return counts;
}

function annotationProperties(finding: Finding, root: string, title: string): Record<string, string | number> {
  const { region } = finding;
  const properties: Record<string, string | number> = { file: displayPath(finding.file, root), line: region.startLine, endLine: region.endLine };
  // GitHub only honours columns on single-line annotations, and its end column is inclusive.
  if (region.startLine === region.endLine) {
    properties.col = region.startColumn;
    properties.endColumn = Math.max(region.startColumn, region.endColumn - 1);
  }
  properties.title = title;
  return properties;
}

function annotationText(finding: Finding, options: ReporterOptions): string {
  const parts = [finding.message];
  for (const related of finding.related ?? []) parts.push(`${related.message}: ${displayLocation(related.file, related.region, options.root)}`);
  if (finding.fix) parts.push(`Fix: ${finding.fix.description}`);
  if (finding.nix && nixLevel(options) === 'full') parts.push(`Nix: ${finding.nix.summary}`);
  return parts.join('\n');
}
