import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  runWorkerJob
} from "./chunks/chunk-PUK4NDIL.js";
import "./chunks/chunk-4TDFIB2I.js";
import "./chunks/chunk-RV6OXUEF.js";
import "./chunks/chunk-DVUP7OQN.js";
import "./chunks/chunk-3AQNB5RO.js";
import "./chunks/chunk-75MXF3LY.js";
import "./chunks/chunk-6E4CKGCT.js";
import "./chunks/chunk-GFYAI36N.js";
import "./chunks/chunk-HUMZK7UK.js";
import "./chunks/chunk-T74X72SU.js";
import "./chunks/chunk-SQ42UHQ5.js";
import "./chunks/chunk-WEEU3CX4.js";
import "./chunks/chunk-PFHIFKKA.js";
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
