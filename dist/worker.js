import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runWorkerJob
} from "./chunks/chunk-RKMVUQR7.js";
import "./chunks/chunk-EIIGJCEQ.js";
import "./chunks/chunk-V54UKC3T.js";
import "./chunks/chunk-C5REO3RW.js";
import "./chunks/chunk-5JAW3XP6.js";
import "./chunks/chunk-BPN6V657.js";
import "./chunks/chunk-SGTACWJ2.js";
import "./chunks/chunk-WKHV2BXR.js";
import "./chunks/chunk-PENG72LV.js";
import "./chunks/chunk-BUR6YWIQ.js";
import "./chunks/chunk-D7LCE4TA.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(await runWorkerJob(workerData));
