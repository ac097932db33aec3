import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/engine/cache.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var ENTRY_VERSION = 1;
function defaultCacheDir(env = process.env) {
  if (env.REPRO_AUDIT_CACHE_DIR) return env.REPRO_AUDIT_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "repro-audit");
}
var ResultCache = class {
  /** `id` names the build of repro-audit: entries of other builds are never read, and are removed. */
  constructor(root, id) {
    this.root = root;
    this.directory = path.join(root, id);
  }
  root;
  directory;
  pruned = false;
  key(parts, content) {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.update(content).digest("hex");
  }
  get(key) {
    try {
      const entry = JSON.parse(fs.readFileSync(this.fileOf(key), "utf8"));
      return entry.version === ENTRY_VERSION ? entry : void 0;
    } catch {
      return void 0;
    }
  }
  /** Never fails the audit: a read-only or full disk only means no cache. */
  set(key, result) {
    try {
      this.pruneOtherBuilds();
      const file = this.fileOf(key);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify({ version: ENTRY_VERSION, ...result }));
      fs.renameSync(temporary, file);
    } catch {
    }
  }
  fileOf(key) {
    return path.join(this.directory, key.slice(0, 2), `${key.slice(2)}.json`);
  }
  /** Only the current build's entries are kept, so the cache never grows across upgrades. */
  pruneOtherBuilds() {
    if (this.pruned) return;
    this.pruned = true;
    let entries = [];
    try {
      entries = fs.readdirSync(this.root);
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry !== path.basename(this.directory)) fs.rmSync(path.join(this.root, entry), { recursive: true, force: true });
    }
  }
};

export {
  defaultCacheDir,
  ResultCache
};
