import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fenced
} from "./chunk-SF7UWULL.js";
import {
  displayPath
} from "./chunk-NF5OP2VU.js";
import {
  SEVERITIES,
  compareFindings,
  compareText
} from "./chunk-D5OME3K6.js";

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var GITHUB_STEP_SUMMARY_LIMIT = 1048576;
var markdownReporter = (report, options) => renderMarkdown(report, options);
var severityLabel = { error: "\u{1F534} error", warning: "\u{1F7E0} warning", note: "\u{1F535} note" };
function renderMarkdown(report, options) {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
  const active = report.findings.filter((f) => !f.suppressed).sort(compareFindings);
  const byFile = groupBy(active, (f) => displayPath(f.file, options.root));
  const head = [headline(report, active, byFile.size), "", totalLine(report, active, byFile.size), ""];
  if (active.length > 0) head.push(topRules(active, rules), "");
  if (report.errors.length > 0) head.push(errorSection(report, options.root), "");
  let body = head.join("\n");
  let shown = 0;
  const budget = maxLength - 600;
  for (const [file, findings] of byFile) {
    const header = [`#### \`${escapeCodeSpan(file)}\``, "", "| Line | Rule | Severity | Message | Fix |", "|---:|---|---|---|---|"];
    const rows = [];
    const details = [];
    let sectionLength = header.join("\n").length + 4;
    for (const finding of findings) {
      const row = tableRow(finding, rules.get(finding.ruleId));
      const nix = nixDetails(finding);
      if (body.length + sectionLength + row.length + nix.length + 2 > budget) break;
      rows.push(row);
      if (nix) details.push(nix);
      sectionLength += row.length + nix.length + 2;
      shown++;
    }
    if (rows.length > 0) body += `
${[...header, ...rows].join("\n")}

${details.join("\n")}`;
    if (rows.length < findings.length) break;
  }
  if (shown < active.length) {
    const where = options.fullReportHint ?? "the SARIF upload in the Security tab, or `repro-audit --format json`";
    body += `

> [!NOTE]
> ${active.length - shown} more finding${plural(active.length - shown)} not shown here to stay within GitHub's size limit. See ${where} for all of them.
`;
  }
  return body.replace(/\n{3,}/g, "\n\n").replace(/\n*$/, "\n");
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
  return `Most frequent: ${top.map(([id, n]) => `\`${id}\` ${escapeCell(rules.get(id)?.name ?? "")} \xD7${n}`).join(", ")}`;
}
function errorSection(report, root) {
  const rows = report.errors.map((e) => `| \`${escapeCodeSpan(displayPath(e.file, root))}\` | ${e.line ?? ""} | ${escapeCell(e.message)} |`);
  return ["#### Files that could not be audited", "", "| File | Line | Error |", "|---|---:|---|", ...rows].join("\n");
}
function tableRow(finding, rule) {
  const { region } = finding;
  const line = region.startLine === region.endLine ? `${region.startLine}` : `${region.startLine}\u2013${region.endLine}`;
  const ruleCell = `\`${finding.ruleId}\`${rule ? ` ${escapeCell(rule.name)}` : ""}`;
  const fix = finding.fix ? escapeCell(finding.fix.description) : rule ? escapeCell(firstSentence(rule.docs.fix)) : "";
  return `| ${line} | ${ruleCell} | ${severityLabel[finding.severity]} | ${escapeCell(finding.message)} | ${fix} |`;
}
function nixDetails(finding) {
  if (!finding.nix) return "";
  const lines = [`<details><summary>\u2744\uFE0F The Nix way for line ${finding.region.startLine} (${escapeHtml(finding.ruleId)})</summary>`, "", escapeCell(finding.nix.summary)];
  if (finding.nix.snippet) lines.push("", fenced(finding.nix.snippet, "nix"));
  if (finding.nix.unmapped?.length) lines.push("", `Not mapped to a nixpkgs attribute: ${finding.nix.unmapped.map((n) => `\`${escapeCodeSpan(n)}\``).join(", ")}`);
  lines.push("", "</details>", "");
  return lines.join("\n");
}
function escapeCell(text) {
  return text.split(/(`[^`\n]*`)/).map((part, index) => index % 2 === 1 ? part.replace(/\|/g, "\\|") : escapeHtml(part).replace(/\|/g, "\\|").replace(/@/g, "&#64;")).join("").replace(/\r?\n/g, "<br>");
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeCodeSpan(text) {
  return text.replace(/`/g, "'").replace(/\|/g, "\\|");
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
  renderMarkdown,
  escapeCell
};
