import * as core from '@actions/core';
import { inertToRunner } from '../report/index.js';

/**
 * The Action's plain log lines. `core.info` writes its text as it is, and the runner reads every
 * line of it for workflow commands; a message quoting an API error or a file name must stay text.
 * (`core.warning`, `notice` and `setFailed` escape their data themselves.)
 */
export function actionLog(message: string): void {
  core.info(inertToRunner(message));
}
