import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  countAnnotations,
  githubAnnotations,
  githubReporter
} from "./chunk-D5HL77HC.js";
import "./chunk-P2T4SADY.js";
import "./chunk-HPV2A4AB.js";
import "./chunk-S6YZQCBU.js";
import "./chunk-36S4BROV.js";
export {
  countAnnotations,
  githubAnnotations,
  githubReporter
};
