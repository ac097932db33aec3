import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  ACTIONS_LOCK_FILE,
  loadWorkflowParser
} from "./chunk-4TDFIB2I.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  auditModel,
  contextRootFor,
  createContextReader,
  createRecordingContextReader,
  fileKindOf,
  prepareAudit,
  readDockerfile
} from "./chunk-RV6OXUEF.js";
import {
  loadComposeParser,
  loadFlakeLockReader,
  loadNixParser,
  parseDotEnv,
  runDocumentRules
} from "./chunk-3AQNB5RO.js";
import {
  ContextParsersNeeded,
  loadContextParsers
} from "./chunk-75MXF3LY.js";
import {
  loadDockerfileParser
} from "./chunk-6E4CKGCT.js";
import {
  loadPowerShellGrammar,
  mayNeedPowerShellGrammar
} from "./chunk-T74X72SU.js";
import {
  PowerShellGrammarNeeded
} from "./chunk-SQ42UHQ5.js";

// src/engine/parallel.ts
import fs from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

// src/engine/document-audit.ts
import path from "node:path";
var auditors = /* @__PURE__ */ new Map();
async function loadDocumentAuditors(kinds) {
  for (const kind of new Set(kinds)) {
    if (kind === "dockerfile" || auditors.has(kind)) continue;
    auditors.set(kind, await makeAuditor(kind));
  }
}
function documentAuditor(kind) {
  const auditor = auditors.get(kind);
  if (!auditor) throw new Error(`the ${kind} reader is not loaded`);
  return auditor;
}
async function makeAuditor(kind) {
  switch (kind) {
    case "nix": {
      const [{ parseNix }, { parseFlakeLock }] = await Promise.all([loadNixParser(), loadFlakeLockReader()]);
      return (text, file, prepared, context) => {
        const nix = parseNix(text, file);
        if (path.basename(file) === "flake.nix") {
          const lock = context.readText("flake.lock");
          nix.flakeLock = lock === void 0 ? null : parseFlakeLock(lock, path.join(path.dirname(file), "flake.lock"));
        }
        const errors = nix.syntaxErrors.map((span) => syntaxError(file, text, nix.positions.regionOf(span), "Nix syntax error near"));
        return withErrors(run("nix", nix, { file, text, comments: nix.comments }, prepared, context), errors.slice(0, 1));
      };
    }
    case "flake-lock": {
      const { parseFlakeLock } = await loadFlakeLockReader();
      return (text, file, prepared, context) => {
        const lock = parseFlakeLock(text, file);
        if (lock.error) return { findings: [], errors: [located(file, lock.positions.regionOf(lock.error.span), `flake.lock is ${lock.error.message}`)] };
        return run("flake-lock", lock, { file, text, comments: [] }, prepared, context);
      };
    }
    case "workflow": {
      const { parseActionsLock, parseWorkflow } = await loadWorkflowParser();
      return (text, file, prepared, context) => {
        const relative = path.relative(context.root, path.resolve(file)).split(path.sep).join("/");
        const inWorkflows = relative.startsWith(".github/workflows/");
        const workflow = parseWorkflow(text, file, inWorkflows ? relative : void 0);
        if (inWorkflows) {
          const lock = context.readText(ACTIONS_LOCK_FILE);
          workflow.actionsLock = lock === void 0 ? null : parseActionsLock(lock, ACTIONS_LOCK_FILE);
        }
        return withErrors(run("workflow", workflow, { file, text, comments: workflow.comments, units: workflow.units }, prepared, context), yamlErrors(file, workflow));
      };
    }
    case "compose": {
      const { parseCompose } = await loadComposeParser();
      return (text, file, prepared, context) => {
        const env = context.readText(".env");
        const compose = parseCompose(text, file, env === void 0 ? /* @__PURE__ */ new Map() : parseDotEnv(env));
        return withErrors(run("compose", compose, { file, text, comments: compose.comments }, prepared, context), yamlErrors(file, compose));
      };
    }
  }
}
function run(kind, document, source, prepared, context) {
  return runDocumentRules(kind, document, source, { rules: prepared.rules, context, settings: prepared.settings, ruleSettings: prepared.ruleSettings });
}
function withErrors(result, errors) {
  return { findings: result.findings, errors: [...errors, ...result.errors] };
}
function yamlErrors(file, document) {
  return document.errors.slice(0, 1).map((error) => located(file, document.positions.regionOf(error.span), `not valid YAML: ${error.message}`));
}
function located(file, region, message) {
  return { file, line: region.startLine, column: region.startColumn, message };
}
function syntaxError(file, text, region, what) {
  const line = text.split(/\r\n|\r|\n/)[region.startLine - 1] ?? "";
  const excerpt = line.slice(Math.max(0, region.startColumn - 1), region.startColumn + 39).trim();
  return located(file, region, `${what} \`${excerpt}\`: Nix will refuse to evaluate this file`);
}

