import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  auditFiles,
  runWorkerJob
} from "./chunk-KOAWAYV2.js";
import "./chunk-FN6MMHIO.js";
import "./chunk-C5REO3RW.js";
import "./chunk-3U3XIRPG.js";
import "./chunk-ZS3UHHGG.js";
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
