import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_CATEGORY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
} from "./chunk-VYJVTKY4.js";
import "./chunk-BAOF3BOS.js";
import "./chunk-2TVVB2ID.js";
import "./chunk-NF5OP2VU.js";
import "./chunk-GWT2DFMC.js";
import "./chunk-Y2ZQ22AG.js";
import "./chunk-T24AKE3P.js";
import "./chunk-D5OME3K6.js";
import "./chunk-VR3CR3V5.js";
import "./chunk-6DG7BXTN.js";
export {
  DEFAULT_CATEGORY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
};
