import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countAnnotations,
  escapeData,
  escapeProperty,
  githubAnnotations,
  githubReporter,
  workflowCommand
} from "./chunk-F56BHV3Z.js";
import "./chunk-SGTACWJ2.js";
import "./chunk-NF5OP2VU.js";
import "./chunk-6DG7BXTN.js";
export {
  countAnnotations,
  escapeData,
  escapeProperty,
  githubAnnotations,
  githubReporter,
  workflowCommand
};
