import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  isPinned,
  pinImageFix,
  resolvePins
} from "./chunk-XZ6SE77U.js";
import "./chunk-Z7PGXL3T.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-62IGXUQJ.js";
import "./chunk-VIBNWERO.js";
import "./chunk-6DG7BXTN.js";
export {
  isPinned,
  pinImageFix,
  resolvePins
};
