import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  terminalText
} from "./chunk-QQC64ZS2.js";
import {
  meetsThreshold
} from "./chunk-DK4JW3AF.js";

// src/cli/io.ts
var UsageError = class extends Error {
};
var EXIT = { ok: 0, findings: 1, usage: 2, interrupted: { SIGINT: 130, SIGTERM: 143 } };
function findingsExit(findings, threshold) {
  return findings.some((finding) => !finding.suppressed && meetsThreshold(finding.severity, threshold)) ? EXIT.findings : EXIT.ok;
}
function fileErrorLine(error) {
  return `${terminalText(error.file)}${error.line ? `:${error.line}` : ""}: ${terminalText(error.message)}
`;
}
function wantsColor(io, flag) {
  if (flag !== void 0) return flag;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return io.stdoutIsTTY;
}

export {
  UsageError,
  EXIT,
  findingsExit,
  fileErrorLine,
  wantsColor
};