// src/engine/audit.ts
var { parseDockerfile } = await loadDockerfileParser();
function auditFile(file, cwd, prepared, options = {}, bytes, target = { kind: fileKindOf(file) ?? "dockerfile" }) {
  const read = readDockerfile(file, cwd, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, bytes);
  if ("error" in read) return { findings: [], errors: [read.error], dependencies: [] };
  if (mayNeedPowerShellGrammar(read.text)) return { findings: [], errors: [], needsParser: "powershell" };
  const root = target.context ?? contextRootFor(file, target.kind, cwd, options.context);
  const audit = (context) => target.kind === "dockerfile" ? auditModel(parseDockerfile(read.text, file, { buildArgs: { ...prepared.buildArgs, ...target.buildArgs } }), prepared, context) : documentAuditor(target.kind)(read.text, file, prepared, context);
  try {
    if (!options.recordDependencies) return { ...audit(createContextReader(root)), text: read.text };
    const recorder = createRecordingContextReader(root);
    return { ...audit(recorder.reader), dependencies: recorder.dependencies, text: read.text };
  } catch (error) {
    if (error instanceof ContextParsersNeeded) return { findings: [], errors: [], needsParser: "context" };
    if (error instanceof PowerShellGrammarNeeded) return { findings: [], errors: [], needsParser: "powershell" };
    return { findings: [], errors: [{ file, message: `internal error while auditing this file: ${error.message}` }], text: read.text };
  }
}
var PARSER_LOADERS = { context: loadContextParsers, powershell: loadPowerShellGrammar };
async function auditFilesOnce(files, audit) {
  let results = files.map(audit);
  for (let round = 0; round < Object.keys(PARSER_LOADERS).length; round++) {
    const needed = new Set(results.flatMap((result) => result.needsParser ? [result.needsParser] : []));
    if (needed.size === 0) break;
    await Promise.all([...needed].map((kind) => PARSER_LOADERS[kind]()));
    results = results.map((result, index) => result.needsParser ? audit(files[index], index) : result);
  }
  return results;
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
async function auditFiles(files, options, prepared, preread = /* @__PURE__ */ new Map(), targets = /* @__PURE__ */ new Map()) {
  const targetOf = (file) => targets.get(file) ?? { kind: fileKindOf(file) ?? "dockerfile" };
  await loadDocumentAuditors(files.map((file) => targetOf(file).kind));
  const audit = (file) => auditFile(file, options.cwd, prepared, options, preread.get(file), targetOf(file));
  const script = workerScript();
  const cores = os.availableParallelism();
  const wanted = Number(process.env.REPRO_AUDIT_THREADS) || Math.max(1, Math.floor(cores / 2));
  const threads = Math.min(wanted, cores, Math.ceil(files.length / (MIN_FILES_FOR_WORKERS / 2)));
  if (!script || threads < 2 || files.length < MIN_FILES_FOR_WORKERS) return auditFilesOnce(files, audit);
  const { Worker } = await import("node:worker_threads");
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_2, index) => index % threads === thread));
  const job = (share) => ({
    files: share,
    bytes: share.map((file) => preread.get(file)),
    targets: share.map(targetOf),
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
  const mine = await auditFilesOnce(shares[0], audit);
  const results = [mine, ...await Promise.all(workers)];
  return files.map((_, index) => results[index % threads][Math.floor(index / threads)]);
}
async function runWorkerJob(job) {
  const prepared = await prepareAudit({ cwd: job.cwd, ...job.prepare });
  await loadDocumentAuditors(job.targets.map((target) => target.kind));
  return auditFilesOnce(job.files, (file, index) => auditFile(file, job.cwd, prepared, job.fileOptions, job.bytes[index], job.targets[index]));
}

export {
  auditFiles,
  runWorkerJob
};
