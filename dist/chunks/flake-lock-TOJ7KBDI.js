import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  loadYamlReader
} from "./chunk-ICHUAS47.js";
import {
  createPositionMapper
} from "./chunk-DK4JW3AF.js";
import "./chunk-36S4BROV.js";

// src/nixlang/flake-lock.ts
var { mapEntries, mapGet, parseYamlSource, scalarOf, seqItems, spanOf } = await loadYamlReader();
function parseFlakeLock(text, file) {
  const source = parseYamlSource(text, file);
  const lock = { file, text, positions: createPositionMapper(text), root: "root", nodes: /* @__PURE__ */ new Map() };
  const error = source.errors[0];
  if (error || !source.root) {
    lock.error = { span: error?.span ?? { start: 0, end: Math.min(text.length, 1) }, message: error ? `not valid JSON: ${error.message}` : "empty" };
    return lock;
  }
  const version = scalarOf(mapGet(source.root, "version", source), source);
  if (version) lock.version = Number(version.value);
  const root = scalarOf(mapGet(source.root, "root", source), source);
  if (root) lock.root = root.value;
  for (const { key, keySpan, value } of mapEntries(mapGet(source.root, "nodes", source), source)) {
    const node = { key, keySpan, inputs: /* @__PURE__ */ new Map() };
    for (const input of mapEntries(mapGet(value, "inputs", source), source)) {
      const single = scalarOf(input.value, source);
      const path = seqItems(input.value, source).map((item) => scalarOf(item, source)?.value ?? "");
      node.inputs.set(input.key, { target: single ? single.value : path, span: spanOf(input.value) ?? input.keySpan });
    }
    node.locked = valuesOf(mapGet(value, "locked", source));
    const original = mapGet(value, "original", source);
    node.original = valuesOf(original);
    node.originalSpan = spanOf(original);
    const flake = mapGet(value, "flake", source);
    if (typeof flake?.value === "boolean") node.flake = flake.value;
    lock.nodes.set(key, node);
  }
  return lock;
  function valuesOf(node) {
    if (node === void 0) return void 0;
    const values = /* @__PURE__ */ new Map();
    for (const entry of mapEntries(node, source)) {
      const scalar = entry.value;
      const span = spanOf(entry.value);
      if (span && (typeof scalar?.value === "string" || typeof scalar?.value === "number" || typeof scalar?.value === "boolean")) values.set(entry.key, { value: scalar.value, span });
    }
    return values;
  }
}
export {
  parseFlakeLock
};
