import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  isPinned,
  pinImageFix,
  resolvePins
} from "./chunk-VAEWZ73O.js";
import "./chunk-FPTXDDFA.js";
import "./chunk-AYCQQOX4.js";
import "./chunk-SSG7DJSF.js";
import "./chunk-5QYCCJXR.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";
export {
  isPinned,
  pinImageFix,
  resolvePins
};
