import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  DEFAULT_MAX_FILE_BYTES,
  contextRootFor,
  contextUnchanged,
  discoverFiles,
  prepareAudit
} from "./chunk-RV6OXUEF.js";
import {
  interpolate,
  loadComposeParser,
  parseDotEnv
} from "./chunk-3AQNB5RO.js";
import {
  readRegularFile
} from "./chunk-O33AYLXZ.js";
import {
  compareFindings
} from "./chunk-DK4JW3AF.js";

// src/engine/cache.ts
import { createHash, randomBytes } from "node:crypto";
import fs3 from "node:fs";
import os from "node:os";
import path3 from "node:path";

// src/engine/cache-layout.ts
import fs from "node:fs";
import path from "node:path";
var TAG_FILE = "CACHEDIR.TAG";
var RESULTS_FOLDER = "results";
var IN_USE_MARKER = "in-use";
var IMAGE_STORE_FOLDER = "harness-images";
var HARNESS_FOLDERS = /* @__PURE__ */ new Set(["cpu-helpers", IMAGE_STORE_FOLDER]);
var SUBFOLDER = "repro-audit-cache";
var LEGACY_BUILD_FOLDER = /^[0-9a-f]{16}$/;
var TAG_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55";
var TAG_TEXT = `${TAG_SIGNATURE}
# This file is a cache directory tag created by repro-audit.
# For information about cache directory tags, see https://bford.info/cachedir/
`;
function isTagged(dir) {
  try {
    return fs.readFileSync(path.join(dir, TAG_FILE), "utf8").startsWith(`${TAG_SIGNATURE}
# This file is a cache directory tag created by repro-audit.`);
  } catch {
    return false;
  }
}
function isOurName(name) {
  return HARNESS_FOLDERS.has(name) || LEGACY_BUILD_FOLDER.test(name);
}
function locateCache(root) {
  if (isTagged(root)) return { dir: root, isRoot: true };
  let names;
  try {
    names = fs.readdirSync(root);
  } catch (error) {
    if (error.code === "ENOENT") return { dir: root, isRoot: true };
    return { dir: path.join(root, SUBFOLDER), isRoot: false };
  }
  if (names.every(isOurName)) return { dir: root, isRoot: true };
  return { dir: path.join(root, SUBFOLDER), isRoot: false };
}
function claimBase(base, root) {
  try {
    if (base.isRoot) fs.mkdirSync(base.dir, { recursive: true });
    else {
      try {
        fs.mkdirSync(base.dir);
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
        if (!isRealDirectory(base.dir) || !isTagged(base.dir)) return { refused: `${base.dir} exists and is not a repro-audit cache` };
        return { dir: base.dir };
      }
    }
    writeTag(base.dir);
  } catch (error) {
    return { refused: `cannot create ${base.dir}: ${error.code ?? error.message}` };
  }
  const notice = base.isRoot ? void 0 : `${root} holds files that are not repro-audit's, so results are cached in ${base.dir}`;
  return { dir: base.dir, notice };
}
function writeTag(dir) {
  try {
    fs.writeFileSync(path.join(dir, TAG_FILE), TAG_TEXT, { flag: "wx" });
  } catch (error) {
    if (error.code !== "EEXIST") throw error;
  }
}
function ensureFolder(parent, name) {
  const dir = path.join(parent, name);
  try {
    fs.mkdirSync(dir);
    return true;
  } catch (error) {
    return error.code === "EEXIST" && isRealDirectory(dir);
  }
}
function touchInUse(buildDir, create) {
  const marker = path.join(buildDir, IN_USE_MARKER);
  const now = /* @__PURE__ */ new Date();
  try {
    fs.lutimesSync(marker, now, now);
  } catch (error) {
    if (!create) throw error;
    fs.writeFileSync(marker, "", { flag: "wx" });
  }
}
function isRealDirectory(dir) {
  try {
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}

// src/engine/cache-prune.ts
import fs2 from "node:fs";
import path2 from "node:path";
var DEFAULT_PRUNE_LIMITS = {
  maxBytes: 256 * 1024 * 1024,
  maxAgeMs: 30 * 24 * 36e5,
  idleMs: 7 * 24 * 36e5
};
var TEMPORARY_GRACE_MS = 36e5;
var SIZE_MARGIN = 0.8;
var ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
var TEMPORARY_NAME = /^[0-9a-f]{64}\.json\.\d+\.[0-9a-z]+\.tmp$/;
var LEGACY_SHARD = /^[0-9a-f]{2}$/;
var LEGACY_FILE = /^[0-9a-f]{62}\.json(\.\d+\.[0-9a-z]+\.tmp)?$/;
function pruneCache(base, ownBuild, limits, now = Date.now()) {
  const results = path2.join(base.dir, RESULTS_FOLDER);
  const candidates = [];
  for (const name of namesIn(results)) {
    const dir = path2.join(results, name);
    const marker = lstatOrUndefined(path2.join(dir, IN_USE_MARKER));
    if (!marker?.isFile() || !isRealDirectory(dir)) continue;
    const idle = name !== ownBuild && now - marker.mtimeMs > limits.idleMs;
    if (name !== ownBuild && !idle) continue;
    for (const file of namesIn(dir)) {
      const entry = regularFile(path2.join(dir, file));
      if (!entry) continue;
      if (TEMPORARY_NAME.test(file) && (idle || now - entry.mtimeMs > TEMPORARY_GRACE_MS)) remove(entry.file);
      else if (ENTRY_NAME.test(file)) {
        if (idle || now - entry.mtimeMs > limits.maxAgeMs) remove(entry.file);
        else candidates.push(entry);
      }
    }
    if (idle) {
      remove(path2.join(dir, IN_USE_MARKER));
      removeIfEmpty(dir);
    }
  }
  pruneForSize(candidates, limits.maxBytes);
  if (base.isRoot) pruneLegacy(base.dir, limits.idleMs, now);
}
function pruneForSize(entries, maxBytes) {
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total <= maxBytes) return;
  entries.sort((a, b) => a.mtimeMs - b.mtimeMs);
  for (const entry of entries) {
    if (total <= maxBytes * SIZE_MARGIN) break;
    remove(entry.file);
    total -= entry.size;
  }
}
function pruneLegacy(root, idleMs, now) {
  for (const name of namesIn(root)) {
    if (!LEGACY_BUILD_FOLDER.test(name)) continue;
    const dir = path2.join(root, name);
    if (!isRealDirectory(dir)) continue;
    for (const shard of namesIn(dir)) {
      const shardDir = path2.join(dir, shard);
      if (!LEGACY_SHARD.test(shard) || !isRealDirectory(shardDir)) continue;
      for (const file of namesIn(shardDir)) {
        const entry = LEGACY_FILE.test(file) ? regularFile(path2.join(shardDir, file)) : void 0;
        if (entry && now - entry.mtimeMs > idleMs) remove(entry.file);
      }
      removeIfEmpty(shardDir);
    }
    removeIfEmpty(dir);
  }
}
function namesIn(dir) {
  try {
    return fs2.readdirSync(dir);
  } catch {
    return [];
  }
}
function lstatOrUndefined(file) {
  try {
    return fs2.lstatSync(file);
  } catch {
    return void 0;
  }
}
function regularFile(file) {
  const stat = lstatOrUndefined(file);
  return stat?.isFile() ? { file, size: stat.size, mtimeMs: stat.mtimeMs } : void 0;
}
function remove(file) {
  try {
    fs2.unlinkSync(file);
  } catch {
  }
}
function removeIfEmpty(dir) {
  try {
    fs2.rmdirSync(dir);
  } catch {
  }
}

