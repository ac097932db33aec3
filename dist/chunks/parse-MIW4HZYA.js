import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  require_dist
} from "./chunk-LJW47J5E.js";
import {
  createPositionMapper
} from "./chunk-DK4JW3AF.js";
import {
  __toESM
} from "./chunk-36S4BROV.js";

// src/yaml-source/parse.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlSource(text, file) {
  const tokens = [...new import_yaml.Parser().parse(text)];
  const comments = [];
  collectComments(tokens, comments);
  comments.sort((a, b) => a.span.start - b.span.start);
  const documents = [...new import_yaml.Composer({ prettyErrors: false, merge: true }).compose(tokens)];
  const document = documents[0];
  const errors = documents.flatMap((doc) => doc.errors.map((error) => ({ span: { start: error.pos[0], end: error.pos[1] }, message: error.message.split("\n")[0] })));
  const root = document?.contents ?? null;
  return { file, text, positions: createPositionMapper(text), root: root && (0, import_yaml.isScalar)(root) && root.value === null ? null : root, comments, errors, document };
}
function collectComments(value, into) {
  if (!value || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collectComments(item, into);
    return;
  }
  const token = value;
  if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
    into.push({ span: { start: token.offset, end: token.offset + token.source.length }, text: token.source });
    return;
  }
  for (const child of Object.values(value)) if (typeof child === "object") collectComments(child, into);
}
function resolved(node, source) {
  if ((0, import_yaml.isAlias)(node) && source.document) return node.resolve(source.document);
  return node;
}
function mapGet(node, key, source) {
  const map = resolved(node, source);
  if (!(0, import_yaml.isMap)(map)) return void 0;
  for (const pair of map.items) {
    if ((0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === key) return resolved(pair.value, source) ?? void 0;
  }
  for (const pair of map.items) {
    if (!(0, import_yaml.isScalar)(pair.key) || String(pair.key.source ?? pair.key.value) !== "<<") continue;
    const merged = resolved(pair.value, source);
    for (const candidate of (0, import_yaml.isSeq)(merged) ? merged.items : [merged]) {
      const found = mapGet(candidate, key, source);
      if (found !== void 0) return found;
    }
  }
  return void 0;
}
function mapEntries(node, source) {
  const map = resolved(node, source);
  if (!(0, import_yaml.isMap)(map)) return [];
  return map.items.flatMap(
    (pair) => (0, import_yaml.isScalar)(pair.key) && pair.key.range && typeof pair.key.value !== "symbol" ? [{ key: String(pair.key.value), keySpan: spanOf(pair.key), value: resolved(pair.value, source) }] : []
  );
}
function seqItems(node, source) {
  const seq = resolved(node, source);
  return (0, import_yaml.isSeq)(seq) ? seq.items.map((item) => resolved(item, source)) : [];
}
function spanOf(node) {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : void 0;
}
function scalarOf(node, source) {
  const value = resolved(node, source);
  if (!(0, import_yaml.isScalar)(value) || typeof value.value !== "string" && typeof value.value !== "number") return void 0;
  const span = spanOf(value);
  if (!span) return void 0;
  const text = String(value.value);
  return { value: text, span, valueSpan: literalSpan(value, span, text, source.text) };
}
function literalSpan(scalar, span, value, text) {
  const inner = scalar.type === import_yaml.Scalar.PLAIN ? span : scalar.type === import_yaml.Scalar.QUOTE_DOUBLE || scalar.type === import_yaml.Scalar.QUOTE_SINGLE ? { start: span.start + 1, end: span.end - 1 } : void 0;
  return inner && text.slice(inner.start, inner.end) === value ? inner : void 0;
}
export {
  mapEntries,
  mapGet,
  parseYamlSource,
  resolved,
  scalarOf,
  seqItems,
  spanOf
};
