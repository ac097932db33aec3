/**
 * YAML files as the audit reads them (GitHub workflows, composite actions, Compose files): the
 * `yaml` package's document with the offsets of every node kept, the comments with their offsets
 * (for `# repro-audit ignore=` and a tag written beside a commit), and the parse errors.
 */
import { Alias, Composer, isAlias, isMap, isScalar, isSeq, Parser, Scalar, type Document, type Node, type YAMLMap } from 'yaml';
import { createPositionMapper, type PositionMapper, type Span } from '../findings/index.js';

export interface YamlComment {
  /** The comment from its `#` to the end of the line. */
  span: Span;
  text: string;
}

export interface YamlSource {
  file: string;
  text: string;
  positions: PositionMapper;
  /** The first document's root node; null for an empty file. */
  root: Node | null;
  comments: YamlComment[];
  /** What the YAML parser refused, with where. */
  errors: Array<{ span: Span; message: string }>;
  document: Document.Parsed | undefined;
}

/** A scalar's text and where its value sits in the file (inside the quotes, for a quoted one). */
export interface YamlScalar {
  value: string;
  /** The whole node, quotes included. */
  span: Span;
  /**
   * The characters that hold the value, when the file holds it literally (plain, or quoted
   * without escapes): an edit there changes exactly the value. Undefined for block and escaped scalars.
   */
  valueSpan?: Span;
}

/** Parses YAML once into a concrete tree (for comments) and a document (for values). */
export function parseYamlSource(text: string, file: string): YamlSource {
  const tokens = [...new Parser().parse(text)];
  const comments: YamlComment[] = [];
  collectComments(tokens, comments);
  comments.sort((a, b) => a.span.start - b.span.start);
  const documents = [...new Composer({ prettyErrors: false, merge: true }).compose(tokens)];
  const document = documents[0] as Document.Parsed | undefined;
  const errors = documents.flatMap((doc) => doc.errors.map((error) => ({ span: { start: error.pos[0], end: error.pos[1] }, message: error.message.split('\n')[0]! })));
  const root = document?.contents ?? null;
  return { file, text, positions: createPositionMapper(text), root: root && isScalar(root) && root.value === null ? null : root, comments, errors, document };
}

function collectComments(value: unknown, into: YamlComment[]): void {
  if (!value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectComments(item, into);
    return;
  }
  const token = value as { type?: unknown; offset?: unknown; source?: unknown };
  if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
    into.push({ span: { start: token.offset, end: token.offset + token.source.length }, text: token.source });
    return;
  }
  for (const child of Object.values(value)) if (typeof child === 'object') collectComments(child, into);
}

/** The node an alias points at (`*defaults`), or the node itself. */
export function resolved(node: unknown, source: YamlSource): unknown {
  if (isAlias(node) && source.document) return (node as Alias).resolve(source.document);
  return node;
}

/** The value node of `key` in a mapping, following aliases and merge keys (`<<: *defaults`). */
export function mapGet(node: unknown, key: string, source: YamlSource): Node | undefined {
  const map = resolved(node, source);
  if (!isMap(map)) return undefined;
  for (const pair of (map as YAMLMap).items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return (resolved(pair.value, source) ?? undefined) as Node | undefined;
  }
  for (const pair of (map as YAMLMap).items) {
    // With merge keys on, the parser reads `<<` as a symbol (or as text in documents that quote it).
    if (!isScalar(pair.key) || String(pair.key.source ?? pair.key.value) !== '<<') continue;
    const merged = resolved(pair.value, source);
    for (const candidate of isSeq(merged) ? merged.items : [merged]) {
      const found = mapGet(candidate, key, source);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The entries of a mapping in file order (keys as text), following aliases; merge keys are not expanded. */
export function mapEntries(node: unknown, source: YamlSource): Array<{ key: string; keySpan: Span; value: unknown }> {
  const map = resolved(node, source);
  if (!isMap(map)) return [];
  return (map as YAMLMap).items.flatMap((pair) =>
    isScalar(pair.key) && pair.key.range && typeof pair.key.value !== 'symbol' ? [{ key: String(pair.key.value), keySpan: spanOf(pair.key)!, value: resolved(pair.value, source) }] : [],
  );
}

/** The items of a sequence, following aliases. */
export function seqItems(node: unknown, source: YamlSource): unknown[] {
  const seq = resolved(node, source);
  return isSeq(seq) ? seq.items.map((item) => resolved(item, source)) : [];
}

export function spanOf(node: unknown): Span | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}

/** A string or number scalar as text, with its spans; undefined for anything else. */
export function scalarOf(node: unknown, source: YamlSource): YamlScalar | undefined {
  const value = resolved(node, source);
  if (!isScalar(value) || (typeof value.value !== 'string' && typeof value.value !== 'number')) return undefined;
  const span = spanOf(value);
  if (!span) return undefined;
  const text = String(value.value);
  return { value: text, span, valueSpan: literalSpan(value, span, text, source.text) };
}

function literalSpan(scalar: Scalar, span: Span, value: string, text: string): Span | undefined {
  const inner = scalar.type === Scalar.PLAIN ? span : scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE ? { start: span.start + 1, end: span.end - 1 } : undefined;
  return inner && text.slice(inner.start, inner.end) === value ? inner : undefined;
}
