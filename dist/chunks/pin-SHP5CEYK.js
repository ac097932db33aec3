import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPinned,
  pinImageFix,
  resolvePins
} from "./chunk-B6JUT6KM.js";
import "./chunk-K4LQPNEU.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-62IGXUQJ.js";
import "./chunk-VIBNWERO.js";
import "./chunk-6DG7BXTN.js";
export {
  isPinned,
  pinImageFix,
  resolvePins
};
