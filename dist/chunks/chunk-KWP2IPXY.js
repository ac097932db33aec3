import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  terminalText
} from "./chunk-QQC64ZS2.js";
import {
  WriteError,
  writeFileSafely
} from "./chunk-O33AYLXZ.js";

// src/cli/report-output.ts
import path from "node:path";
function emitReport(io, text, options) {
  if (!options.output) {
    io.stdout(text);
    return true;
  }
  try {
    writeReport(path.resolve(io.cwd, options.output), text, options.output);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    io.stderr(`repro-audit: ${terminalText(error.message)}
`);
    return false;
  }
  if (options.format !== "text") io.stderr(summaryLine(options.findings, options.errors ?? 0, options.output));
  return true;
}
function writeReport(file, text, shownAs) {
  writeFileSafely(file, text, { createParents: true, shownAs });
}
function summaryLine(findings, errors, output) {
  return `repro-audit: ${findings} finding${findings === 1 ? "" : "s"}${errors ? `, ${errors} file error${errors === 1 ? "" : "s"}` : ""}; report written to ${terminalText(output)}
`;
}

export {
  emitReport
};
