import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfigFileReader } from '../config/index.js';
import { InputError, type ConfigInput } from './inputs.js';

const { parseConfig } = await loadConfigFileReader();

/** How the Action's `config` input is named in messages about inline YAML. */
export const INLINE_CONFIG_NAME = "the Action's `config` input";

/**
 * The config file the audit reads for the workflow's `config` input: the named file, or the
 * inline YAML checked now (a mistake is the workflow's, said as one line) and written to a private
 * file under the runner's temporary directory, outside the checkout the pull request controls.
 */
export function pinnedConfigFile(config: ConfigInput | undefined, tempRoot: string = process.env.RUNNER_TEMP || os.tmpdir()): string | undefined {
  if (!config) return undefined;
  if (config.kind === 'file') return config.path;
  let parsed;
  try {
    parsed = parseConfig(config.yaml, INLINE_CONFIG_NAME);
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(error.message);
    throw error;
  }
  // `ignore-paths` are relative to the config file's folder, which for inline YAML is no folder of
  // the repository; the workflow chooses what to audit with `paths` instead.
  if (parsed.ignorePaths.length > 0) throw new InputError(`${INLINE_CONFIG_NAME}: \`ignore-paths\` has no folder to be relative to in inline YAML; choose what to audit with the \`paths\` input.`);
  // The runner empties RUNNER_TEMP after each job; a fresh directory and `wx` never reuse a file.
  const directory = fs.mkdtempSync(path.join(tempRoot, 'repro-audit-config-'));
  const file = path.join(directory, 'repro-audit.yml');
  fs.writeFileSync(file, config.yaml, { mode: 0o600, flag: 'wx' });
  return file;
}
