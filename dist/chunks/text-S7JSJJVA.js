import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  Chalk
} from "./chunk-2MORHPSG.js";
import {
  terminalLines,
  terminalText
} from "./chunk-QQC64ZS2.js";
import {
  nixLevel
} from "./chunk-5EVDRQ33.js";
import {
  displayLocation,
  displayPath,
  inertToRunner
} from "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/report/text.ts
var textReporter = (report, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const paint = { error: chalk.red, warning: chalk.yellow, note: chalk.cyan };
  const lines = [];
  const active = report.findings.filter((finding) => !finding.suppressed);
  const nix = nixLevel(options);
  for (const error of report.errors) {
    const where = [terminalText(displayPath(error.file, options.root)), error.line, error.column].filter((part) => part !== void 0).join(":");
    lines.push(`${chalk.bold(where)}: ${chalk.red.bold("error")}: ${terminalText(error.message)}`);
  }
  let previousNix;
  for (const finding of active) {
    const where = `${terminalText(displayPath(finding.file, options.root))}:${finding.region.startLine}:${finding.region.startColumn}`;
    lines.push(`${chalk.bold(where)}: ${paint[finding.severity](finding.severity)} ${chalk.dim(terminalText(finding.ruleId))} ${terminalText(finding.message)}`);
    for (const related of finding.related ?? []) lines.push(`    ${chalk.dim("related:")} ${terminalText(displayLocation(related.file, related.region, options.root))} ${terminalText(related.message)}`);
    if (finding.details) for (const detail of finding.details.split("\n").slice(0, 20)) lines.push(chalk.dim(`    ${terminalText(detail)}`));
    if (nix !== "off" && finding.nix?.summary && finding.nix.summary !== previousNix) {
      lines.push(`    ${chalk.blue("nix:")} ${terminalText(finding.nix.summary)}`);
      if (nix === "full" && finding.nix.snippet) lines.push(...terminalLines(finding.nix.snippet.replace(/\s+$/, "")).split("\n").map((line) => `      ${line}`));
    }
    previousNix = finding.nix?.summary;
  }
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of active) counts[finding.severity]++;
  const suppressed = report.findings.length - active.length;
  const parts = [
    `${report.files.length} file${report.files.length === 1 ? "" : "s"} audited`,
    `${counts.error} error${counts.error === 1 ? "" : "s"}`,
    `${counts.warning} warning${counts.warning === 1 ? "" : "s"}`,
    `${counts.note} note${counts.note === 1 ? "" : "s"}`
  ];
  if (suppressed > 0) parts.push(`${suppressed} suppressed`);
  if (report.errors.length > 0) parts.push(chalk.red(`${report.errors.length} file error${report.errors.length === 1 ? "" : "s"}`));
  if (lines.length > 0) lines.push("");
  if (report.files.length === 0 && report.errors.length === 0) lines.push("no Dockerfile audited");
  else lines.push(active.length === 0 && report.errors.length === 0 ? chalk.green(`\u2714 ${parts.join(", ")}`) : parts.join(", "));
  return inertToRunner(`${lines.join("\n")}
`);
};
export {
  textReporter
};
