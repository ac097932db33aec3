import { ConfigError } from '../config/index.js';
import { RuleLoadError } from '../rules/index.js';

/**
 * Errors about what the user gave a command (a config file, a `--rules` module), not bugs of ours:
 * every command says them as one line and exits 2. Loaded only when a command failed.
 */
export function isInputError(error: unknown): error is Error {
  return error instanceof ConfigError || error instanceof RuleLoadError;
}
