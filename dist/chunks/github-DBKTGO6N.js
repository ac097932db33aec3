import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countAnnotations,
  escapeData,
  escapeProperty,
  githubAnnotations,
  githubReporter,
  workflowCommand
} from "./chunk-KWHJYFVL.js";
import "./chunk-NF5OP2VU.js";
import "./chunk-D5OME3K6.js";
import "./chunk-6DG7BXTN.js";
export {
  countAnnotations,
  escapeData,
  escapeProperty,
  githubAnnotations,
  githubReporter,
  workflowCommand
};
