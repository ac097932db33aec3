import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  runWorkerJob
} from "./chunks/chunk-ZRCWA5UP.js";
import "./chunks/chunk-KRRX3SQZ.js";
import "./chunks/chunk-IVTJ7LSV.js";
import "./chunks/chunk-O23UOFLA.js";
import "./chunks/chunk-GDMKWKME.js";
import "./chunks/chunk-F6ZSDWPZ.js";
import "./chunks/chunk-C4D3BWQJ.js";
import "./chunks/chunk-GFYAI36N.js";
import "./chunks/chunk-MAL4I4WV.js";
import "./chunks/chunk-PPKCZDEU.js";
import "./chunks/chunk-VYB3TRTB.js";
import "./chunks/chunk-75E5ILV5.js";
import "./chunks/chunk-EXHYOXWU.js";
import "./chunks/chunk-O33AYLXZ.js";
import "./chunks/chunk-Z4HDJ7NM.js";
import "./chunks/chunk-I3VAFWKR.js";
import "./chunks/chunk-QQC64ZS2.js";
import "./chunks/chunk-DK4JW3AF.js";
import "./chunks/chunk-DQISMCMM.js";
import "./chunks/chunk-36S4BROV.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(await runWorkerJob(workerData));
