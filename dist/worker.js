import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  runWorkerJob
} from "./chunks/chunk-52JXMYUC.js";
import "./chunks/chunk-33UBJJ6S.js";
import "./chunks/chunk-QLUK2GQS.js";
import "./chunks/chunk-DVUP7OQN.js";
import "./chunks/chunk-VFI75ZOR.js";
import "./chunks/chunk-P2J2ALYC.js";
import "./chunks/chunk-4AXJA6TT.js";
import "./chunks/chunk-GFYAI36N.js";
import "./chunks/chunk-UZAUNJ63.js";
import "./chunks/chunk-AVLIVE5P.js";
import "./chunks/chunk-AEN65PMJ.js";
import "./chunks/chunk-J5M3XYVR.js";
import "./chunks/chunk-EXHYOXWU.js";
import "./chunks/chunk-O33AYLXZ.js";
import "./chunks/chunk-Z4HDJ7NM.js";
import "./chunks/chunk-QQC64ZS2.js";
import "./chunks/chunk-DK4JW3AF.js";
import "./chunks/chunk-DQISMCMM.js";
import "./chunks/chunk-36S4BROV.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(await runWorkerJob(workerData));
