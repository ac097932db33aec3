import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  auditFile,
  auditText
} from "./chunk-6CNE677A.js";
import {
  prepareAudit,
  runAudit
} from "./chunk-M3ABBBNY.js";
import "./chunk-4LHVEB2K.js";
import "./chunk-ASBDP7F3.js";
import "./chunk-URTYYL5A.js";
import "./chunk-WKHV2BXR.js";
import "./chunk-GMFFGHFY.js";
import "./chunk-D5OME3K6.js";
import "./chunk-EHJE3HLK.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-62IGXUQJ.js";
import "./chunk-VR3CR3V5.js";
import "./chunk-6DG7BXTN.js";
export {
  auditFile,
  auditText,
  prepareAudit,
  runAudit
};
