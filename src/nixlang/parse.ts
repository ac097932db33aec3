/**
 * Reading a `.nix` file with tree-sitter-nix (WebAssembly, on the tree-sitter runtime the shell
 * grammar uses): loaded on demand, the first time a Nix file is audited.
 */
import { createPositionMapper, type Span } from '../findings/index.js';
import { loadTreeSitterRuntime } from '../shell/index.js';
import type { NixFile, NixNode } from './types.js';

const { loadGrammar } = await loadTreeSitterRuntime();
// The grammar ships in @cursorless/tree-sitter-wasms (tree-sitter-nix built for the WebAssembly
// runtime); the bundle carries a copy next to itself.
const parser = await loadGrammar('tree-sitter-nix.wasm', '@cursorless/tree-sitter-wasms/out');

type Cursor = ReturnType<NonNullable<ReturnType<typeof parser.parse>>['walk']>;

/** Parses Nix source into plain nodes; never throws on bad syntax (tree-sitter recovers around it). */
export function parseNix(text: string, file: string): NixFile {
  const tree = parser.parse(text);
  if (!tree) throw new Error('tree-sitter returned no tree');
  const comments: Span[] = [];
  const syntaxErrors: Span[] = [];
  try {
    const cursor = tree.walk();
    const root = copyNode(cursor, undefined, comments, syntaxErrors, text);
    return { file, text, positions: createPositionMapper(text), root, comments, syntaxErrors };
  } finally {
    tree.delete();
  }
}

/** Copies the node under the cursor and its named descendants; collects comments and syntax errors on the way. */
function copyNode(cursor: Cursor, parent: NixNode | undefined, comments: Span[], errors: Span[], text: string): NixNode {
  const current = cursor.currentNode;
  const node: NixNode = { type: current.type, span: { start: current.startIndex, end: current.endIndex }, children: [], parent };
  const field = cursor.currentFieldName;
  if (field) node.field = field;
  if (cursor.gotoFirstChild()) {
    do {
      const child = cursor.currentNode;
      if (child.type === 'comment') comments.push({ start: child.startIndex, end: child.endIndex });
      else if (child.isMissing || child.type === 'ERROR') {
        if (!isTrailingFormalComma(child.type, node, text.slice(child.startIndex, child.endIndex))) errors.push({ start: child.startIndex, end: Math.max(child.endIndex, child.startIndex + 1) });
        if (child.type === 'ERROR') node.children.push(copyNode(cursor, node, comments, errors, text));
      } else if (child.isNamed) node.children.push(copyNode(cursor, node, comments, errors, text));
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  return node;
}

/**
 * `{ pkgs, lib, }:` is valid Nix (formatters write it), but the published grammar predates it: it
 * reads the comma as a stray token, or as the start of a formal whose name is missing.
 */
function isTrailingFormalComma(type: string, parent: NixNode, text: string): boolean {
  if (type === 'ERROR') return parent.type === 'formals' && text.trim() === ',';
  return parent.type === 'formal' || parent.type === 'formals';
}
