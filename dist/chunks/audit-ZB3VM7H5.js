import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  auditFile,
  auditText
} from "./chunk-MGFHGFKF.js";
import {
  prepareAudit,
  runAudit
} from "./chunk-JEZYECRU.js";
import "./chunk-C5REO3RW.js";
import "./chunk-D5YOYF5B.js";
import "./chunk-6PW3TH6F.js";
import "./chunk-SGTACWJ2.js";
import "./chunk-WKHV2BXR.js";
import "./chunk-UCE3TTU6.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-62IGXUQJ.js";
import "./chunk-6DG7BXTN.js";
export {
  auditFile,
  auditText,
  prepareAudit,
  runAudit
};
