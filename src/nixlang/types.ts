import type { PositionMapper, Span } from '../findings/index.js';

/**
 * A node of a Nix file's syntax tree, as tree-sitter-nix names it (`apply_expression`,
 * `select_expression`, `spath_expression`, `string_expression`, `binding`, ...), copied out of the
 * WebAssembly tree into plain objects so rules can walk it freely. Its text is `text.slice(span)`.
 */
export interface NixNode {
  type: string;
  span: Span;
  /** The field of the parent this node fills (`function`, `argument`, `attrpath`, `expression`, ...). */
  field?: string;
  children: NixNode[];
  parent?: NixNode;
}

/** A `.nix` file: its syntax tree, comments and, for a `flake.nix`, the `flake.lock` beside it. */
export interface NixFile {
  file: string;
  text: string;
  positions: PositionMapper;
  root: NixNode;
  comments: Span[];
  /**
   * Where the grammar could not read the text. The grammar (tree-sitter-nix as published in
   * WebAssembly) predates a trailing comma after the last function argument, which Nix accepts;
   * those places are left out, the rest of the tree is sound around them.
   */
  syntaxErrors: Span[];
  /**
   * For a file named `flake.nix`: the `flake.lock` beside it, `null` when there is none.
   * Undefined for other files.
   */
  flakeLock?: FlakeLock | null;
}

/** A JSON value of `flake.lock` with where it is written. */
export interface LockValue {
  value: string | number | boolean;
  span: Span;
}

/** One node of `flake.lock`: a locked input (or the root), by its key in `nodes`. */
export interface LockNode {
  key: string;
  /** The node's key in `nodes`. */
  keySpan: Span;
  /** Input name → the node it locks to (a key), or a `follows` path. */
  inputs: Map<string, { target: string | string[]; span: Span }>;
  /** What was locked: type, owner, repo, rev, narHash, lastModified, ... */
  locked?: Map<string, LockValue>;
  /** The input as the flake wrote it when it was locked: type, owner, repo, ref, url, ... */
  original?: Map<string, LockValue>;
  originalSpan?: Span;
  flake?: boolean;
}

export interface FlakeLock {
  file: string;
  text: string;
  positions: PositionMapper;
  version?: number;
  /** The key of the root node (`root`). */
  root: string;
  nodes: Map<string, LockNode>;
  /** The lock could not be read as JSON (said once, at this place). */
  error?: { span: Span; message: string };
}
