import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  runWorkerJob
} from "./chunks/chunk-Z2TVHZW6.js";
import "./chunks/chunk-OEENWQPN.js";
import "./chunks/chunk-PXOBJE26.js";
import "./chunks/chunk-WJ6PYLO3.js";
import "./chunks/chunk-2H4H2G3V.js";
import "./chunks/chunk-L6P4OKFW.js";
import "./chunks/chunk-XRFHUXE2.js";
import "./chunks/chunk-FEGTDJTX.js";
import "./chunks/chunk-QQC64ZS2.js";
import "./chunks/chunk-HPV2A4AB.js";
import "./chunks/chunk-GFYAI36N.js";
import "./chunks/chunk-S6YZQCBU.js";
import "./chunks/chunk-2B2NMROS.js";
import "./chunks/chunk-Y7ESNACQ.js";
import "./chunks/chunk-O33AYLXZ.js";
import "./chunks/chunk-36S4BROV.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(await runWorkerJob(workerData));
