/** The GitHub Action (entry: main.ts, bundled into dist/action.js). */
export { restrictToFiles, runAction, startAction, type AuditFunction, type AuditRequest } from './run.js';
