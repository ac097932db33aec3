import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  auditFiles,
  runWorkerJob
} from "./chunk-FOUS43D2.js";
import "./chunk-ANGLNMJQ.js";
import "./chunk-MUZYSC3E.js";
import "./chunk-DVUP7OQN.js";
import "./chunk-KVIBQCOZ.js";
import "./chunk-BKNKOC5H.js";
import "./chunk-U45IN72W.js";
import "./chunk-GFYAI36N.js";
import "./chunk-MAL4I4WV.js";
import "./chunk-3JHKF7IP.js";
import "./chunk-VYB3TRTB.js";
import "./chunk-CZU2QE3X.js";
import "./chunk-RYFXGETQ.js";
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
