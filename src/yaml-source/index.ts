/**
 * YAML files with their positions and comments kept, for the models of GitHub workflows and
 * Compose files. Reading needs the `yaml` package, loaded on demand (`loadYamlReader()`): a run
 * over Dockerfiles alone never pays for it.
 */
export type { YamlComment, YamlScalar, YamlSource } from './parse.js';

export function loadYamlReader(): Promise<typeof import('./parse.js')> {
  return import('./parse.js');
}
