// What the in-process benchmark loads: the audit engine, bundled like the CLI.
export { auditFile, auditFilesOnce } from '../../src/engine/audit.js';
export { prepareAudit } from '../../src/engine/index.js';
