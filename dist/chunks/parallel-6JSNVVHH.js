import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  auditFiles,
  runWorkerJob
} from "./chunk-RKMVUQR7.js";
import "./chunk-EIIGJCEQ.js";
import "./chunk-V54UKC3T.js";
import "./chunk-C5REO3RW.js";
import "./chunk-5JAW3XP6.js";
import "./chunk-BPN6V657.js";
import "./chunk-SGTACWJ2.js";
import "./chunk-WKHV2BXR.js";
import "./chunk-PENG72LV.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-D7LCE4TA.js";
import "./chunk-6DG7BXTN.js";
export {
  auditFiles,
  runWorkerJob
};
