import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileError, Finding } from '../findings/index.js';
import { readRegularFile } from '../safe-fs/index.js';
import { claimBase, ensureFolder, locateCache, RESULTS_FOLDER, touchInUse, type CacheBase } from './cache-layout.js';
import { DEFAULT_PRUNE_LIMITS, pruneCache, type PruneLimits } from './cache-prune.js';
import type { ContextDependency } from './context.js';

/**
 * Results of unchanged files, reused across runs (as ruff and ESLint's --cache do): the same text
 * is never parsed twice. An entry is found by a key over everything a file's result depends on
 * (the build of repro-audit, the settings, the file's path, context and bytes) and is used only if
 * every build-context file the rules looked at still looks the same. Its folders and what may be
 * removed from them: cache-layout.ts and cache-prune.ts.
 */
export interface CachedResult {
  findings: Finding[];
  errors: FileError[];
  dependencies: ContextDependency[];
}

/**
 * An entry is one header line, then the result as JSON. The header's digest covers the key and
 * the JSON, so a damaged or truncated entry (a full disk, an edit, a file copied under another
 * name) is a miss, never a clean result.
 */
const ENTRY_FORMAT = 'repro-audit-cache 2';
/** Larger entries are not read (a result of 10,000 findings is a few MiB). */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;
/** A build id is one folder name. */
const BUILD_ID = /^(?!\.\.?$)[A-Za-z0-9._-]+$/;

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REPRO_AUDIT_CACHE_DIR) return env.REPRO_AUDIT_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'repro-audit');
}

export function encodeEntry(key: string, result: CachedResult): string {
  const payload = JSON.stringify(result);
  return `${ENTRY_FORMAT} ${digestOf(key, payload)}\n${payload}`;
}

export function decodeEntry(key: string, bytes: Buffer): CachedResult | undefined {
  const newline = bytes.indexOf(10);
  if (newline < 0) return undefined;
  const header = bytes.subarray(0, newline).toString('latin1');
  const payload = bytes.subarray(newline + 1).toString('utf8');
  if (header !== `${ENTRY_FORMAT} ${digestOf(key, payload)}`) return undefined;
  try {
    const result = JSON.parse(payload) as CachedResult;
    return Array.isArray(result.findings) && Array.isArray(result.errors) && Array.isArray(result.dependencies) ? result : undefined;
  } catch {
    return undefined;
  }
}

function digestOf(key: string, payload: string): string {
  return createHash('sha256').update(key).update('\n').update(payload).digest('hex');
}

export interface ResultCacheOptions {
  limits?: Partial<PruneLimits>;
}

export class ResultCache {
  private base: CacheBase | undefined;
  /** The build folder once it is known to exist; null once writing proved impossible. */
  private writable: string | null | undefined;
  private written = 0;
  private touched = false;
  /** What the user should know about where results went (said once, when it happens). */
  readonly notices: string[] = [];
  private readonly limits: PruneLimits;

  /** `id` names the build of repro-audit: entries of other builds are never read. */
  constructor(
    private readonly root: string,
    private readonly id: string,
    options: ResultCacheOptions = {},
  ) {
    this.limits = { ...DEFAULT_PRUNE_LIMITS, ...options.limits };
  }

  key(parts: readonly string[], content: Uint8Array): string {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(part).update('\0');
    return hash.update(content).digest('hex');
  }

  get(key: string): CachedResult | undefined {
    if (!BUILD_ID.test(this.id)) return undefined;
    if (!this.touched) {
      // Reading counts as use too: pruning by another build leaves a folder in use alone.
      this.touched = true;
      try {
        touchInUse(this.buildDir(), false);
      } catch {
        // Not there yet: nothing to read either.
      }
    }
    const read = readRegularFile(path.join(this.buildDir(), `${key}.json`), MAX_ENTRY_BYTES);
    return 'bytes' in read ? decodeEntry(key, read.bytes) : undefined;
  }

  /**
   * Writes an entry: a temporary created exclusively (it can replace nothing) renamed onto the
   * entry's name, inside our own build folder. Never fails the audit: a read-only or full disk, or
   * a folder that is not ours, only means no cache.
   */
  set(key: string, result: CachedResult): void {
    const dir = this.claim();
    if (!dir) return;
    const file = path.join(dir, `${key}.json`);
    const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    let created = false;
    try {
      const descriptor = fs.openSync(temporary, 'wx');
      created = true;
      try {
        fs.writeFileSync(descriptor, encodeEntry(key, result));
      } finally {
        fs.closeSync(descriptor);
      }
      fs.renameSync(temporary, file);
      this.written++;
    } catch {
      // Only what this call created is removed: an existing file of that name is not ours.
      if (created) fs.rmSync(temporary, { force: true });
    }
  }

  /** After a run that wrote entries: removes what is too old or too much (see cache-prune.ts). */
  prune(): void {
    if (this.written === 0 || !this.writable) return;
    pruneCache(this.locate(), this.id, this.limits);
  }

  private locate(): CacheBase {
    this.base ??= locateCache(this.root);
    return this.base;
  }

  private buildDir(): string {
    return path.join(this.locate().dir, RESULTS_FOLDER, this.id);
  }

  /** Our base, results and build folders, made or checked once; the build marked in use. */
  private claim(): string | null {
    if (this.writable !== undefined) return this.writable;
    this.writable = null;
    if (!BUILD_ID.test(this.id)) return null;
    const claimed = claimBase(this.locate(), this.root);
    if ('refused' in claimed) {
      this.notices.push(`results are not cached: ${claimed.refused}`);
      return null;
    }
    if (claimed.notice) this.notices.push(claimed.notice);
    const results = path.join(claimed.dir, RESULTS_FOLDER);
    if (!ensureFolder(claimed.dir, RESULTS_FOLDER) || !ensureFolder(results, this.id)) return null;
    try {
      touchInUse(path.join(results, this.id), true);
    } catch {
      return null;
    }
    this.writable = path.join(results, this.id);
    return this.writable;
  }
}
