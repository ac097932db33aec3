import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  DEFAULT_MAX_FILE_BYTES,
  auditModel,
  contextRootOf,
  createContextReader,
  createRecordingContextReader,
  prepareAudit,
  readDockerfile
} from "./chunk-KZH7MZHB.js";
import {
  loadDockerfileParser
} from "./chunk-VH7FCUMN.js";

// src/engine/parallel.ts
import fs from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/engine/audit.ts
var { parseDockerfile } = await loadDockerfileParser();
function auditText(text, file, prepared, context) {
  return auditModel(parseDockerfile(text, file, { buildArgs: prepared.buildArgs }), prepared, context);
}
function auditFile(file, cwd, prepared, options = {}, bytes) {
  const read = readDockerfile(file, cwd, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, bytes);
  if ("error" in read) return { findings: [], errors: [read.error], dependencies: [] };
  const root = contextRootOf(file, cwd, options.context);
  try {
    if (!options.recordDependencies) return { ...auditText(read.text, file, prepared, createContextReader(root)), text: read.text };
    const recorder = createRecordingContextReader(root);
    return { ...auditText(read.text, file, prepared, recorder.reader), dependencies: recorder.dependencies, text: read.text };
  } catch (error) {
    return { findings: [], errors: [{ file, message: `internal error while auditing this file: ${error.message}` }], text: read.text };
  }
}

// src/engine/parallel.ts
var MIN_FILES_FOR_WORKERS = 48;
function workerScript() {
  for (const candidate of ["./worker.js", "../worker.js"]) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (fs.existsSync(file)) return file;
  }
  return void 0;
}
async function auditFiles(files, options, prepared, preread = /* @__PURE__ */ new Map()) {
  const audit = (file) => auditFile(file, options.cwd, prepared, options, preread.get(file));
  const script = workerScript();
  const cores = os.availableParallelism();
  const wanted = Number(process.env.REPRO_AUDIT_THREADS) || Math.max(1, Math.floor(cores / 2));
  const threads = Math.min(wanted, cores, Math.ceil(files.length / (MIN_FILES_FOR_WORKERS / 2)));
  if (!script || threads < 2 || files.length < MIN_FILES_FOR_WORKERS) return files.map(audit);
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_2, index) => index % threads === thread));
  const job = (share) => ({
    files: share,
    bytes: share.map((file) => preread.get(file)),
    cwd: options.cwd,
    prepare: { configFile: options.configFile, rulesModules: options.rulesModules, buildArgs: options.buildArgs },
    fileOptions: { context: options.context, maxFileBytes: options.maxFileBytes, recordDependencies: options.recordDependencies }
  });
  const workers = shares.slice(1).map(
    (share) => new Promise((resolve, reject) => {
      const worker = new Worker(script, { workerData: job(share) });
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => code === 0 ? void 0 : reject(new Error(`audit worker exited with code ${code}`)));
    })
  );
  const mine = shares[0].map(audit);
  const results = [mine, ...await Promise.all(workers)];
  return files.map((_, index) => results[index % threads][Math.floor(index / threads)]);
}
async function runWorkerJob(job) {
  const prepared = await prepareAudit({ cwd: job.cwd, ...job.prepare });
  return job.files.map((file, index) => auditFile(file, job.cwd, prepared, job.fileOptions, job.bytes[index]));
}

export {
  auditFiles,
  runWorkerJob
};
