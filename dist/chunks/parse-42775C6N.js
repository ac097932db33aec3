import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  loadTreeSitterRuntime
} from "./chunk-T74X72SU.js";
import "./chunk-SQ42UHQ5.js";
import {
  createPositionMapper
} from "./chunk-DK4JW3AF.js";
import "./chunk-36S4BROV.js";

// src/nixlang/parse.ts
var { loadGrammar } = await loadTreeSitterRuntime();
var parser = await loadGrammar("tree-sitter-nix.wasm", "@cursorless/tree-sitter-wasms/out");
function parseNix(text, file) {
  const tree = parser.parse(text);
  if (!tree) throw new Error("tree-sitter returned no tree");
  const comments = [];
  const syntaxErrors = [];
  try {
    const cursor = tree.walk();
    const root = copyNode(cursor, void 0, comments, syntaxErrors, text);
    return { file, text, positions: createPositionMapper(text), root, comments, syntaxErrors };
  } finally {
    tree.delete();
  }
}
function copyNode(cursor, parent, comments, errors, text) {
  const current = cursor.currentNode;
  const node = { type: current.type, span: { start: current.startIndex, end: current.endIndex }, children: [], parent };
  const field = cursor.currentFieldName;
  if (field) node.field = field;
  if (cursor.gotoFirstChild()) {
    do {
      const child = cursor.currentNode;
      if (child.type === "comment") comments.push({ start: child.startIndex, end: child.endIndex });
      else if (child.isMissing || child.type === "ERROR") {
        if (!isTrailingFormalComma(child.type, node, text.slice(child.startIndex, child.endIndex))) errors.push({ start: child.startIndex, end: Math.max(child.endIndex, child.startIndex + 1) });
        if (child.type === "ERROR") node.children.push(copyNode(cursor, node, comments, errors, text));
      } else if (child.isNamed) node.children.push(copyNode(cursor, node, comments, errors, text));
    } while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
  return node;
}
function isTrailingFormalComma(type, parent, text) {
  if (type === "ERROR") return parent.type === "formals" && text.trim() === ",";
  return parent.type === "formal" || parent.type === "formals";
}
export {
  parseNix
};
