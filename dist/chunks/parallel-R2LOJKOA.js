import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  auditFiles,
  runWorkerJob
} from "./chunk-5HFHXZCK.js";
import "./chunk-DEGXVB5G.js";
import "./chunk-IJ7XWUHC.js";
import "./chunk-AXMW4EBC.js";
import "./chunk-6MOCMC37.js";
import "./chunk-KO6SG5QR.js";
import "./chunk-XRFHUXE2.js";
import "./chunk-FEGTDJTX.js";
import "./chunk-QQC64ZS2.js";
import "./chunk-HPV2A4AB.js";
import "./chunk-GFYAI36N.js";
import "./chunk-S6YZQCBU.js";
import "./chunk-Y4C5PHBZ.js";
import "./chunk-AYCQQOX4.js";
import "./chunk-SSG7DJSF.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";
export {
  auditFiles,
  runWorkerJob
};
