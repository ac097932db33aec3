import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  auditFiles,
  runWorkerJob
} from "./chunk-NIOU7H6H.js";
import "./chunk-ER5YK5QZ.js";
import "./chunk-C5REO3RW.js";
import "./chunk-WLWWQUOT.js";
import "./chunk-BPN6V657.js";
import "./chunk-WKHV2BXR.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-2XNLTHVV.js";
import "./chunk-D7LCE4TA.js";
import "./chunk-SGTACWJ2.js";
import "./chunk-6DG7BXTN.js";
export {
  auditFiles,
  runWorkerJob
};
