import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import "./chunk-GRDCOERX.js";
import {
  RuleLoadError
} from "./chunk-L6JIQQYZ.js";
import {
  ConfigError
} from "./chunk-GFYAI36N.js";
import "./chunk-VH7FCUMN.js";
import "./chunk-EWVXBHGY.js";
import "./chunk-WDRH2CAH.js";
import "./chunk-3EYDSPKG.js";
import "./chunk-4SAFVKBM.js";
import "./chunk-2SZMTY7D.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-QQC64ZS2.js";
import "./chunk-ZA57FG27.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/cli/input-errors.ts
function isInputError(error) {
  return error instanceof ConfigError || error instanceof RuleLoadError;
}
export {
  isInputError
};
