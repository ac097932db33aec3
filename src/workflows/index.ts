/**
 * GitHub Actions workflows and action metadata (`action.yml`) as repro-audit reads them: every
 * `uses:`, every container image, every `run:` step. Parsing needs the YAML reader, loaded on demand
 * (`loadWorkflowParser()`).
 */
export type * from './types.js';

/** The file that holds GitHub's workflow lockfile, beside the workflows it locks. */
export const ACTIONS_LOCK_FILE = '.github/workflows/actions.lock';

export function loadWorkflowParser(): Promise<typeof import('./parse.js')> {
  return import('./parse.js');
}
