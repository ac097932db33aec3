import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  auditFiles,
  runWorkerJob
} from "./chunk-NY2C5PQQ.js";
import "./chunk-KZH7MZHB.js";
import "./chunk-GRDCOERX.js";
import "./chunk-L6JIQQYZ.js";
import "./chunk-GFYAI36N.js";
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
export {
  auditFiles,
  runWorkerJob
};
