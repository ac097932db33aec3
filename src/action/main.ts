// Entry of the GitHub Action (bundled into dist/action.js). In lint mode (the default) it reads
// Dockerfiles as data and never executes anything from the repository under audit; the harness
// modes (modes.ts) build them, and are loaded only when asked for.
import * as core from '@actions/core';
import { runAudit } from '../engine/index.js';
import { startAction } from './run.js';

const mode = core.getInput('mode').trim().toLowerCase();
if (mode === '' || mode === 'lint') await startAction(runAudit);
else await (await import('./modes.js')).startHarnessMode(mode);
