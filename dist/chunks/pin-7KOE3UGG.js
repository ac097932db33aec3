import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPinned,
  pinImageFix,
  resolvePins
} from "./chunk-NSVKOZMS.js";
import "./chunk-EHJE3HLK.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-62IGXUQJ.js";
import "./chunk-WFCHQ72K.js";
import "./chunk-VR3CR3V5.js";
import "./chunk-6DG7BXTN.js";
export {
  isPinned,
  pinImageFix,
  resolvePins
};
