import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  auditFiles,
  runWorkerJob
} from "./chunk-PUK4NDIL.js";
import "./chunk-4TDFIB2I.js";
import "./chunk-RV6OXUEF.js";
import "./chunk-DVUP7OQN.js";
import "./chunk-3AQNB5RO.js";
import "./chunk-75MXF3LY.js";
import "./chunk-6E4CKGCT.js";
import "./chunk-GFYAI36N.js";
import "./chunk-HUMZK7UK.js";
import "./chunk-T74X72SU.js";
import "./chunk-SQ42UHQ5.js";
import "./chunk-WEEU3CX4.js";
import "./chunk-PFHIFKKA.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-I3VAFWKR.js";
import "./chunk-QQC64ZS2.js";
import "./chunk-DK4JW3AF.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";
export {
  auditFiles,
  runWorkerJob
};
