import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  DEFAULT_CATEGORY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
} from "./chunk-PWQHPBDP.js";
import "./chunk-N4OWTWKJ.js";
import "./chunk-6OUQ43L7.js";
import "./chunk-P2T4SADY.js";
import "./chunk-PZ4NJMF2.js";
import "./chunk-QQC64ZS2.js";
import "./chunk-HPV2A4AB.js";
import "./chunk-S6YZQCBU.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";
export {
  DEFAULT_CATEGORY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
};
