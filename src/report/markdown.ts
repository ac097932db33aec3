import { compareFindings, compareText, SEVERITIES, type AuditReport, type FileError, type Finding, type RuleMeta, type Severity } from '../findings/index.js';
import { fencedCode, htmlText, markdownCode, markdownMessage, markdownText } from './escape/markdown.js';
import { inertToRunner } from './escape/workflow-commands.js';
import { ByteBudget, clip, GITHUB_COMMENT_LIMIT, utf8Length } from './markdown-budget.js';
import { displayLocation, displayPath } from './paths.js';
import type { Reporter, ReporterOptions } from './types.js';

export { GITHUB_COMMENT_LIMIT, GITHUB_STEP_SUMMARY_LIMIT } from './markdown-budget.js';

export interface MarkdownOptions extends ReporterOptions {
  /** Upper bound on the output in UTF-8 bytes; what does not fit is counted in a closing note. */
  maxBytes?: number;
  /** Where the rest can be read when truncated, e.g. "the job summary" (Markdown, written by us). */
  fullReportHint?: string;
}

/** `--format markdown`: the PR comment's body, printed where a CI log may read it. */
export const markdownReporter: Reporter = (report, options) => inertToRunner(renderMarkdown(report, options));

const severityLabel: Record<Severity, string> = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };

// One finding's text may quote a whole Dockerfile line; a row must not use up the comment.
const MAX_CELL = 1_000;
const MAX_PATH = 500;
// Nix snippets larger than this are left to the SARIF and JSON reports.
const MAX_SNIPPET_BYTES = 4_000;
const MAX_UNMAPPED = 20;

/**
 * The report as GitHub-flavoured Markdown: headline, totals, files that could not be audited, then
 * a table per file with the Nix way folded under it. Every part from the data goes through the
 * Markdown escapers; the whole stays within `maxBytes`, errors included (at most half of it).
 */
export function renderMarkdown(report: AuditReport, options: MarkdownOptions): string {
  const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
  const active = report.findings.filter((f) => !f.suppressed).sort(compareFindings);
  const byFile = groupBy(active, (f) => displayPath(f.file, options.root));
  const hint = options.fullReportHint ?? 'the SARIF upload in the Security tab, or `repro-audit --format json`';
  // The closing note is always affordable: its size with the largest counts is set aside first.
  const budget = new ByteBudget((options.maxBytes ?? GITHUB_COMMENT_LIMIT) - utf8Length(truncationNote(report.findings.length, report.errors.length, hint)));

  const head = [headline(report, active, byFile.size), '', totalLine(report, active, byFile.size), ''];
  if (active.length > 0) head.push(topRules(active, rules), '');
  let body = head.join('\n');
  budget.take(body);

  const errors = errorSection(report.errors, options.root, Math.floor(budget.remaining / 2));
  budget.take(errors.text);
  body += errors.text;

  let shown = 0;
  for (const [file, findings] of byFile) {
    const header = `\n#### ${markdownCode(clip(file, MAX_PATH))}\n\n| Line | Rule | Severity | Message | Fix |\n|---:|---|---|---|---|\n`;
    // The header, and the blank line that ends the table.
    if (!budget.take(`${header}\n`)) break;
    let section = header;
    const details: string[] = [];
    let rows = 0;
    for (const finding of findings) {
      const row = `${tableRow(finding, rules.get(finding.ruleId), options.root)}\n`;
      const nix = nixDetails(finding);
      if (!budget.take(row + nix)) break;
      section += row;
      if (nix) details.push(nix);
      rows++;
    }
    if (rows === 0) break;
    body += `${section}\n${details.join('')}`;
    shown += rows;
    if (rows < findings.length) break;
  }
  body += truncationNote(active.length - shown, report.errors.length - errors.shown, hint);
  return body.replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
}

