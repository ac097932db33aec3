// Entry of the GitHub Action (bundled into dist/action.js). It reads Dockerfiles as data and never
// executes anything from the repository under audit.
import { runAudit } from '../engine/index.js';
import { startAction } from './run.js';

await startAction(runAudit);
