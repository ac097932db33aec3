// What the in-process benchmark loads: the audit engine, bundled like the CLI.
export { prepareAudit, auditFile } from '../../src/engine/audit.js';
