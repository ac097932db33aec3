import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  isPinned,
  pinImageFix,
  resolvePins
} from "./chunk-XKAL7SY4.js";
import "./chunk-2B2NMROS.js";
import "./chunk-Y7ESNACQ.js";
import "./chunk-5QYCCJXR.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";
export {
  isPinned,
  pinImageFix,
  resolvePins
};
