import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runWorkerJob
} from "./chunks/chunk-VIFW2S23.js";
import "./chunks/chunk-LJ3WYXHW.js";
import "./chunks/chunk-IJHJP4TI.js";
import "./chunks/chunk-B7KJDD6V.js";
import "./chunks/chunk-CIS224HE.js";
import "./chunks/chunk-URTYYL5A.js";
import "./chunks/chunk-WKHV2BXR.js";
import "./chunks/chunk-Y2ZQ22AG.js";
import "./chunks/chunk-T24AKE3P.js";
import "./chunks/chunk-GMFFGHFY.js";
import "./chunks/chunk-D5OME3K6.js";
import "./chunks/chunk-EHJE3HLK.js";
import "./chunks/chunk-BUR6YWIQ.js";
import "./chunks/chunk-62IGXUQJ.js";
import "./chunks/chunk-VR3CR3V5.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(await runWorkerJob(workerData));
