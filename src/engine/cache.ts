import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileError, Finding } from '../findings/finding.js';
import type { ContextDependency } from './context.js';

/**
 * Results of unchanged files, reused across runs (as ruff and ESLint's --cache do): the same text
 * is never parsed twice. An entry is found by a key over everything a file's result depends on
 * (the build of repro-audit, the settings, the file's path, context and bytes) and is used only if
 * every build-context file the rules looked at still looks the same.
 */
export interface CachedResult {
  findings: Finding[];
  errors: FileError[];
  dependencies: ContextDependency[];
}

const ENTRY_VERSION = 1;

export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.REPRO_AUDIT_CACHE_DIR) return env.REPRO_AUDIT_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'repro-audit');
}

export class ResultCache {
  private readonly directory: string;
  private pruned = false;

  /** `id` names the build of repro-audit: entries of other builds are never read, and are removed. */
  constructor(
    private readonly root: string,
    id: string,
  ) {
    this.directory = path.join(root, id);
  }

  key(parts: readonly string[], content: Uint8Array): string {
    const hash = createHash('sha256');
    for (const part of parts) hash.update(part).update('\0');
    return hash.update(content).digest('hex');
  }

  get(key: string): CachedResult | undefined {
    try {
      const entry = JSON.parse(fs.readFileSync(this.fileOf(key), 'utf8')) as CachedResult & { version: number };
      return entry.version === ENTRY_VERSION ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  /** Never fails the audit: a read-only or full disk only means no cache. */
  set(key: string, result: CachedResult): void {
    try {
      this.pruneOtherBuilds();
      const file = this.fileOf(key);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify({ version: ENTRY_VERSION, ...result }));
      fs.renameSync(temporary, file);
    } catch {
      // the cache is an optimisation
    }
  }

  private fileOf(key: string): string {
    return path.join(this.directory, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  /** Only the current build's entries are kept, so the cache never grows across upgrades. */
  private pruneOtherBuilds(): void {
    if (this.pruned) return;
    this.pruned = true;
    let entries: string[] = [];
    try {
      entries = fs.readdirSync(this.root);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry !== path.basename(this.directory)) fs.rmSync(path.join(this.root, entry), { recursive: true, force: true });
    }
  }
}
