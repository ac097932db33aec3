import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  auditFile,
  auditText
} from "./chunk-OEENWQPN.js";
import {
  prepareAudit,
  runAudit
} from "./chunk-PXOBJE26.js";
import "./chunk-WJ6PYLO3.js";
import "./chunk-2H4H2G3V.js";
import "./chunk-L6P4OKFW.js";
import "./chunk-XRFHUXE2.js";
import "./chunk-FEGTDJTX.js";
import "./chunk-QQC64ZS2.js";
import "./chunk-HPV2A4AB.js";
import "./chunk-GFYAI36N.js";
import "./chunk-S6YZQCBU.js";
import "./chunk-2B2NMROS.js";
import "./chunk-Y7ESNACQ.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";
export {
  auditFile,
  auditText,
  prepareAudit,
  runAudit
};
