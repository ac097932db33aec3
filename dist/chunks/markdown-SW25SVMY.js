import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GITHUB_COMMENT_LIMIT,
  GITHUB_STEP_SUMMARY_LIMIT,
  escapeCell,
  markdownReporter,
  renderMarkdown
} from "./chunk-F36LLO64.js";
import "./chunk-SF7UWULL.js";
import "./chunk-NF5OP2VU.js";
import "./chunk-D5OME3K6.js";
import "./chunk-6DG7BXTN.js";
export {
  GITHUB_COMMENT_LIMIT,
  GITHUB_STEP_SUMMARY_LIMIT,
  escapeCell,
  markdownReporter,
  renderMarkdown
};
