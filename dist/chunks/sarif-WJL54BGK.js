import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_CATEGORY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
} from "./chunk-LUMY3GO5.js";
import "./chunk-4N6KRGSP.js";
import "./chunk-SF7UWULL.js";
import "./chunk-MMIDJ4AQ.js";
import "./chunk-SGTACWJ2.js";
import "./chunk-NF5OP2VU.js";
import "./chunk-6DG7BXTN.js";
export {
  DEFAULT_CATEGORY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
};