// src/engine/cache.ts
var ENTRY_FORMAT = "repro-audit-cache 2";
var MAX_ENTRY_BYTES = 64 * 1024 * 1024;
var BUILD_ID = /^(?!\.\.?$)[A-Za-z0-9._-]+$/;
function defaultCacheDir(env = process.env) {
  if (env.REPRO_AUDIT_CACHE_DIR) return env.REPRO_AUDIT_CACHE_DIR;
  return path3.join(env.XDG_CACHE_HOME || path3.join(os.homedir(), ".cache"), "repro-audit");
}
function encodeEntry(key, result) {
  const payload = JSON.stringify(result);
  return `${ENTRY_FORMAT} ${digestOf(key, payload)}
${payload}`;
}
function decodeEntry(key, bytes) {
  const newline = bytes.indexOf(10);
  if (newline < 0) return void 0;
  const header = bytes.subarray(0, newline).toString("latin1");
  const payload = bytes.subarray(newline + 1).toString("utf8");
  if (header !== `${ENTRY_FORMAT} ${digestOf(key, payload)}`) return void 0;
  try {
    const result = JSON.parse(payload);
    return Array.isArray(result.findings) && Array.isArray(result.errors) && Array.isArray(result.dependencies) ? result : void 0;
  } catch {
    return void 0;
  }
}
function digestOf(key, payload) {
  return createHash("sha256").update(key).update("\n").update(payload).digest("hex");
}
var ResultCache = class {
  /** `id` names the build of repro-audit: entries of other builds are never read. */
  constructor(root, id, options = {}) {
    this.root = root;
    this.id = id;
    this.limits = { ...DEFAULT_PRUNE_LIMITS, ...options.limits };
  }
  root;
  id;
  base;
  /** The build folder once it is known to exist; null once writing proved impossible. */
  writable;
  written = 0;
  touched = false;
  /** What the user should know about where results went (said once, when it happens). */
  notices = [];
  limits;
  key(parts, content) {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.update(content).digest("hex");
  }
  get(key) {
    if (!BUILD_ID.test(this.id)) return void 0;
    if (!this.touched) {
      this.touched = true;
      try {
        touchInUse(this.buildDir(), false);
      } catch {
      }
    }
    const read = readRegularFile(path3.join(this.buildDir(), `${key}.json`), MAX_ENTRY_BYTES);
    return "bytes" in read ? decodeEntry(key, read.bytes) : void 0;
  }
  /**
   * Writes an entry: a temporary created exclusively (it can replace nothing) renamed onto the
   * entry's name, inside our own build folder. Never fails the audit: a read-only or full disk, or
   * a folder that is not ours, only means no cache.
   */
  set(key, result) {
    const dir = this.claim();
    if (!dir) return;
    const file = path3.join(dir, `${key}.json`);
    const temporary = `${file}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    let created = false;
    try {
      const descriptor = fs3.openSync(temporary, "wx");
      created = true;
      try {
        fs3.writeFileSync(descriptor, encodeEntry(key, result));
      } finally {
        fs3.closeSync(descriptor);
      }
      fs3.renameSync(temporary, file);
      this.written++;
    } catch {
      if (created) fs3.rmSync(temporary, { force: true });
    }
  }
  /** After a run that wrote entries: removes what is too old or too much (see cache-prune.ts). */
  prune() {
    if (this.written === 0 || !this.writable) return;
    pruneCache(this.locate(), this.id, this.limits);
  }
  locate() {
    this.base ??= locateCache(this.root);
    return this.base;
  }
  buildDir() {
    return path3.join(this.locate().dir, RESULTS_FOLDER, this.id);
  }
  /** Our base, results and build folders, made or checked once; the build marked in use. */
  claim() {
    if (this.writable !== void 0) return this.writable;
    this.writable = null;
    if (!BUILD_ID.test(this.id)) return null;
    const claimed = claimBase(this.locate(), this.root);
    if ("refused" in claimed) {
      this.notices.push(`results are not cached: ${claimed.refused}`);
      return null;
    }
    if (claimed.notice) this.notices.push(claimed.notice);
    const results = path3.join(claimed.dir, RESULTS_FOLDER);
    if (!ensureFolder(claimed.dir, RESULTS_FOLDER) || !ensureFolder(results, this.id)) return null;
    try {
      touchInUse(path3.join(results, this.id), true);
    } catch {
      return null;
    }
    this.writable = path3.join(results, this.id);
    return this.writable;
  }
};

// src/engine/run.ts
import path5 from "node:path";

// src/engine/compose-builds.ts
import fs4 from "node:fs";
import path4 from "node:path";
var MAX_COMPOSE_BYTES = 1024 * 1024;
async function addComposeBuilds(discovery, targets, cwd) {
  const composeFiles = discovery.files.filter((file) => discovery.kinds.get(file) === "compose");
  if (composeFiles.length === 0) return;
  const { parseCompose } = await loadComposeParser();
  const byPath = new Map(discovery.files.map((file) => [path4.resolve(cwd, file), file]));
  for (const file of composeFiles) {
    const absolute = path4.resolve(cwd, file);
    const read = readRegularFile(absolute, MAX_COMPOSE_BYTES);
    if ("problem" in read) continue;
    const dir = path4.dirname(absolute);
    const envRead = readRegularFile(path4.join(dir, ".env"), MAX_COMPOSE_BYTES);
    const environment = "bytes" in envRead ? parseDotEnv(envRead.bytes.toString("utf8")) : /* @__PURE__ */ new Map();
    const lookup = (name) => environment.get(name);
    for (const service of parseCompose(read.bytes.toString("utf8"), file, environment).services) {
      const build = service.build;
      if (!build || build.inline) continue;
      const context = interpolate(build.context, lookup).value;
      const dockerfile = interpolate(build.dockerfile ?? "Dockerfile", lookup).value;
      if (context === void 0 || dockerfile === void 0 || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith("git@")) continue;
      const contextDir = path4.resolve(dir, context);
      const dockerfilePath = path4.resolve(contextDir, dockerfile);
      let shown = byPath.get(dockerfilePath);
      if (!shown) {
        if (!isRegularFile(dockerfilePath) || !isInside(dockerfilePath, discovery.searchRoots.get(file) ?? cwd)) {
          discovery.notices.push(`${file}: service ${service.name} builds ${path4.relative(cwd, dockerfilePath) || dockerfilePath}, which is not a file in the searched tree; not audited`);
          continue;
        }
        shown = path4.relative(cwd, dockerfilePath) || dockerfilePath;
        byPath.set(dockerfilePath, shown);
        discovery.files.push(shown);
        discovery.kinds.set(shown, "dockerfile");
      }
      const target = targets.get(shown);
      if (target?.context !== void 0) continue;
      const buildArgs = {};
      for (const [name, value] of Object.entries(build.args)) {
        const expanded = interpolate(value, lookup).value;
        if (expanded !== void 0) buildArgs[name] = expanded;
      }
      targets.set(shown, { kind: "dockerfile", context: contextDir, buildArgs });
    }
  }
}
function isRegularFile(file) {
  try {
    return fs4.lstatSync(file).isFile();
  } catch {
    return false;
  }
}
function isInside(file, root) {
  try {
    const relative = path4.relative(fs4.realpathSync(root), fs4.realpathSync(file));
    return relative !== "" && !relative.startsWith("..") && !path4.isAbsolute(relative);
  } catch {
    return false;
  }
}

// src/engine/run.ts
async function runAudit(options) {
  const prepared = await prepareAudit(options);
  const discovery = discoverFiles(options.paths, options.cwd, options.applyIgnorePaths === false ? [] : prepared.config.ignorePaths, prepared.config.root);
  const targets = new Map([...discovery.kinds].map(([file, kind]) => [file, { kind }]));
  await addComposeBuilds(discovery, targets, options.cwd);
  const rootOf = (file) => targets.get(file)?.context ?? contextRootFor(file, targets.get(file).kind, options.cwd, options.context);
  const cache = options.cache && !options.rulesModules?.length ? new ResultCache(options.cache.dir, options.cache.id, { limits: options.cache.limits }) : void 0;
  const settings = cache ? settingsFingerprint(prepared, options) : "";
  const results = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  const preread = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  for (const file of discovery.files) {
    const key = cache && cacheKey(cache, [settings, ...targetKey(targets.get(file), prepared)], file, rootOf(file), options, preread);
    if (!cache || !key) continue;
    keys.set(file, key);
    const hit = cache.get(key);
    if (hit && contextUnchanged(rootOf(file), hit.dependencies)) {
      results.set(file, { findings: hit.findings.map((finding) => renamed(finding, CACHED_FILE, file)), errors: hit.errors.map((error) => ({ ...error, file })) });
      sources.set(file, preread.get(file).toString("utf8"));
    }
  }
  const misses = discovery.files.filter((file) => !results.has(file));
  if (misses.length > 0) {
    const { auditFiles } = await import("./parallel-7WE5ML76.js");
    const audited = await auditFiles(misses, { ...options, recordDependencies: cache !== void 0 }, prepared, preread, targets);
    misses.forEach((file, index) => {
      const result = audited[index];
      results.set(file, result);
      if (result.text !== void 0) sources.set(file, result.text);
      const key = keys.get(file);
      if (cache && key && result.dependencies) cache.set(key, { findings: result.findings.map((finding) => renamed(finding, file, CACHED_FILE)), errors: result.errors, dependencies: result.dependencies });
    });
    cache?.prune();
  }
  const findings = [];
  const errors = [...discovery.errors];
  for (const file of discovery.files) {
    const result = results.get(file);
    findings.push(...result.findings);
    errors.push(...result.errors);
  }
  findings.sort(compareFindings);
  const notices = [...discovery.notices, ...cache?.notices ?? []];
  return { findings, errors, rules: prepared.rules, files: discovery.files, config: prepared.config, buildArgs: prepared.buildArgs, failOn: prepared.config.failOn, sources, notices, ignored: discovery.ignored };
}
var CACHED_FILE = "";
function renamed(finding, from, to) {
  const name = (file) => file === from ? to : file;
  return { ...finding, file: name(finding.file), ...finding.related ? { related: finding.related.map((location) => ({ ...location, file: name(location.file) })) } : {} };
}
function settingsFingerprint(prepared, options) {
  return JSON.stringify({
    rules: prepared.rules.map((rule) => rule.id),
    // The audit's time matters only to the age of lock entries: see targetKey.
    settings: { ...prepared.settings, now: void 0 },
    ruleSettings: [...prepared.ruleSettings].map(([id, setting]) => [id, setting.enabled, setting.severity, setting.options]),
    buildArgs: prepared.buildArgs,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  });
}
function targetKey(target, prepared) {
  const parts = [target.kind, JSON.stringify(target.buildArgs ?? {})];
  if (target.kind === "flake-lock") parts.push(new Date(prepared.settings.now).toISOString().slice(0, 10));
  return parts;
}
function cacheKey(cache, settings, file, contextRoot, options, preread) {
  const absolute = path5.resolve(options.cwd, file);
  const read = readRegularFile(absolute, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if ("problem" in read) return void 0;
  preread.set(file, read.bytes);
  return cache.key([...settings, absolute, contextRoot], read.bytes);
}

export {
  IMAGE_STORE_FOLDER,
  locateCache,
  claimBase,
  ensureFolder,
  defaultCacheDir,
  runAudit
};
