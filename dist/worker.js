import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runWorkerJob
} from "./chunks/chunk-MGYUMRYU.js";
import "./chunks/chunk-DYSDVIXB.js";
import "./chunks/chunk-4N6LA52X.js";
import "./chunks/chunk-4LHVEB2K.js";
import "./chunks/chunk-ASBDP7F3.js";
import "./chunks/chunk-HULIA3V2.js";
import "./chunks/chunk-WKHV2BXR.js";
import "./chunks/chunk-R7O6VQAH.js";
import "./chunks/chunk-D5OME3K6.js";
import "./chunks/chunk-EHJE3HLK.js";
import "./chunks/chunk-BUR6YWIQ.js";
import "./chunks/chunk-62IGXUQJ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(await runWorkerJob(workerData));
