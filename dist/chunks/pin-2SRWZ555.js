import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  isPinned,
  pinImageFix,
  resolvePins
} from "./chunk-66AYLWI5.js";
import "./chunk-Y4C5PHBZ.js";
import "./chunk-AYCQQOX4.js";
import "./chunk-SSG7DJSF.js";
import "./chunk-4WCNUKVV.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";
export {
  isPinned,
  pinImageFix,
  resolvePins
};
