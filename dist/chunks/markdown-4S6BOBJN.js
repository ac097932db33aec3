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
  markdownLink,
  markdownMessage,
  markdownText,
  messageParts
} from "./chunk-I3VAFWKR.js";
import "./chunk-QQC64ZS2.js";
import {
  SEVERITIES,
  compareFindings,
  compareText
} from "./chunk-DK4JW3AF.js";
import {
  nixLevel
} from "./chunk-5EVDRQ33.js";
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
var MAX_NAMES = 20;
function renderMarkdown(report, options) {
  const rules = new Map(report.rules.map((rule) => [rule.id, rule]));
  const active = report.findings.filter((f) => !f.suppressed).sort(compareFindings);
  const byFile = groupBy(active, (f) => displayPath(f.file, options.root));
  const hint = options.fullReportHint ?? "the SARIF upload in the Security tab, or `repro-audit --format json`";
  const budget = new ByteBudget((options.maxBytes ?? GITHUB_COMMENT_LIMIT) - utf8Length(truncationNote({ findings: report.findings.length, errors: report.errors.length, nix: report.findings.length }, hint)));
  const head = [headline(report, active, byFile.size, options.nothingAudited), ""];
  if (report.files.length > 0 || report.errors.length > 0) head.push(totalLine(report, active, byFile.size), "");
  if (active.length > 0) head.push(topRules(active, rules), "");
  let body = head.join("\n");
  budget.take(body);
  const errors = errorSection(report.errors, options.root, Math.floor(budget.remaining / 2));
  budget.take(errors.text);
  body += errors.text;
  const shown = [];
  for (const [file, findings] of byFile) {
    const withFix = findings.some((finding) => finding.fix);
    const header = `
#### ${markdownCode(clip(file, MAX_PATH))}

| Rule | Lines | Severity | Finding |${withFix ? " Fix |" : ""}
|---|---|---|---|${withFix ? "---|" : ""}
`;
    if (!budget.take(`${header}
`)) break;
    let section = header;
    let rows = 0;
    for (const group of messageGroups(findings)) {
      const row = `${groupRow(group, rules.get(group[0].ruleId), withFix, options.root)}
`;
      if (!budget.take(row)) break;
      section += row;
      shown.push(...group);
      rows += group.length;
    }
    if (rows === 0) break;
    body += `${section}
`;
    if (rows < findings.length) break;
  }
  const nix = nixSection(shown, options, budget);
  body += nix.text;
  body += truncationNote({ findings: active.length - shown.length, errors: report.errors.length - errors.shown, nix: nix.left }, hint);
  return body.replace(/\n{3,}/g, "\n\n").replace(/\n*$/, "\n");
}
function truncationNote(left, hint) {
  const parts = [];
  if (left.findings > 0) parts.push(`${left.findings} more finding${plural(left.findings)}`);
  if (left.errors > 0) parts.push(`${left.errors} more file${plural(left.errors)} that could not be audited`);
  if (left.nix > 0) parts.push(`${left.nix} more Nix answer${plural(left.nix)}`);
  if (parts.length === 0) return "";
  const listed = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `

> [!NOTE]
> ${listed} not shown here to stay within GitHub's size limit. See ${hint} for all of them.
`;
}
function headline(report, active, filesWithFindings, nothingAudited) {
  const audited = report.files.length;
  if (audited === 0 && report.errors.length === 0) return `### \u2139\uFE0F repro-audit: ${markdownText(nothingAudited ?? "no file was audited")}`;
  if (active.length === 0 && report.errors.length === 0) {
    return `### \u2705 repro-audit: no reproducibility problems found in ${audited} file${plural(audited)}`;
  }
  if (active.length === 0) {
    return `### \u26A0\uFE0F repro-audit: ${report.errors.length} file${plural(report.errors.length)} could not be audited`;
  }
  const icon = active.some((f) => f.severity === "error") ? "\u274C" : "\u26A0\uFE0F";
  return `### ${icon} repro-audit: ${active.length} thing${plural(active.length)} in ${filesWithFindings} file${plural(filesWithFindings)} will not rebuild the same tomorrow`;
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
function messageGroups(findings) {
  const template = (finding) => [finding.ruleId, finding.severity, ...messageParts(finding.message).map((part) => part.code ? "`" : part.text)].join("\0");
  return [...groupBy(findings, template).values()];
}
function groupRow(group, rule, withFix, root) {
  const first = group[0];
  const cell = (text) => markdownMessage(clip(text, MAX_CELL), { inTable: true });
  const ruleCell = `${markdownLink(markdownCode(clip(first.ruleId, 100), { inTable: true }), rule?.helpUri)}${rule ? ` ${markdownText(clip(rule.name, 100))}` : ""}`;
  const row = [ruleCell, lineRanges(group.map((finding) => finding.region.startLine)), severityLabel[first.severity], cell(first.message) + alsoAbout(group) + relatedText(group, root)];
  if (withFix) row.push([...new Set(group.flatMap((finding) => finding.fix ? [finding.fix.description] : []))].map(cell).join("<br>"));
  return `| ${row.join(" | ")} |`;
}
function relatedText(group, root) {
  const places = /* @__PURE__ */ new Map();
  for (const location of group.flatMap((finding) => finding.related ?? [])) {
    const where = displayLocation(location.file, location.region, root);
    places.set(`${location.message}\0${where}`, ` (${markdownText(clip(location.message, MAX_CELL))}: ${markdownCode(clip(where, MAX_PATH), { inTable: true })})`);
  }
  return [...places.values()].slice(0, MAX_NAMES).join("");
}
function alsoAbout(group) {
  if (group.length < 2) return "";
  const quoted = group.map((finding) => messageParts(finding.message).filter((part) => part.code).map((part) => part.text));
  const varying = quoted[0].findIndex((_, index) => quoted.some((parts) => parts[index] !== quoted[0][index]));
  if (varying < 0) return "";
  const others = [...new Set(quoted.slice(1).map((parts) => parts[varying]))].filter((name) => name !== quoted[0][varying]);
  const names = others.slice(0, MAX_NAMES).map((name) => markdownCode(clip(name, 100), { inTable: true }));
  const more = others.length > MAX_NAMES ? ` and ${others.length - MAX_NAMES} more` : "";
  return `<br>Also: ${names.join(", ")}${more}`;
}
function linesText(lines) {
  return `line${new Set(lines).size === 1 ? "" : "s"} ${lineRanges(lines)}`;
}
function lineRanges(lines) {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    while (sorted[i + 1] === sorted[i] + 1) i++;
    ranges.push(start === sorted[i] ? `${start}` : `${start}\u2013${sorted[i]}`);
  }
  return ranges.join(", ");
}
function nixSection(findings, options, budget) {
  const level = nixLevel(options);
  if (level === "off") return { text: "", left: 0 };
  const answers = nixAnswers(findings, level);
  if (answers.size === 0) return { text: "", left: 0 };
  const heading = "\n#### \u2744\uFE0F The Nix way\n\n";
  if (!budget.take(heading)) return { text: "", left: answers.size };
  let text = heading;
  let shown = 0;
  for (const group of answers.values()) {
    const nix = group[0].nix;
    const entry = level === "full" ? nixDetails(htmlText(nixWhere(group, options.root, (text2) => text2)), nix) : `- ${nixWhere(group, options.root, (text2) => markdownCode(text2))}: ${markdownMessage(clip(nix.summary, MAX_CELL))}
`;
    if (!budget.take(entry)) break;
    text += entry;
    shown++;
  }
  if (shown === 0) return { text: "", left: answers.size };
  return { text: level === "brief" ? `${text}
` : text, left: answers.size - shown };
}
function nixAnswers(findings, level) {
  const answers = /* @__PURE__ */ new Map();
  const lastAnswer = /* @__PURE__ */ new Map();
  for (const finding of [...findings].sort(compareFindings)) {
    const { nix } = finding;
    if (!nix) continue;
    const instruction = JSON.stringify([finding.file, finding.ruleId, finding.instruction?.startLine ?? finding.region.startLine]);
    const given = nix.pointer ? lastAnswer.get(instruction) : void 0;
    const key = given ?? JSON.stringify([nix.summary, level === "full" ? nix.snippet ?? "" : ""]);
    if (!nix.pointer) lastAnswer.set(instruction, key);
    const group = answers.get(key);
    if (group) group.push(finding);
    else answers.set(key, [finding]);
  }
  return answers;
}
function nixWhere(group, root, name) {
  const files = [...groupBy(group, (finding) => displayPath(finding.file, root))].map(
    ([file, findings]) => `${name(clip(file, MAX_PATH))} ${linesText(findings.map((finding) => finding.region.startLine))}`
  );
  const ruleIds = [...new Set(group.map((finding) => name(clip(finding.ruleId, 100))))].join(", ");
  return `${files.join("; ")} (${ruleIds})`;
}
function nixDetails(summary, nix) {
  const lines = [`<details><summary>${summary}</summary>`, "", markdownMessage(clip(nix.summary, MAX_CELL))];
  const { snippet, unmapped } = nix;
  if (snippet && utf8Length(snippet) <= MAX_SNIPPET_BYTES) lines.push("", fencedCode(snippet, "nix"));
  else if (snippet) lines.push("", `The Nix snippet (${utf8Length(snippet)} bytes) is in the SARIF and JSON reports.`);
  if (unmapped?.length) {
    const names = unmapped.slice(0, MAX_NAMES).map((name) => markdownCode(clip(name, 100)));
    const more = unmapped.length > MAX_NAMES ? ` and ${unmapped.length - MAX_NAMES} more` : "";
    lines.push("", `Not mapped to a nixpkgs attribute: ${names.join(", ")}${more}`);
  }
  lines.push("", "</details>", "", "");
  return lines.join("\n");
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
