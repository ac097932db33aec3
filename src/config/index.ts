/**
 * `.repro-audit.yml`: finding it, its settings, its errors. Reading a file needs the YAML parser,
 * so the reader loads on demand (`loadConfigFileReader()`): a run without a config never pays for it.
 */
export { CONFIG_FILE_NAMES, ConfigError, defaultConfig, discoverConfig, type Config } from './config.js';

export function loadConfigFileReader(): Promise<typeof import('./config-file.js')> {
  return import('./config-file.js');
}
