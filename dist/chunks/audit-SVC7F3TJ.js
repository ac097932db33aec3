import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  auditFile,
  auditText
} from "./chunk-DYSDVIXB.js";
import {
  prepareAudit,
  runAudit
} from "./chunk-4N6LA52X.js";
import "./chunk-4LHVEB2K.js";
import "./chunk-ASBDP7F3.js";
import "./chunk-HULIA3V2.js";
import "./chunk-WKHV2BXR.js";
import "./chunk-R7O6VQAH.js";
import "./chunk-D5OME3K6.js";
import "./chunk-EHJE3HLK.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-62IGXUQJ.js";
import "./chunk-6DG7BXTN.js";
export {
  auditFile,
  auditText,
  prepareAudit,
  runAudit
};
