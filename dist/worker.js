import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runWorkerJob
} from "./chunks/chunk-IOHSBC4P.js";
import "./chunks/chunk-6CNE677A.js";
import "./chunks/chunk-M3ABBBNY.js";
import "./chunks/chunk-4LHVEB2K.js";
import "./chunks/chunk-ASBDP7F3.js";
import "./chunks/chunk-URTYYL5A.js";
import "./chunks/chunk-WKHV2BXR.js";
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
