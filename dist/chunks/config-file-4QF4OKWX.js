import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadConfig,
  parseConfig
} from "./chunk-2DTESCWH.js";
import "./chunk-GMFFGHFY.js";
import "./chunk-D5OME3K6.js";
import "./chunk-VR3CR3V5.js";
import "./chunk-6DG7BXTN.js";
export {
  loadConfig,
  parseConfig
};
