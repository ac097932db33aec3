import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  GITHUB_STEP_SUMMARY_LIMIT,
  markdownReporter,
  renderMarkdown
} from "./chunk-NIV3GYZ3.js";
import "./chunk-BAOF3BOS.js";
import "./chunk-NF5OP2VU.js";
import "./chunk-Y2ZQ22AG.js";
import "./chunk-T24AKE3P.js";
import "./chunk-D5OME3K6.js";
import "./chunk-6DG7BXTN.js";
export {
  GITHUB_COMMENT_LIMIT,
  GITHUB_STEP_SUMMARY_LIMIT,
  markdownReporter,
  renderMarkdown
};
