import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_CATEGORY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
} from "./chunk-W2GHES7Y.js";
import "./chunk-SF7UWULL.js";
import "./chunk-2TVVB2ID.js";
import "./chunk-NF5OP2VU.js";
import "./chunk-MMIDJ4AQ.js";
import "./chunk-D5OME3K6.js";
import "./chunk-VR3CR3V5.js";
import "./chunk-6DG7BXTN.js";
export {
  DEFAULT_CATEGORY,
  GITHUB_SARIF_LIMITS,
  buildSarifLog,
  sarifReporter
};
