import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  auditFile,
  auditText
} from "./chunk-LJ3WYXHW.js";
import {
  prepareAudit,
  runAudit
} from "./chunk-IJHJP4TI.js";
import "./chunk-B7KJDD6V.js";
import "./chunk-CIS224HE.js";
import "./chunk-URTYYL5A.js";
import "./chunk-WKHV2BXR.js";
import "./chunk-Y2ZQ22AG.js";
import "./chunk-T24AKE3P.js";
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
