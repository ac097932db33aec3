import type { FileEntry, HistoryEntry, ImageConfig, ImageIndex } from '../image/types.js';
import type { Aspect, ConfigDifference, ImageDiff, PathDifference } from './types.js';

/** Compares two image indexes entry by entry and config field by field. Pure; no I/O. */
export function diffImages(a: ImageIndex, b: ImageIndex): ImageDiff {
  const paths: PathDifference[] = [];
  for (const [path, entryA] of a.files) {
    const entryB = b.files.get(path);
    if (!entryB) {
      paths.push({ path, change: 'removed', a: entryA, aspects: [] });
      continue;
    }
    const aspects = aspectsThatDiffer(entryA, entryB);
    if (aspects.length > 0) paths.push({ path, change: 'changed', a: entryA, b: entryB, aspects });
  }
  for (const [path, entryB] of b.files) {
    if (!a.files.has(path)) paths.push({ path, change: 'added', b: entryB, aspects: [] });
  }
  paths.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return { a, b, paths, config: [...diffConfig(a.config, b.config), ...diffHistory(a.history, b.history)], sharedLayers: sharedLayers(a, b) };
}

function aspectsThatDiffer(a: FileEntry, b: FileEntry): Aspect[] {
  const aspects: Aspect[] = [];
  if (a.type !== b.type) aspects.push('type');
  if (a.size !== b.size || a.sha256 !== b.sha256) aspects.push('content');
  if (a.linkTarget !== b.linkTarget) aspects.push('link');
  if (a.device !== b.device) aspects.push('device');
  if (a.mode !== b.mode) aspects.push('mode');
  if (a.uid !== b.uid || a.gid !== b.gid) aspects.push('owner');
  if (a.xattrs !== b.xattrs) aspects.push('xattrs');
  if (a.mtime !== b.mtime) aspects.push('mtime');
  return aspects;
}

function diffConfig(a: ImageConfig, b: ImageConfig): ConfigDifference[] {
  const differences: ConfigDifference[] = [];
  const compare = (field: string, x: unknown, y: unknown) => {
    const textA = asText(x);
    const textB = asText(y);
    if (textA !== textB) differences.push({ field, a: textA, b: textB });
  };
  compare('architecture', a.architecture, b.architecture);
  compare('os', a.os, b.os);
  compare('variant', a.variant, b.variant);
  compare('created', a.created, b.created);
  compareKeyed('Env', envMap(a.env), envMap(b.env), compare);
  compare('Entrypoint', a.entrypoint, b.entrypoint);
  compare('Cmd', a.cmd, b.cmd);
  compare('WorkingDir', a.workingDir, b.workingDir);
  compare('User', a.user, b.user);
  compareKeyed('Labels', new Map(Object.entries(a.labels)), new Map(Object.entries(b.labels)), compare);
  compare('ExposedPorts', a.exposedPorts, b.exposedPorts);
  compare('Volumes', a.volumes, b.volumes);
  compare('StopSignal', a.stopSignal, b.stopSignal);
  compare('Shell', a.shell, b.shell);
  return differences;
}

function compareKeyed(prefix: string, a: Map<string, string>, b: Map<string, string>, compare: (field: string, x: unknown, y: unknown) => void) {
  for (const key of new Set([...a.keys(), ...b.keys()])) compare(`${prefix}.${key}`, a.get(key), b.get(key));
}

function envMap(env: string[]): Map<string, string> {
  return new Map(env.map((line) => {
    const equals = line.indexOf('=');
    return equals === -1 ? [line, ''] : [line.slice(0, equals), line.slice(equals + 1)];
  }));
}

/**
 * History entries pair up by position only when both images have as many; their creation times
 * are one difference (a builder stamps them all at once), shown by its first differing pair.
 */
function diffHistory(a: HistoryEntry[], b: HistoryEntry[]): ConfigDifference[] {
  if (a.length !== b.length) return [{ field: 'history.length', a: String(a.length), b: String(b.length) }];
  const differences: ConfigDifference[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i].createdBy !== b[i].createdBy) differences.push({ field: `history[${i}].created_by`, a: a[i].createdBy, b: b[i].createdBy });
  }
  const created = a.findIndex((entry, i) => entry.created !== b[i].created);
  if (created >= 0) differences.push({ field: 'history.created', a: a[created].created, b: b[created].created });
  return differences;
}

function sharedLayers(a: ImageIndex, b: ImageIndex): number {
  let shared = 0;
  while (shared < a.layers.length && shared < b.layers.length && a.layers[shared].diffId !== undefined && a.layers[shared].diffId === b.layers[shared].diffId) shared++;
  return shared;
}

function asText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
