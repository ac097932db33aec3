import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_CATEGORY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
} from "./chunk-GEYSEDSU.js";
import "./chunk-SF7UWULL.js";
import "./chunk-S5ZKYNUV.js";
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
