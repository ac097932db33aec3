import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  loadConfig,
  parseConfig
} from "./chunk-BTDMRGMM.js";
import "./chunk-GFYAI36N.js";
import "./chunk-S6YZQCBU.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";
export {
  loadConfig,
  parseConfig
};
