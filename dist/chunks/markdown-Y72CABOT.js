import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  ByteBudget,
  GITHUB_COMMENT_LIMIT,
  GITHUB_STEP_SUMMARY_LIMIT,
  clip,
  utf8Length
} from "./chunk-Z4HDJ7NM.js";
import {
  fencedCode,
  htmlText,
  markdownCode,
  markdownMessage,
  markdownText
} from "./chunk-N4OWTWKJ.js";
import "./chunk-QQC64ZS2.js";
import {
  SEVERITIES,
  compareFindings,
  compareText
} from "./chunk-ZA57FG27.js";
import {
  displayLocation,
  displayPath,
  inertToRunner
} from "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/report/markdown.ts
var markdownReporter = (report, options) => inertToRunner(renderMarkdown(report, options));
var severityLabel = { error: "\u{1F534} error", warning: "\u{1F7E0} warning", note: "\u{1F535} note" };
var MAX_CELL = 1e3;
var MAX_PATH = 500;
var MAX_SNIPPET_BYTES = 4e3;
var MAX_UNMAPPED = 20;
function renderMarkdown(report, options) {
  const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
  const active = report.findings.filter((f) => !f.suppressed).sort(compareFindings);
  const byFile = groupBy(active, (f) => displayPath(f.file, options.root));
  const hint = options.fullReportHint ?? "the SARIF upload in the Security tab, or `repro-audit --format json`";
  const budget = new ByteBudget((options.maxBytes ?? GITHUB_COMMENT_LIMIT) - utf8Length(truncationNote(report.findings.length, report.errors.length, hint)));
  const head = [headline(report, active, byFile.size), "", totalLine(report, active, byFile.size), ""];
  if (active.length > 0) head.push(topRules(active, rules), "");
  let body = head.join("\n");
  budget.take(body);
  const errors = errorSection(report.errors, options.root, Math.floor(budget.remaining / 2));
  budget.take(errors.text);
  body += errors.text;
  let shown = 0;
  for (const [file, findings] of byFile) {
    const header = `
#### ${markdownCode(clip(file, MAX_PATH))}

| Line | Rule | Severity | Message | Fix |
|---:|---|---|---|---|
`;
    if (!budget.take(`${header}
`)) break;
    let section = header;
    const details = [];
    let rows = 0;
    for (const finding of findings) {
      const row = `${tableRow(finding, rules.get(finding.ruleId), options.root)}
`;
      const nix = nixDetails(finding);
      if (!budget.take(row + nix)) break;
      section += row;
      if (nix) details.push(nix);
      rows++;
    }
    if (rows === 0) break;
    body += `${section}
${details.join("")}`;
    shown += rows;
    if (rows < findings.length) break;
  }
  body += truncationNote(active.length - shown, report.errors.length - errors.shown, hint);
  return body.replace(/\n{3,}/g, "\n\n").replace(/\n*$/, "\n");
}
function truncationNote(findingsLeft, errorsLeft, hint) {
  const parts = [];
  if (findingsLeft > 0) parts.push(`${findingsLeft} more finding${plural(findingsLeft)}`);
  if (errorsLeft > 0) parts.push(`${errorsLeft} more file${plural(errorsLeft)} that could not be audited`);
  if (parts.length === 0) return "";
  return `

> [!NOTE]
> ${parts.join(" and ")} not shown here to stay within GitHub's size limit. See ${hint} for all of them.
`;
}
function headline(report, active, filesWithFindings) {
  const audited = report.files.length;
  if (active.length === 0 && report.errors.length === 0) {
    return `### \u2705 repro-audit: no reproducibility problems found in ${audited} Dockerfile${plural(audited)}`;
  }
  if (active.length === 0) {
    return `### \u26A0\uFE0F repro-audit: ${report.errors.length} file${plural(report.errors.length)} could not be audited`;
  }
  const icon = active.some((f) => f.severity === "error") ? "\u274C" : "\u26A0\uFE0F";
  return `### ${icon} repro-audit: ${active.length} thing${plural(active.length)} in ${filesWithFindings} Dockerfile${plural(filesWithFindings)} will not rebuild the same tomorrow`;
}
function totalLine(report, active, filesWithFindings) {
  const counts = SEVERITIES.map((s) => [s, active.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}${plural(n)}`);
  const suppressed = report.findings.length - active.length;
  const parts = [`**Total:** ${active.length} finding${plural(active.length)}${counts.length ? ` (${counts.join(", ")})` : ""}`];
  parts.push(`in ${filesWithFindings} of ${report.files.length} audited file${plural(report.files.length)}`);
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  if (report.errors.length > 0) parts.push(`${report.errors.length} could not be audited`);
  return parts.join(" \xB7 ");
}
function topRules(active, rules) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of active) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, 5);
  return `Most frequent: ${top.map(([id, n]) => `${markdownCode(clip(id, 100))} ${markdownText(clip(rules.get(id)?.name ?? "", 100))} \xD7${n}`).join(", ")}`;
}
function errorSection(errors, root, bytes) {
  const budget = new ByteBudget(bytes);
  const header = "\n#### Files that could not be audited\n\n| File | Line | Error |\n|---|---:|---|\n";
  if (errors.length === 0 || !budget.take(header)) return { text: "", shown: 0 };
  let text = header;
  let shown = 0;
  for (const error of errors) {
    const row = `${errorRow(error, root)}
`;
    if (!budget.take(row)) break;
    text += row;
    shown++;
  }
  return shown > 0 ? { text, shown } : { text: "", shown: 0 };
}
function errorRow(error, root) {
  const file = markdownCode(clip(displayPath(error.file, root), MAX_PATH), { inTable: true });
  return `| ${file} | ${error.line ?? ""} | ${markdownMessage(clip(error.message, MAX_CELL), { inTable: true })} |`;
}
function tableRow(finding, rule, root) {
  const { region } = finding;
  const cell = (text) => markdownMessage(clip(text, MAX_CELL), { inTable: true });
  const line = region.startLine === region.endLine ? `${region.startLine}` : `${region.startLine}\u2013${region.endLine}`;
  const ruleCell = `${markdownCode(clip(finding.ruleId, 100), { inTable: true })}${rule ? ` ${markdownText(clip(rule.name, 100))}` : ""}`;
  const fix = finding.fix ? cell(finding.fix.description) : rule ? cell(firstSentence(rule.docs.fix)) : "";
  const related = (finding.related ?? []).map((location) => ` (${markdownText(clip(location.message, MAX_CELL))}: ${markdownCode(clip(displayLocation(location.file, location.region, root), MAX_PATH), { inTable: true })})`).join("");
  return `| ${line} | ${ruleCell} | ${severityLabel[finding.severity]} | ${cell(finding.message)}${related} | ${fix} |`;
}
function nixDetails(finding) {
  if (!finding.nix) return "";
  const summary = `\u2744\uFE0F The Nix way for line ${finding.region.startLine} (${htmlText(clip(finding.ruleId, 100))})`;
  const lines = [`<details><summary>${summary}</summary>`, "", `**Nix:** ${markdownMessage(clip(finding.nix.summary, MAX_CELL))}`];
  const { snippet, unmapped } = finding.nix;
  if (snippet && utf8Length(snippet) <= MAX_SNIPPET_BYTES) lines.push("", fencedCode(snippet, "nix"));
  else if (snippet) lines.push("", `The Nix snippet (${utf8Length(snippet)} bytes) is in the SARIF and JSON reports.`);
  if (unmapped?.length) {
    const names = unmapped.slice(0, MAX_UNMAPPED).map((name) => markdownCode(clip(name, 100)));
    const more = unmapped.length > MAX_UNMAPPED ? ` and ${unmapped.length - MAX_UNMAPPED} more` : "";
    lines.push("", `Not mapped to a nixpkgs attribute: ${names.join(", ")}${more}`);
  }
  lines.push("", "</details>", "", "");
  return lines.join("\n");
}
function firstSentence(markdown) {
  const paragraph = markdown.trim().split(/\n\s*\n/)[0].replace(/\s+/g, " ");
  const match = /^(.*?[.!?])(\s|$)/.exec(paragraph);
  return match ? match[1] : paragraph;
}
function groupBy(items, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
function plural(n) {
  return n === 1 ? "" : "s";
}
export {
  GITHUB_COMMENT_LIMIT,
  GITHUB_STEP_SUMMARY_LIMIT,
  markdownReporter,
  renderMarkdown
};
