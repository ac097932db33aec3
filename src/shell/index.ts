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
  buildStampOf,
  commandName,
  ECOSYSTEM,
  downloaderName,
  isDownloader,
  isInterpreter,
  isKnownProgram,
  isPosixShellArgv,
  isPowerShellArgv,
  isShellName,
  isVerifier,
  managersOf,
  packageManagerOf,
  programName,
  runsPowerShell,
  windowsProgramName,
  type PackageEcosystem,
} from './commands.js';
export { contains, downloadUrls, isVerificationInput, urlText, webClientCall, type WebClientCall } from './downloads.js';
export { checksFingerprint, downloadedFiles, fileKey, keysFetchedBy, operandKeys, treatment, trustedOnArrival, trustLabel, trustsKey } from './verification.js';
export { hasOption, splitArgs, type SplitArgs } from './packages/argv.js';
export { comesFromBaseImage, writtenName } from './packages/specs.js';
export { normalizePythonName, osPackageSpec, packageOperationOf, packageOperations, parseCondaSpec, parseNpmSpec, parsePythonRequirement, poetryReleaseInstalledBy, isExactToolchain, toolchainRequestsOf } from './packages/index.js';
export { environmentValue } from './wrappers.js';
export type { RunScriptSource } from './source.js';
export type { ShellFileSource } from './types.js';

let parser: typeof import('./parse.js') | undefined;

export async function loadShellParser(): Promise<typeof import('./parse.js')> {
  return (parser ??= await import('./parse.js'));
}

/**
 * The shell parser, for code that runs after it loaded: wherever a Dockerfile model exists (building
 * one loads it), scripts of the build context are parsed with it synchronously.
 */
export function loadedShellParser(): typeof import('./parse.js') {
  if (!parser) throw new Error('the shell parser is not loaded yet (await loadShellParser() first)');
  return parser;
}

export { PowerShellGrammarNeeded } from './grammar-needed.js';

let powerShellLoaded = false;

/** PowerShell's grammar, loaded only for files with a PowerShell script; parsing one before it loaded throws `PowerShellGrammarNeeded`. */
export async function loadPowerShellGrammar(): Promise<void> {
  await (await import('./powershell.js')).loadPowerShellGrammar();
  powerShellLoaded = true;
}

/**
 * Whether a file that names PowerShell (`SHELL ["powershell", ...]`, `pwsh -c`) meets the grammar
 * not loaded yet. Only a decision of what to load: such a file is better audited once, after
 * loading, than started and stopped at its first PowerShell script (which is what a file that
 * needs the grammar without naming it this way still gets).
 */
export function mayNeedPowerShellGrammar(text: string): boolean {
  return !powerShellLoaded && /powershell|pwsh/i.test(text);
}

/** The tree-sitter runtime other grammars (Nix) load into: one initialisation per thread, shared with the shell's. */
export function loadTreeSitterRuntime(): Promise<typeof import('./tree-sitter-runtime.js')> {
  return import('./tree-sitter-runtime.js');
}
