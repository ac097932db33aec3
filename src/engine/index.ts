/**
 * The static audit as a library: find the Dockerfiles, answer what the result cache can, parse
 * the rest (on every core) and run the rules. The parsers load inside the engine only when some
 * file needs them, so importing this front costs a cached run nothing.
 */
export { runAudit } from './run.js';
export { prepareAudit, type AuditOptions, type AuditRun, type PreparedAudit } from './prepare.js';
export { auditModel } from './model-audit.js';
export { DEFAULT_MAX_FILE_BYTES, discoverDockerfiles, discoverFiles, fileKindOf, isDockerfileName, NO_FILES_POLICIES, nothingAuditedMessage, readDockerfile, type Discovery, type NoFilesPolicy, type ReadResult } from './files.js';
export { contextRootFor, contextRootOf, createContextReader } from './context.js';
export { defaultCacheDir } from './cache.js';
export { claimBase, ensureFolder, IMAGE_STORE_FOLDER, locateCache } from './cache-layout.js';
