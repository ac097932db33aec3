import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  auditFiles,
  runWorkerJob
} from "./chunk-TXSDTVVI.js";
import "./chunk-TFD5BND5.js";
import "./chunk-GIXDYWB2.js";
import "./chunk-DVUP7OQN.js";
import "./chunk-IRB7AFVI.js";
import "./chunk-CBQMRF4A.js";
import "./chunk-G6CZ3D2X.js";
import "./chunk-GFYAI36N.js";
import "./chunk-RYURW437.js";
import "./chunk-H4Y5WO7J.js";
import "./chunk-P4DUCZ6V.js";
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
