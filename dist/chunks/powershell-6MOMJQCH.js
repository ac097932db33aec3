import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  commandStringArgument,
  loadPowerShellGrammar,
  parsePowerShell,
  parsePowerShellFile,
  parsePowerShellRun
} from "./chunk-W2XAIA57.js";
import "./chunk-R2FKR6OC.js";
import "./chunk-SQ42UHQ5.js";
import "./chunk-36S4BROV.js";
export {
  commandStringArgument,
  loadPowerShellGrammar,
  parsePowerShell,
  parsePowerShellFile,
  parsePowerShellRun
};
