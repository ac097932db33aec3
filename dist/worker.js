import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  runWorkerJob
} from "./chunks/chunk-XWLWITXB.js";
import "./chunks/chunk-MGFHGFKF.js";
import "./chunks/chunk-JEZYECRU.js";
import "./chunks/chunk-C5REO3RW.js";
import "./chunks/chunk-D5YOYF5B.js";
import "./chunks/chunk-6PW3TH6F.js";
import "./chunks/chunk-SGTACWJ2.js";
import "./chunks/chunk-WKHV2BXR.js";
import "./chunks/chunk-UCE3TTU6.js";
import "./chunks/chunk-BUR6YWIQ.js";
import "./chunks/chunk-62IGXUQJ.js";
import "./chunks/chunk-6DG7BXTN.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
parentPort.postMessage(await runWorkerJob(workerData));
