/**
 * The shell as repro-audit reads it: RUN scripts as commands and words, what is known about their
 * programs (one table: shells, interpreters, downloaders, wrappers, package managers, verifiers)
 * and what those commands do (package operations, downloads). Parsing needs the tree-sitter
 * grammar (WebAssembly, compiled when loaded), so the parser is loaded on demand with
 * `loadShellParser()`; the rest is free to import.
 */
export type * from './types.js';
export { MAX_EXPANDED_LENGTH } from './types.js';
export {
  commandName,
  ECOSYSTEM,
  isDownloader,
  isInterpreter,
  isPosixShellArgv,
  isShellName,
  isVerifier,
  managersOf,
  packageManagerOf,
  programName,
  type PackageEcosystem,
} from './commands.js';
export { contains, downloadUrls, isVerificationInput, urlText } from './downloads.js';
export { hasOption, splitArgs, type SplitArgs } from './packages/argv.js';
export { comesFromBaseImage } from './packages/specs.js';
export { normalizePythonName, packageOperationOf, packageOperations, parseNpmSpec, parsePythonRequirement } from './packages/index.js';
export type { RunScriptSource } from './source.js';

export function loadShellParser(): Promise<typeof import('./parse.js')> {
  return import('./parse.js');
}

/** The tree-sitter runtime other grammars (Nix) load into: one initialisation per thread, shared with the shell's. */
export function loadTreeSitterRuntime(): Promise<typeof import('./tree-sitter-runtime.js')> {
  return import('./tree-sitter-runtime.js');
}
