import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countAnnotations,
  githubAnnotations,
  githubReporter
} from "./chunk-CDQAIV6E.js";
import "./chunk-NF5OP2VU.js";
import "./chunk-T24AKE3P.js";
import "./chunk-D5OME3K6.js";
import "./chunk-6DG7BXTN.js";
export {
  countAnnotations,
  githubAnnotations,
  githubReporter
};
