import { compareFindings, compareText, SEVERITIES, type AuditReport, type FileError, type Finding, type NixDetail, type NixSuggestion, type RuleMeta, type Severity } from '../findings/index.js';
import { fencedCode, htmlText, markdownCode, markdownLink, markdownMessage, markdownText, messageParts } from './escape/markdown.js';
import { inertToRunner } from './escape/workflow-commands.js';
import { ByteBudget, clip, GITHUB_COMMENT_LIMIT, utf8Length } from './markdown-budget.js';
import { displayLocation, displayPath } from './paths.js';
import { nixLevel, type Reporter, type ReporterOptions } from './types.js';

export { GITHUB_COMMENT_LIMIT, GITHUB_STEP_SUMMARY_LIMIT } from './markdown-budget.js';

export interface MarkdownOptions extends ReporterOptions {
  /** Upper bound on the output in UTF-8 bytes; what does not fit is counted in a closing note. */
  maxBytes?: number;
  /** Where the rest can be read when truncated, e.g. "the job summary" (Markdown, written by us). */
  fullReportHint?: string;
  /** The headline's words when no file was audited (plain text), e.g. "no Dockerfile changed in this pull request". */
  nothingAudited?: string;
}

/** `--format markdown`: the PR comment's body, printed where a CI log may read it. */
export const markdownReporter: Reporter = (report, options) => inertToRunner(renderMarkdown(report, options));

const severityLabel: Record<Severity, string> = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };

// One finding's text may quote a whole Dockerfile line; a row must not use up the comment.
const MAX_CELL = 1_000;
const MAX_PATH = 500;
// Nix snippets larger than this are left to the SARIF and JSON reports.
const MAX_SNIPPET_BYTES = 4_000;
const MAX_NAMES = 20;

/**
 * The report as GitHub-flavoured Markdown: headline, totals, files that could not be audited, a
 * table per file with one row per rule and kind of message (its lines, the first message, what
 * differs in the others, the exact fix where there is one), then the Nix way once per distinct
 * answer. Every part from the data goes through the Markdown escapers; the whole stays within
 * `maxBytes`, errors included (at most half of it).
 */
export function renderMarkdown(report: AuditReport, options: MarkdownOptions): string {
  const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
  const active = report.findings.filter((f) => !f.suppressed).sort(compareFindings);
  const byFile = groupBy(active, (f) => displayPath(f.file, options.root));
  const hint = options.fullReportHint ?? 'the SARIF upload in the Security tab, or `repro-audit --format json`';
  // The closing note is always affordable: its size with the largest counts is set aside first.
  const budget = new ByteBudget((options.maxBytes ?? GITHUB_COMMENT_LIMIT) - utf8Length(truncationNote({ findings: report.findings.length, errors: report.errors.length, nix: report.findings.length }, hint)));

  const head = [headline(report, active, byFile.size, options.nothingAudited), ''];
  if (report.files.length > 0 || report.errors.length > 0) head.push(totalLine(report, active, byFile.size), '');
  if (active.length > 0) head.push(topRules(active, rules), '');
  let body = head.join('\n');
  budget.take(body);

  const errors = errorSection(report.errors, options.root, Math.floor(budget.remaining / 2));
  budget.take(errors.text);
  body += errors.text;

  const shown: Finding[] = [];
  for (const [file, findings] of byFile) {
    const withFix = findings.some((finding) => finding.fix);
    const header = `\n#### ${markdownCode(clip(file, MAX_PATH))}\n\n| Rule | Lines | Severity | Finding |${withFix ? ' Fix |' : ''}\n|---|---|---|---|${withFix ? '---|' : ''}\n`;
    // The header, and the blank line that ends the table.
    if (!budget.take(`${header}\n`)) break;
    let section = header;
    let rows = 0;
    for (const group of messageGroups(findings)) {
      const row = `${groupRow(group, rules.get(group[0]!.ruleId), withFix, options.root)}\n`;
      if (!budget.take(row)) break;
      section += row;
      shown.push(...group);
      rows += group.length;
    }
    if (rows === 0) break;
    body += `${section}\n`;
    if (rows < findings.length) break;
  }

  const nix = nixSection(shown, options, budget);
  body += nix.text;
  body += truncationNote({ findings: active.length - shown.length, errors: report.errors.length - errors.shown, nix: nix.left }, hint);
  return body.replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n');
}

