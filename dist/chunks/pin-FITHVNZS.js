import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPinned,
  pinImageFix,
  resolvePins
} from "./chunk-OR4HETUL.js";
import "./chunk-PENG72LV.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-D7LCE4TA.js";
import "./chunk-VIBNWERO.js";
import "./chunk-6DG7BXTN.js";
export {
  isPinned,
  pinImageFix,
  resolvePins
};
