import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  runWorkerJob
} from "./chunks/chunk-FOUS43D2.js";
import "./chunks/chunk-ANGLNMJQ.js";
import "./chunks/chunk-MUZYSC3E.js";
import "./chunks/chunk-DVUP7OQN.js";
import "./chunks/chunk-KVIBQCOZ.js";
import "./chunks/chunk-BKNKOC5H.js";
import "./chunks/chunk-U45IN72W.js";
import "./chunks/chunk-GFYAI36N.js";
import "./chunks/chunk-MAL4I4WV.js";
import "./chunks/chunk-3JHKF7IP.js";
import "./chunks/chunk-VYB3TRTB.js";
import "./chunks/chunk-CZU2QE3X.js";
import "./chunks/chunk-RYFXGETQ.js";
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
