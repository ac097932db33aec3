import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  combineRules,
  loadUserRules,
  virtual_repro_audit_rules_default
} from "./chunk-B7KJDD6V.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  discoverDockerfiles
} from "./chunk-URTYYL5A.js";
import {
  ConfigError,
  defaultConfig,
  discoverConfig
} from "./chunk-GMFFGHFY.js";
import {
  compareFindings
} from "./chunk-D5OME3K6.js";
import {
  readRegularFile
} from "./chunk-VR3CR3V5.js";

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

// src/engine/context.ts
import { createHash as createHash2 } from "node:crypto";
import fs2 from "node:fs";
import path2 from "node:path";
var MAX_CONTEXT_FILE_BYTES = 1024 * 1024;
function createContextReader(root) {
  const absoluteRoot = path2.resolve(root);
  let realRoot;
  const cache = /* @__PURE__ */ new Map();
  const resolveInside = (relativePath) => {
    const candidate = path2.resolve(absoluteRoot, relativePath.replace(/^\/+/, ""));
    if (candidate !== absoluteRoot && !candidate.startsWith(absoluteRoot + path2.sep)) return void 0;
    try {
      realRoot ??= fs2.realpathSync(absoluteRoot);
      const real = fs2.realpathSync(candidate);
      return real === realRoot || real.startsWith(realRoot + path2.sep) ? real : void 0;
    } catch {
      return void 0;
    }
  };
  return {
    root: absoluteRoot,
    exists: (relativePath) => resolveInside(relativePath) !== void 0,
    readText(relativePath) {
      if (cache.has(relativePath)) return cache.get(relativePath);
      let text;
      const file = resolveInside(relativePath);
      if (file) {
        const read = readRegularFile(file, MAX_CONTEXT_FILE_BYTES);
        if ("bytes" in read) text = read.bytes.toString("utf8");
      }
      cache.set(relativePath, text);
      return text;
    }
  };
}
function contextRootOf(file, cwd, context) {
  return context ? path2.resolve(cwd, context) : path2.dirname(path2.resolve(cwd, file));
}
function createRecordingContextReader(root) {
  const inner = createContextReader(root);
  const dependencies = [];
  const reader = {
    root: inner.root,
    exists(relativePath) {
      const present = inner.exists(relativePath);
      dependencies.push({ path: relativePath, kind: "exists", seen: present ? "yes" : "no" });
      return present;
    },
    readText(relativePath) {
      const text = inner.readText(relativePath);
      dependencies.push({ path: relativePath, kind: "text", seen: seenText(text) });
      return text;
    }
  };
  return { reader, dependencies };
}
function contextUnchanged(root, dependencies) {
  const reader = createContextReader(root);
  return dependencies.every(
    (dependency) => dependency.kind === "exists" ? (reader.exists(dependency.path) ? "yes" : "no") === dependency.seen : seenText(reader.readText(dependency.path)) === dependency.seen
  );
}
function seenText(text) {
  return text === void 0 ? "missing" : createHash2("sha1").update(text).digest("hex");
}

// src/engine/prepare.ts
import path3 from "node:path";
async function prepareAudit(options) {
  const configFile = options.configFile === false ? void 0 : options.configFile ? path3.resolve(options.cwd, options.configFile) : discoverConfig(options.cwd);
  const config = configFile ? (await import("./config-file-4QF4OKWX.js")).loadConfig(configFile) : defaultConfig(options.cwd);
  const userRules = [];
  for (const specifier of options.rulesModules ?? []) userRules.push(...await loadUserRules(specifier, options.cwd));
  const rules = combineRules(virtual_repro_audit_rules_default, userRules);
  return {
    config,
    rules,
    ruleSettings: resolveRuleSettings(config, rules),
    settings: { trustedRegistries: config.trustedRegistries },
    buildArgs: { ...config.buildArgs, ...options.buildArgs }
  };
}
function resolveRuleSettings(config, rules) {
  const settings = /* @__PURE__ */ new Map();
  for (const [key, setting] of config.rules) {
    const rule = rules.find((candidate) => candidate.id.toUpperCase() === key.toUpperCase() || candidate.name === key);
    if (!rule) throw new ConfigError(config.file ?? ".repro-audit.yml", setting.line, `unknown rule \`${key}\` (see \`repro-audit rules\`)`);
    settings.set(rule.id, setting);
  }
  return settings;
}

