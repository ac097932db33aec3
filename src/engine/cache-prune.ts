import fs from 'node:fs';
import path from 'node:path';
import { IN_USE_MARKER, isRealDirectory, LEGACY_BUILD_FOLDER, RESULTS_FOLDER } from './cache-layout.js';

/** How much the cache may keep. */
export interface PruneLimits {
  /** Total size of the entries kept (this build's and idle builds' ones; a live build's are its own). */
  maxBytes: number;
  /** Entries older than this are removed. */
  maxAgeMs: number;
  /** A build folder whose marker no run touched for this long is removed whole. */
  idleMs: number;
}

export const DEFAULT_PRUNE_LIMITS: PruneLimits = {
  maxBytes: 256 * 1024 * 1024,
  maxAgeMs: 30 * 24 * 3600_000,
  idleMs: 7 * 24 * 3600_000,
};

/** A temporary younger than this may belong to a run that is writing it. */
const TEMPORARY_GRACE_MS = 3600_000;
/** Pruning for size goes this far below the bound, so the next runs do not prune again at once. */
const SIZE_MARGIN = 0.8;

/** Names this cache writes inside a build folder: nothing else there is ever removed. */
export const ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
const TEMPORARY_NAME = /^[0-9a-f]{64}\.json\.\d+\.[0-9a-z]+\.tmp$/;
/** What versions before this layout wrote: `<root>/<build id>/<2 hex>/<62 hex>.json` (and temporaries). */
const LEGACY_SHARD = /^[0-9a-f]{2}$/;
const LEGACY_FILE = /^[0-9a-f]{62}\.json(\.\d+\.[0-9a-z]+\.tmp)?$/;

interface Entry {
  file: string;
  size: number;
  mtimeMs: number;
}

/**
 * Removes what the cache no longer needs, and only files it recognises as its own: entries and
 * temporaries by their names, in build folders that carry our marker, in our tagged base. A file
 * or folder it does not recognise is never removed, whatever its place; a folder is removed only
 * when it is empty (rmdir). Another build's folder is left alone while a run of it touched its
 * marker recently: it may be in use right now.
 */
export function pruneCache(base: { dir: string; isRoot: boolean }, ownBuild: string, limits: PruneLimits, now = Date.now()): void {
  const results = path.join(base.dir, RESULTS_FOLDER);
  const candidates: Entry[] = [];
  for (const name of namesIn(results)) {
    const dir = path.join(results, name);
    const marker = lstatOrUndefined(path.join(dir, IN_USE_MARKER));
    if (!marker?.isFile() || !isRealDirectory(dir)) continue;
    const idle = name !== ownBuild && now - marker.mtimeMs > limits.idleMs;
    if (name !== ownBuild && !idle) continue;
    for (const file of namesIn(dir)) {
      const entry = regularFile(path.join(dir, file));
      if (!entry) continue;
      if (TEMPORARY_NAME.test(file) && (idle || now - entry.mtimeMs > TEMPORARY_GRACE_MS)) remove(entry.file);
      else if (ENTRY_NAME.test(file)) {
        if (idle || now - entry.mtimeMs > limits.maxAgeMs) remove(entry.file);
        else candidates.push(entry);
      }
    }
    if (idle) {
      remove(path.join(dir, IN_USE_MARKER));
      removeIfEmpty(dir);
    }
  }
  pruneForSize(candidates, limits.maxBytes);
  if (base.isRoot) pruneLegacy(base.dir, limits.idleMs, now);
}

/** Oldest first, until the entries kept are well under the bound. */
function pruneForSize(entries: Entry[], maxBytes: number): void {
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total <= maxBytes) return;
  entries.sort((a, b) => a.mtimeMs - b.mtimeMs);
  for (const entry of entries) {
    if (total <= maxBytes * SIZE_MARGIN) break;
    remove(entry.file);
    total -= entry.size;
  }
}

/** Build folders of the previous layout, once no run of those versions wrote to them for a while. */
function pruneLegacy(root: string, idleMs: number, now: number): void {
  for (const name of namesIn(root)) {
    if (!LEGACY_BUILD_FOLDER.test(name)) continue;
    const dir = path.join(root, name);
    if (!isRealDirectory(dir)) continue;
    for (const shard of namesIn(dir)) {
      const shardDir = path.join(dir, shard);
      if (!LEGACY_SHARD.test(shard) || !isRealDirectory(shardDir)) continue;
      for (const file of namesIn(shardDir)) {
        const entry = LEGACY_FILE.test(file) ? regularFile(path.join(shardDir, file)) : undefined;
        if (entry && now - entry.mtimeMs > idleMs) remove(entry.file);
      }
      removeIfEmpty(shardDir);
    }
    removeIfEmpty(dir);
  }
}

function namesIn(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

function lstatOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(file);
  } catch {
    return undefined;
  }
}

function regularFile(file: string): Entry | undefined {
  const stat = lstatOrUndefined(file);
  return stat?.isFile() ? { file, size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
}

function remove(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Removed by another run meanwhile, or not ours to remove after all: either way, kept or gone.
  }
}

function removeIfEmpty(dir: string): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // Not empty (something we do not recognise is in it) or already gone.
  }
}
