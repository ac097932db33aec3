/**
 * Reading `flake.lock` (JSON) with every value's place kept, through the YAML reader (JSON is YAML):
 * loaded on demand with the Nix reader.
 */
import { createPositionMapper, type Span } from '../findings/index.js';
import { loadYamlReader } from '../yaml-source/index.js';
import type { FlakeLock, LockNode, LockValue } from './types.js';

const { mapEntries, mapGet, parseYamlSource, scalarOf, seqItems, spanOf } = await loadYamlReader();

export function parseFlakeLock(text: string, file: string): FlakeLock {
  const source = parseYamlSource(text, file);
  const lock: FlakeLock = { file, text, positions: createPositionMapper(text), root: 'root', nodes: new Map() };
  const error = source.errors[0];
  if (error || !source.root) {
    lock.error = { span: error?.span ?? { start: 0, end: Math.min(text.length, 1) }, message: error ? `not valid JSON: ${error.message}` : 'empty' };
    return lock;
  }
  const version = scalarOf(mapGet(source.root, 'version', source), source);
  if (version) lock.version = Number(version.value);
  const root = scalarOf(mapGet(source.root, 'root', source), source);
  if (root) lock.root = root.value;
  for (const { key, keySpan, value } of mapEntries(mapGet(source.root, 'nodes', source), source)) {
    const node: LockNode = { key, keySpan, inputs: new Map() };
    for (const input of mapEntries(mapGet(value, 'inputs', source), source)) {
      const single = scalarOf(input.value, source);
      const path = seqItems(input.value, source).map((item) => scalarOf(item, source)?.value ?? '');
      node.inputs.set(input.key, { target: single ? single.value : path, span: spanOf(input.value) ?? input.keySpan });
    }
    node.locked = valuesOf(mapGet(value, 'locked', source));
    const original = mapGet(value, 'original', source);
    node.original = valuesOf(original);
    node.originalSpan = spanOf(original);
    const flake = mapGet(value, 'flake', source) as { value?: unknown } | undefined;
    if (typeof flake?.value === 'boolean') node.flake = flake.value;
    lock.nodes.set(key, node);
  }
  return lock;

  function valuesOf(node: unknown): Map<string, LockValue> | undefined {
    if (node === undefined) return undefined;
    const values = new Map<string, LockValue>();
    for (const entry of mapEntries(node, source)) {
      const scalar = entry.value as { value?: unknown } | undefined;
      const span: Span | undefined = spanOf(entry.value);
      if (span && (typeof scalar?.value === 'string' || typeof scalar?.value === 'number' || typeof scalar?.value === 'boolean')) values.set(entry.key, { value: scalar.value, span });
    }
    return values;
  }
}
