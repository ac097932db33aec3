/**
 * Nix files as repro-audit reads them: the syntax tree of a `.nix` file (tree-sitter-nix), the
 * questions rules ask of it (builtins, calls, strings, attribute sets), a flake's inputs and
 * `flake.lock`. Parsing needs the WebAssembly grammar and the JSON reader, loaded on demand
 * (`loadNixParser()`, `loadFlakeLockReader()`); the rest is free to import.
 */
export type * from './types.js';
export { flakeInputs, flakeRefAttributes, type FlakeInput, type FlakeValue } from './flake.js';
export { nixAttr, nixBindings, nixBuiltinName, nixCall, nixChild, nixChildren, nixDottedName, nixStringValue, nixText, nixUnwrap, nixWalk, nixpkgsLockInputs, type NixBinding, type NixpkgsLockInput } from './queries.js';
export { flakeHubFlake } from './flakehub.js';
export { nixAttrsetShape, nixInDeadVersionBranch, type NixAttrsetShape } from './static.js';

export function loadNixParser(): Promise<typeof import('./parse.js')> {
  return import('./parse.js');
}

export function loadFlakeLockReader(): Promise<typeof import('./flake-lock.js')> {
  return import('./flake-lock.js');
}
