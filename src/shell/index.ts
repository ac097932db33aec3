/**
 * The shell as repro-audit reads it: RUN scripts as commands and words, and what those commands do
 * (package managers, wrappers). Parsing needs the tree-sitter grammar (WebAssembly, compiled when
 * loaded), so the parser is loaded on demand with `loadShellParser()`; the rest is free to import.
 */
export type * from './types.js';
export { MAX_EXPANDED_LENGTH } from './types.js';
export { programName, unwrapArgv } from './wrappers.js';
export { packageOperationOf, packageOperations, parseNpmSpec, parsePythonRequirement, specText } from './packages/index.js';
export type { RunScriptSource } from './parse.js';

export function loadShellParser(): Promise<typeof import('./parse.js')> {
  return import('./parse.js');
}
