import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  GITHUB_STEP_SUMMARY_LIMIT,
  escapeCell,
  markdownReporter,
  renderMarkdown
} from "./chunk-EUKYRLMR.js";
import "./chunk-SF7UWULL.js";
import "./chunk-SGTACWJ2.js";
import "./chunk-NF5OP2VU.js";
import "./chunk-6DG7BXTN.js";
export {
  GITHUB_COMMENT_LIMIT,
  GITHUB_STEP_SUMMARY_LIMIT,
  escapeCell,
  markdownReporter,
  renderMarkdown
};
