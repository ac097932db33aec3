import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import "./chunk-DVUP7OQN.js";
import {
  RuleLoadError
} from "./chunk-VFI75ZOR.js";
import "./chunk-P2J2ALYC.js";
import "./chunk-4AXJA6TT.js";
import {
  ConfigError
} from "./chunk-GFYAI36N.js";
import "./chunk-UZAUNJ63.js";
import "./chunk-AVLIVE5P.js";
import "./chunk-AEN65PMJ.js";
import "./chunk-J5M3XYVR.js";
import "./chunk-EXHYOXWU.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-QQC64ZS2.js";
import "./chunk-DK4JW3AF.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/cli/input-errors.ts
function isInputError(error) {
  return error instanceof ConfigError || error instanceof RuleLoadError;
}
export {
  isInputError
};