function truncationNote(left: { findings: number; errors: number; nix: number }, hint: string): string {
  const parts: string[] = [];
  if (left.findings > 0) parts.push(`${left.findings} more finding${plural(left.findings)}`);
  if (left.errors > 0) parts.push(`${left.errors} more file${plural(left.errors)} that could not be audited`);
  if (left.nix > 0) parts.push(`${left.nix} more Nix answer${plural(left.nix)}`);
  if (parts.length === 0) return '';
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `\n\n> [!NOTE]\n> ${listed} not shown here to stay within GitHub's size limit. See ${hint} for all of them.\n`;
}

/** Files, not Dockerfiles: workflows, Compose and Nix files are audited too. */
function headline(report: AuditReport, active: Finding[], filesWithFindings: number, nothingAudited: string | undefined): string {
  const audited = report.files.length;
  if (audited === 0 && report.errors.length === 0) return `### ℹ️ repro-audit: ${markdownText(nothingAudited ?? 'no file was audited')}`;
  if (active.length === 0 && report.errors.length === 0) {
    return `### ✅ repro-audit: no reproducibility problems found in ${audited} file${plural(audited)}`;
  }
  if (active.length === 0) {
    return `### ⚠️ repro-audit: ${report.errors.length} file${plural(report.errors.length)} could not be audited`;
  }
  const icon = active.some((f) => f.severity === 'error') ? '❌' : '⚠️';
  return `### ${icon} repro-audit: ${active.length} thing${plural(active.length)} in ${filesWithFindings} file${plural(filesWithFindings)} will not rebuild the same tomorrow`;
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

/**
 * One file's findings in rows: findings of one rule and severity whose messages say the same thing
 * about different subjects (the same text once the quoted code is set aside) share a row, in the
 * order of their first line.
 */
function messageGroups(findings: readonly Finding[]): Finding[][] {
  const template = (finding: Finding) =>
    [finding.ruleId, finding.severity, ...messageParts(finding.message).map((part) => (part.code ? '`' : part.text))].join('\u0000');
  return [...groupBy(findings, template).values()];
}

function groupRow(group: readonly Finding[], rule: RuleMeta | undefined, withFix: boolean, root: string): string {
  const first = group[0]!;
  const cell = (text: string) => markdownMessage(clip(text, MAX_CELL), { inTable: true });
  const ruleCell = `${markdownLink(markdownCode(clip(first.ruleId, 100), { inTable: true }), rule?.helpUri)}${rule ? ` ${markdownText(clip(rule.name, 100))}` : ''}`;
  const row = [ruleCell, lineRanges(group.map((finding) => finding.region.startLine)), severityLabel[first.severity], cell(first.message) + alsoAbout(group) + relatedText(group, root)];
  // The exact fix of each finding (a digest pin, a checksum), never a rule's generic advice.
  if (withFix) row.push([...new Set(group.flatMap((finding) => (finding.fix ? [finding.fix.description] : [])))].map(cell).join('<br>'));
  return `| ${row.join(' | ')} |`;
}

/** Where else the row's findings point (the Dockerfile line that runs a script), each place once. */
function relatedText(group: readonly Finding[], root: string): string {
  const places = new Map<string, string>();
  for (const location of group.flatMap((finding) => finding.related ?? [])) {
    const where = displayLocation(location.file, location.region, root);
    places.set(`${location.message}\u0000${where}`, ` (${markdownText(clip(location.message, MAX_CELL))}: ${markdownCode(clip(where, MAX_PATH), { inTable: true })})`);
  }
  return [...places.values()].slice(0, MAX_NAMES).join('');
}

/**
 * What the other findings of a row are about: the first quoted part of their messages that differs
 * between them (the package, the image, the URL), each shown once.
 */
function alsoAbout(group: readonly Finding[]): string {
  if (group.length < 2) return '';
  const quoted = group.map((finding) => messageParts(finding.message).filter((part) => part.code).map((part) => part.text));
  const varying = quoted[0]!.findIndex((_, index) => quoted.some((parts) => parts[index] !== quoted[0]![index]));
  if (varying < 0) return '';
  const others = [...new Set(quoted.slice(1).map((parts) => parts[varying]!))].filter((name) => name !== quoted[0]![varying]);
  const names = others.slice(0, MAX_NAMES).map((name) => markdownCode(clip(name, 100), { inTable: true }));
  const more = others.length > MAX_NAMES ? ` and ${others.length - MAX_NAMES} more` : '';
  return `<br>Also: ${names.join(', ')}${more}`;
}

/** `line 7`, `lines 3, 7–9`. */
function linesText(lines: readonly number[]): string {
  return `line${new Set(lines).size === 1 ? '' : 's'} ${lineRanges(lines)}`;
}

/** Sorted line numbers as ranges: `3, 7–9, 12`. */
function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    ranges.push(start === sorted[i] ? `${start}` : `${start}–${sorted[i]}`);
  }
  return ranges.join(', ');
}

