import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  wantsColor
} from "./chunk-24FM7DH7.js";
import {
  loadReporter
} from "./chunk-WEEU3CX4.js";
import {
  WriteError,
  writeFileSafely
} from "./chunk-O33AYLXZ.js";
import {
  terminalText
} from "./chunk-QQC64ZS2.js";

// src/cli/output.ts
import path from "node:path";
async function writeReport(io, report, options) {
  const reporter = await loadReporter(options.format);
  const absolute = (file) => path.resolve(io.cwd, file);
  const shown = {
    ...report,
    findings: report.findings.map((finding) => ({
      ...finding,
      file: absolute(finding.file),
      ...finding.related ? { related: finding.related.map((location) => ({ ...location, file: absolute(location.file) })) } : {}
    })),
    errors: report.errors.map((error) => ({ ...error, file: absolute(error.file) })),
    files: report.files.map(absolute)
  };
  const text = reporter(shown, {
    root: io.cwd,
    color: options.output ? false : wantsColor(io, options.color),
    readSource: options.readSource,
    nix: options.nix,
    includeSuppressed: options.includeSuppressed
  });
  if (!options.output) {
    io.stdout(text);
    return true;
  }
  if (!writeOutput(io, options.output, text)) return false;
  if (options.format !== "text") io.stderr(summaryLine(report.findings.filter((finding) => !finding.suppressed).length, report.errors.length, options.output));
  return true;
}
function writeOutput(io, file, text) {
  try {
    writeFileSafely(path.resolve(io.cwd, file), text, { createParents: true, shownAs: file });
    return true;
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.stderr(`repro-audit: ${terminalText(error.message)}
`);
    return false;
  }
}
function summaryLine(findings, errors, output) {
  return `repro-audit: ${findings} finding${findings === 1 ? "" : "s"}${errors ? `, ${errors} file error${errors === 1 ? "" : "s"}` : ""}; report written to ${terminalText(output)}
`;
}

export {
  writeReport,
  writeOutput
};
