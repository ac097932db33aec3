import { compareFindings, compareText, SEVERITIES, type Finding, type Severity } from '../findings/finding.js';
import type { RuleMeta } from '../rules/rule.js';
import { displayPath } from './paths.js';
import { fenced } from './rule-help.js';
import type { AuditReport, Reporter, ReporterOptions } from './types.js';

/** GitHub rejects issue and pull-request comments longer than this. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary (1 MiB). */
export const GITHUB_STEP_SUMMARY_LIMIT = 1_048_576;

export interface MarkdownOptions extends ReporterOptions {
  /** Upper bound on the output length; findings that do not fit are counted in a closing note. */
  maxLength?: number;
  /** Where the rest can be read when truncated, e.g. "the job summary" or "the Security tab (SARIF)". */
  fullReportHint?: string;
}

export const markdownReporter: Reporter = (report, options) => renderMarkdown(report, options);

const severityLabel: Record<Severity, string> = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };

export function renderMarkdown(report: AuditReport, options: MarkdownOptions): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
  const active = report.findings.filter((f) => !f.suppressed).sort(compareFindings);
  const byFile = groupBy(active, (f) => displayPath(f.file, options.root));

  const head = [headline(report, active, byFile.size), '', totalLine(report, active, byFile.size), ''];
  if (active.length > 0) head.push(topRules(active, rules), '');
  if (report.errors.length > 0) head.push(errorSection(report, options.root), '');

  let body = head.join('\n');
  let shown = 0;
  // Leaves room for the truncation note.
  const budget = maxLength - 600;
  for (const [file, findings] of byFile) {
    const header = [`#### \`${escapeCodeSpan(file)}\``, '', '| Line | Rule | Severity | Message | Fix |', '|---:|---|---|---|---|'];
    const rows: string[] = [];
    const details: string[] = [];
    let sectionLength = header.join('\n').length + 4;
    for (const finding of findings) {
      const row = tableRow(finding, rules.get(finding.ruleId));
      const nix = nixDetails(finding);
      if (body.length + sectionLength + row.length + nix.length + 2 > budget) break;
      rows.push(row);
      if (nix) details.push(nix);
      sectionLength += row.length + nix.length + 2;
      shown++;
    }
    if (rows.length > 0) body += `\n${[...header, ...rows].join('\n')}\n\n${details.join('\n')}`;
    if (rows.length < findings.length) break;
  }
  if (shown < active.length) {
    const where = options.fullReportHint ?? 'the SARIF upload in the Security tab, or `repro-audit --format json`';
    body += `\n\n> [!NOTE]\n> ${active.length - shown} more finding${plural(active.length - shown)} not shown here to stay within GitHub's size limit. See ${where} for all of them.\n`;
  }
  return body.replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
}

function headline(report: AuditReport, active: Finding[], filesWithFindings: number): string {
  const audited = report.files.length;
  if (active.length === 0 && report.errors.length === 0) {
    return `### ✅ repro-audit: no reproducibility problems found in ${audited} Dockerfile${plural(audited)}`;
  }
  if (active.length === 0) {
    return `### ⚠️ repro-audit: ${report.errors.length} file${plural(report.errors.length)} could not be audited`;
  }
  const icon = active.some((f) => f.severity === 'error') ? '❌' : '⚠️';
  return `### ${icon} repro-audit: ${active.length} thing${plural(active.length)} in ${filesWithFindings} Dockerfile${plural(filesWithFindings)} will not rebuild the same tomorrow`;
}

function totalLine(report: AuditReport, active: Finding[], filesWithFindings: number): string {
  const counts = SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}${plural(n)}`);
  const suppressed = report.findings.length - active.length;
  const parts = [`**Total:** ${active.length} finding${plural(active.length)}${counts.length ? ` (${counts.join(', ')})` : ''}`];
  parts.push(`in ${filesWithFindings} of ${report.files.length} audited file${plural(report.files.length)}`);
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  if (report.errors.length > 0) parts.push(`${report.errors.length} could not be audited`);
  return parts.join(' · ');
}

function topRules(active: Finding[], rules: Map<string, RuleMeta>): string {
  const counts = new Map<string, number>();
  for (const f of active) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 5);
  return `Most frequent: ${top.map(([id, n]) => `\`${id}\` ${escapeCell(rules.get(id)?.name ?? '')} ×${n}`).join(', ')}`;
}

function errorSection(report: AuditReport, root: string): string {
  const rows = report.errors.map((e) => `| \`${escapeCodeSpan(displayPath(e.file, root))}\` | ${e.line ?? ''} | ${escapeCell(e.message)} |`);
  return ['#### Files that could not be audited', '', '| File | Line | Error |', '|---|---:|---|', ...rows].join('\n');
}

function tableRow(finding: Finding, rule: RuleMeta | undefined): string {
  const { region } = finding;
  const line = region.startLine === region.endLine ? `${region.startLine}` : `${region.startLine}–${region.endLine}`;
  const ruleCell = `\`${finding.ruleId}\`${rule ? ` ${escapeCell(rule.name)}` : ''}`;
  const fix = finding.fix ? escapeCell(finding.fix.description) : rule ? escapeCell(firstSentence(rule.docs.fix)) : '';
  return `| ${line} | ${ruleCell} | ${severityLabel[finding.severity]} | ${escapeCell(finding.message)} | ${fix} |`;
}

function nixDetails(finding: Finding): string {
  if (!finding.nix) return '';
  const lines = [`<details><summary>❄️ The Nix way for line ${finding.region.startLine} (${escapeHtml(finding.ruleId)})</summary>`, '', escapeCell(finding.nix.summary)];
  if (finding.nix.snippet) lines.push('', fenced(finding.nix.snippet, 'nix'));
  if (finding.nix.unmapped?.length) lines.push('', `Not mapped to a nixpkgs attribute: ${finding.nix.unmapped.map((n) => `\`${escapeCodeSpan(n)}\``).join(', ')}`);
  lines.push('', '</details>', '');
  return lines.join('\n');
}

/**
 * Makes free text safe in a table cell: `|` and line breaks would end the cell, raw HTML would be
 * interpreted, and `@name` would notify people. Backtick code spans are kept as code.
 */
export function escapeCell(text: string): string {
  return text
    .split(/(`[^`\n]*`)/)
    .map((part, index) => (index % 2 === 1 ? part.replace(/\|/g, '\\|') : escapeHtml(part).replace(/\|/g, '\\|').replace(/@/g, '&#64;')))
    .join('')
    .replace(/\r?\n/g, '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeCodeSpan(text: string): string {
  return text.replace(/`/g, "'").replace(/\|/g, '\\|');
}

function firstSentence(markdown: string): string {
  const paragraph = markdown.trim().split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ');
  const match = /^(.*?[.!?])(\s|$)/.exec(paragraph);
  return match ? match[1]! : paragraph;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
