/**
 * Compose files as repro-audit reads them: each service's image and build, and Compose's variable
 * interpolation. Parsing needs the YAML reader, loaded on demand (`loadComposeParser()`).
 */
export type * from './types.js';
export { interpolate, parseDotEnv, type Interpolation } from './interpolate.js';

export function loadComposeParser(): Promise<typeof import('./parse.js')> {
  return import('./parse.js');
}