function truncationNote(findingsLeft: number, errorsLeft: number, hint: string): string {
  const parts: string[] = [];
  if (findingsLeft > 0) parts.push(`${findingsLeft} more finding${plural(findingsLeft)}`);
  if (errorsLeft > 0) parts.push(`${errorsLeft} more file${plural(errorsLeft)} that could not be audited`);
  if (parts.length === 0) return '';
  return `\n\n> [!NOTE]\n> ${parts.join(' and ')} not shown here to stay within GitHub's size limit. See ${hint} for all of them.\n`;
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
  return `Most frequent: ${top.map(([id, n]) => `${markdownCode(clip(id, 100))} ${markdownText(clip(rules.get(id)?.name ?? '', 100))} ×${n}`).join(', ')}`;
}

/** The table of files that could not be audited, as many rows as `bytes` allows. */
function errorSection(errors: readonly FileError[], root: string, bytes: number): { text: string; shown: number } {
  const budget = new ByteBudget(bytes);
  const header = '\n#### Files that could not be audited\n\n| File | Line | Error |\n|---|---:|---|\n';
  if (errors.length === 0 || !budget.take(header)) return { text: '', shown: 0 };
  let text = header;
  let shown = 0;
  for (const error of errors) {
    const row = `${errorRow(error, root)}\n`;
    if (!budget.take(row)) break;
    text += row;
    shown++;
  }
  return shown > 0 ? { text, shown } : { text: '', shown: 0 };
}

function errorRow(error: FileError, root: string): string {
  const file = markdownCode(clip(displayPath(error.file, root), MAX_PATH), { inTable: true });
  return `| ${file} | ${error.line ?? ''} | ${markdownMessage(clip(error.message, MAX_CELL), { inTable: true })} |`;
}

function tableRow(finding: Finding, rule: RuleMeta | undefined, root: string): string {
  const { region } = finding;
  const cell = (text: string) => markdownMessage(clip(text, MAX_CELL), { inTable: true });
  const line = region.startLine === region.endLine ? `${region.startLine}` : `${region.startLine}–${region.endLine}`;
  const ruleCell = `${markdownCode(clip(finding.ruleId, 100), { inTable: true })}${rule ? ` ${markdownText(clip(rule.name, 100))}` : ''}`;
  const fix = finding.fix ? cell(finding.fix.description) : rule ? cell(firstSentence(rule.docs.fix)) : '';
  const related = (finding.related ?? []).map((location) => ` (${markdownText(clip(location.message, MAX_CELL))}: ${markdownCode(clip(displayLocation(location.file, location.region, root), MAX_PATH), { inTable: true })})`).join('');
  return `| ${line} | ${ruleCell} | ${severityLabel[finding.severity]} | ${cell(finding.message)}${related} | ${fix} |`;
}

/** The Nix way, folded: the `<summary>` is raw HTML (entities), the rest Markdown after a blank line. */
function nixDetails(finding: Finding): string {
  if (!finding.nix) return '';
  const summary = `❄️ The Nix way for line ${finding.region.startLine} (${htmlText(clip(finding.ruleId, 100))})`;
  const lines = [`<details><summary>${summary}</summary>`, '', `**Nix:** ${markdownMessage(clip(finding.nix.summary, MAX_CELL))}`];
  const { snippet, unmapped } = finding.nix;
  if (snippet && utf8Length(snippet) <= MAX_SNIPPET_BYTES) lines.push('', fencedCode(snippet, 'nix'));
  else if (snippet) lines.push('', `The Nix snippet (${utf8Length(snippet)} bytes) is in the SARIF and JSON reports.`);
  if (unmapped?.length) {
    const names = unmapped.slice(0, MAX_UNMAPPED).map((name) => markdownCode(clip(name, 100)));
    const more = unmapped.length > MAX_UNMAPPED ? ` and ${unmapped.length - MAX_UNMAPPED} more` : '';
    lines.push('', `Not mapped to a nixpkgs attribute: ${names.join(', ')}${more}`);
  }
  lines.push('', '</details>', '', '');
  return lines.join('\n');
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
