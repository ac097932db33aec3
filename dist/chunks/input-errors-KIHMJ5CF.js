import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import "./chunk-DVUP7OQN.js";
import {
  RuleLoadError
} from "./chunk-EVLQF5PC.js";
import "./chunk-BTJCZKIH.js";
import "./chunk-2B5CLXAD.js";
import {
  ConfigError
} from "./chunk-GFYAI36N.js";
import "./chunk-MMY6TY45.js";
import "./chunk-XREDAB6C.js";
import "./chunk-CKNTHNFV.js";
import "./chunk-WEEU3CX4.js";
import "./chunk-PFHIFKKA.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-I3VAFWKR.js";
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
