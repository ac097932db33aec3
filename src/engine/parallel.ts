import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { auditFile, auditFilesOnce, type AuditTarget, type FileAudit, type FileAuditOptions } from './audit.js';
import { loadDocumentAuditors } from './document-audit.js';
import { fileKindOf } from './files.js';
import { prepareAudit, type AuditOptions, type PreparedAudit } from './prepare.js';

/** Below this many files a worker's start-up (loading the bundle and the shell grammar) costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 48;

export interface WorkerJob {
  files: string[];
  /** Bytes of `files` already read by the caller (undefined: the worker reads the file). */
  bytes: (Uint8Array | undefined)[];
  targets: AuditTarget[];
  cwd: string;
  prepare: Pick<AuditOptions, 'configFile' | 'rulesModules' | 'buildArgs'>;
  fileOptions: FileAuditOptions;
}

/** The worker entry shipped next to the bundle; absent when running from sources (tests). */
function workerScript(): string | undefined {
  for (const candidate of ['./worker.js', '../worker.js']) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/**
 * Audits files on every core: this thread takes one share, worker threads the others. Results
 * come back in the order of `files`, exactly as a sequential run gives them. `preread` holds the
 * bytes of files the caller has already read; `targets` what each file is audited as.
 */
export async function auditFiles(
  files: readonly string[],
  options: AuditOptions & FileAuditOptions,
  prepared: PreparedAudit,
  preread: ReadonlyMap<string, Uint8Array> = new Map(),
  targets: ReadonlyMap<string, AuditTarget> = new Map(),
): Promise<FileAudit[]> {
  const targetOf = (file: string): AuditTarget => targets.get(file) ?? { kind: fileKindOf(file) ?? 'dockerfile' };
  await loadDocumentAuditors(files.map((file) => targetOf(file).kind));
  const audit = (file: string) => auditFile(file, options.cwd, prepared, options, preread.get(file), targetOf(file));
  const script = workerScript();
  // One audit thread already keeps about one and a half cores busy: V8 compiles hot code and
  // collects garbage on background threads. Measured on 2 cores, two audit threads take as long as
  // one, so by default each audit thread gets two cores. REPRO_AUDIT_THREADS overrides it.
  const cores = os.availableParallelism();
  const wanted = Number(process.env.REPRO_AUDIT_THREADS) || Math.max(1, Math.floor(cores / 2));
  const threads = Math.min(wanted, cores, Math.ceil(files.length / (MIN_FILES_FOR_WORKERS / 2)));
  if (!script || threads < 2 || files.length < MIN_FILES_FOR_WORKERS) return auditFilesOnce(files, audit);

  // Loading Node's worker module costs about a fifth of node's own start-up: only when threads start.
  const { Worker } = await import('node:worker_threads');
  // Interleaved shares balance small and large files without knowing their sizes.
  const shares = Array.from({ length: threads }, (_, thread) => files.filter((_, index) => index % threads === thread));
  const job = (share: string[]): WorkerJob => ({
    files: share,
    bytes: share.map((file) => preread.get(file)),
    targets: share.map(targetOf),
    cwd: options.cwd,
    prepare: { configFile: options.configFile, rulesModules: options.rulesModules, buildArgs: options.buildArgs },
    fileOptions: { context: options.context, maxFileBytes: options.maxFileBytes, recordDependencies: options.recordDependencies },
  });
  const workers = shares.slice(1).map(
    (share) =>
      new Promise<FileAudit[]>((resolve, reject) => {
        const worker = new Worker(script, { workerData: job(share) });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`audit worker exited with code ${code}`))));
      }),
  );
  const mine = await auditFilesOnce(shares[0]!, audit);
  const results = [mine, ...(await Promise.all(workers))];
  return files.map((_, index) => results[index % threads]![Math.floor(index / threads)]!);
}

/** Body of a worker thread: the same audit, on its share of the files. */
export async function runWorkerJob(job: WorkerJob): Promise<FileAudit[]> {
  const prepared = await prepareAudit({ cwd: job.cwd, ...job.prepare });
  await loadDocumentAuditors(job.targets.map((target) => target.kind));
  return auditFilesOnce(job.files, (file, index) => auditFile(file, job.cwd, prepared, job.fileOptions, job.bytes[index], job.targets[index]));
}