/**
 * The Nix way, once per distinct answer among the findings shown, saying where it applies: at
 * `brief` its summary in a list, at `full` a folded block with the snippet. What the budget leaves
 * no room for is counted.
 */
function nixSection(findings: readonly Finding[], options: MarkdownOptions, budget: ByteBudget): { text: string; left: number } {
  const level = nixLevel(options);
  if (level === 'off') return { text: '', left: 0 };
  const answers = nixAnswers(findings, level);
  if (answers.size === 0) return { text: '', left: 0 };
  const heading = '\n#### ❄️ The Nix way\n\n';
  if (!budget.take(heading)) return { text: '', left: answers.size };
  let text = heading;
  let shown = 0;
  for (const group of answers.values()) {
    const nix = group[0]!.nix!;
    const entry = level === 'full' ? nixDetails(htmlText(nixWhere(group, options.root, (text) => text)), nix) : `- ${nixWhere(group, options.root, (text) => markdownCode(text))}: ${markdownMessage(clip(nix.summary, MAX_CELL))}\n`;
    if (!budget.take(entry)) break;
    text += entry;
    shown++;
  }
  if (shown === 0) return { text: '', left: answers.size };
  return { text: level === 'brief' ? `${text}\n` : text, left: answers.size - shown };
}

/**
 * The findings of each distinct answer, keyed by its text. A finding whose answer only points to
 * the one given with an earlier finding of its rule and instruction joins that finding's answer.
 */
function nixAnswers(findings: readonly Finding[], level: NixDetail): Map<string, Finding[]> {
  const answers = new Map<string, Finding[]>();
  const lastAnswer = new Map<string, string>();
  for (const finding of [...findings].sort(compareFindings)) {
    const { nix } = finding;
    if (!nix) continue;
    const instruction = JSON.stringify([finding.file, finding.ruleId, finding.instruction?.startLine ?? finding.region.startLine]);
    const given = nix.pointer ? lastAnswer.get(instruction) : undefined;
    const key = given ?? JSON.stringify([nix.summary, level === 'full' ? (nix.snippet ?? '') : '']);
    if (!nix.pointer) lastAnswer.set(instruction, key);
    const group = answers.get(key);
    if (group) group.push(finding);
    else answers.set(key, [finding]);
  }
  return answers;
}

/** Where one Nix answer applies: `php/Dockerfile` lines 24–28, 65 (`RA202`), names written by `name`. */
function nixWhere(group: readonly Finding[], root: string, name: (text: string) => string): string {
  const files = [...groupBy(group, (finding) => displayPath(finding.file, root))].map(
    ([file, findings]) => `${name(clip(file, MAX_PATH))} ${linesText(findings.map((finding) => finding.region.startLine))}`,
  );
  const ruleIds = [...new Set(group.map((finding) => name(clip(finding.ruleId, 100))))].join(', ');
  return `${files.join('; ')} (${ruleIds})`;
}

/** A folded block: the `<summary>` is raw HTML (entities), the rest Markdown after a blank line. */
function nixDetails(summary: string, nix: NixSuggestion): string {
  const lines = [`<details><summary>${summary}</summary>`, '', markdownMessage(clip(nix.summary, MAX_CELL))];
  const { snippet, unmapped } = nix;
  if (snippet && utf8Length(snippet) <= MAX_SNIPPET_BYTES) lines.push('', fencedCode(snippet, 'nix'));
  else if (snippet) lines.push('', `The Nix snippet (${utf8Length(snippet)} bytes) is in the SARIF and JSON reports.`);
  if (unmapped?.length) {
    const names = unmapped.slice(0, MAX_NAMES).map((name) => markdownCode(clip(name, 100)));
    const more = unmapped.length > MAX_NAMES ? ` and ${unmapped.length - MAX_NAMES} more` : '';
    lines.push('', `Not mapped to a nixpkgs attribute: ${names.join(', ')}${more}`);
  }
  lines.push('', '</details>', '', '');
  return lines.join('\n');
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