// src/engine/run.ts
import path4 from "node:path";
async function runAudit(options) {
  const prepared = await prepareAudit(options);
  const discovery = discoverDockerfiles(options.paths, options.cwd, prepared.config.ignorePaths, prepared.config.root);
  const cache = options.cache && !options.digests && !options.rulesModules?.length ? new ResultCache(options.cache.dir, options.cache.id) : void 0;
  const settings = cache ? settingsFingerprint(prepared, options) : "";
  const results = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  const preread = /* @__PURE__ */ new Map();
  const sources = /* @__PURE__ */ new Map();
  for (const file of discovery.files) {
    const key = cache && cacheKey(cache, settings, file, options, preread);
    if (!cache || !key) continue;
    keys.set(file, key);
    const hit = cache.get(key);
    if (hit && contextUnchanged(contextRootOf(file, options.cwd, options.context), hit.dependencies)) {
      results.set(file, { findings: hit.findings.map((finding) => ({ ...finding, file })), errors: hit.errors.map((error) => ({ ...error, file })) });
      sources.set(file, preread.get(file).toString("utf8"));
    }
  }
  const misses = discovery.files.filter((file) => !results.has(file));
  if (misses.length > 0) {
    const audited = await auditMisses(misses, options, prepared, cache !== void 0, preread);
    misses.forEach((file, index) => {
      const result = audited[index];
      results.set(file, result);
      if (result.text !== void 0) sources.set(file, result.text);
      const key = keys.get(file);
      if (cache && key && result.dependencies) cache.set(key, { findings: result.findings, errors: result.errors, dependencies: result.dependencies });
    });
  }
  const findings = [];
  const errors = [...discovery.errors];
  for (const file of discovery.files) {
    const result = results.get(file);
    if (options.digests && result.model) errors.push(...await attachDigestPins(result, result.model, options.digests));
    findings.push(...result.findings);
    errors.push(...result.errors);
  }
  findings.sort(compareFindings);
  return { findings, errors, rules: prepared.rules, files: discovery.files, config: prepared.config, failOn: prepared.config.failOn, sources, notices: discovery.notices };
}
async function auditMisses(files, options, prepared, recordDependencies, preread) {
  if (options.digests) {
    const { auditFile } = await import("./audit-3TGBJPDZ.js");
    return files.map((file) => auditFile(file, options.cwd, prepared, options, preread.get(file)));
  }
  const { auditFiles } = await import("./parallel-T4TWFADH.js");
  return auditFiles(files, { ...options, recordDependencies }, prepared, preread);
}
function settingsFingerprint(prepared, options) {
  return JSON.stringify({
    rules: prepared.rules.map((rule) => rule.id),
    settings: prepared.settings,
    ruleSettings: [...prepared.ruleSettings].map(([id, setting]) => [id, setting.enabled, setting.severity, setting.options]),
    buildArgs: prepared.buildArgs,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES
  });
}
function cacheKey(cache, settings, file, options, preread) {
  const absolute = path4.resolve(options.cwd, file);
  const read = readRegularFile(absolute, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if ("problem" in read) return void 0;
  preread.set(file, read.bytes);
  return cache.key([settings, absolute, contextRootOf(file, options.cwd, options.context)], read.bytes);
}
async function attachDigestPins(result, model, digests) {
  const { resolvePins } = await import("./pin-7KOE3UGG.js");
  const errors = [];
  for (const outcome of await resolvePins(model, digests.resolver, digests.platform)) {
    const region = outcome.reference.region;
    if ("error" in outcome) errors.push({ file: model.file, line: region.startLine, column: region.startColumn, message: outcome.error });
    if (!("fix" in outcome)) continue;
    for (const finding of result.findings) {
      if (finding.ruleId === "RA101" && finding.region.startLine === region.startLine && finding.region.startColumn === region.startColumn) finding.fix = outcome.fix;
    }
  }
  return errors;
}

export {
  defaultCacheDir,
  createContextReader,
  contextRootOf,
  createRecordingContextReader,
  prepareAudit,
  runAudit
};
