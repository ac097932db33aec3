import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  auditFiles,
  runWorkerJob
} from "./chunk-I6ICE4AN.js";
import "./chunk-4LSHEKUO.js";
import "./chunk-C5REO3RW.js";
import "./chunk-K44FG4NL.js";
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
