import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  runWorkerJob
} from "./chunks/chunk-TXSDTVVI.js";
import "./chunks/chunk-TFD5BND5.js";
import "./chunks/chunk-GIXDYWB2.js";
import "./chunks/chunk-DVUP7OQN.js";
import "./chunks/chunk-IRB7AFVI.js";
import "./chunks/chunk-CBQMRF4A.js";
import "./chunks/chunk-G6CZ3D2X.js";
import "./chunks/chunk-GFYAI36N.js";
import "./chunks/chunk-RYURW437.js";
import "./chunks/chunk-H4Y5WO7J.js";
import "./chunks/chunk-P4DUCZ6V.js";
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
