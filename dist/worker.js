import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  runWorkerJob
} from "./chunks/chunk-NY2C5PQQ.js";
import "./chunks/chunk-KZH7MZHB.js";
import "./chunks/chunk-GRDCOERX.js";
import "./chunks/chunk-L6JIQQYZ.js";
import "./chunks/chunk-GFYAI36N.js";
import "./chunks/chunk-VH7FCUMN.js";
import "./chunks/chunk-EWVXBHGY.js";
import "./chunks/chunk-WDRH2CAH.js";
import "./chunks/chunk-3EYDSPKG.js";
import "./chunks/chunk-4SAFVKBM.js";
import "./chunks/chunk-2SZMTY7D.js";
import "./chunks/chunk-Z4HDJ7NM.js";
import "./chunks/chunk-QQC64ZS2.js";
import "./chunks/chunk-ZA57FG27.js";
import "./chunks/chunk-DQISMCMM.js";
import "./chunks/chunk-36S4BROV.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(await runWorkerJob(workerData));
