import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  combineRules,
  loadUserRules,
  virtual_repro_audit_rules_default
} from "./chunk-WJ6PYLO3.js";
import {
  ResultCache
} from "./chunk-2H4H2G3V.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  discoverDockerfiles
} from "./chunk-XRFHUXE2.js";
import {
  ConfigError,
  defaultConfig,
  discoverConfig
} from "./chunk-GFYAI36N.js";
import {
  compareFindings
} from "./chunk-S6YZQCBU.js";
import {
  readRegularFile
} from "./chunk-O33AYLXZ.js";

// src/engine/context.ts
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
var MAX_CONTEXT_FILE_BYTES = 1024 * 1024;
function createContextReader(root) {
  const absoluteRoot = path.resolve(root);
  let realRoot;
  const cache = /* @__PURE__ */ new Map();
  const resolveInside = (relativePath) => {
    const candidate = path.resolve(absoluteRoot, relativePath.replace(/^\/+/, ""));
    if (candidate !== absoluteRoot && !candidate.startsWith(absoluteRoot + path.sep)) return void 0;
    try {
      realRoot ??= fs.realpathSync(absoluteRoot);
      const real = fs.realpathSync(candidate);
      return real === realRoot || real.startsWith(realRoot + path.sep) ? real : void 0;
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
  return context ? path.resolve(cwd, context) : path.dirname(path.resolve(cwd, file));
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
  return text === void 0 ? "missing" : createHash("sha1").update(text).digest("hex");
}

// src/engine/prepare.ts
import path2 from "node:path";
async function prepareAudit(options) {
  const configFile = options.configFile === false ? void 0 : options.configFile ? path2.resolve(options.cwd, options.configFile) : discoverConfig(options.cwd);
  const config = configFile ? (await import("./config-file-R5S6W5V3.js")).loadConfig(configFile) : defaultConfig(options.cwd);
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
import path3 from "node:path";
async function runAudit(options) {
  const prepared = await prepareAudit(options);
  const discovery = discoverDockerfiles(options.paths, options.cwd, prepared.config.ignorePaths, prepared.config.root);
  const cache = options.cache && !options.digests && !options.rulesModules?.length ? new ResultCache(options.cache.dir, options.cache.id, { limits: options.cache.limits }) : void 0;
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
    cache?.prune();
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
  const notices = [...discovery.notices, ...cache?.notices ?? []];
  return { findings, errors, rules: prepared.rules, files: discovery.files, config: prepared.config, failOn: prepared.config.failOn, sources, notices };
}
async function auditMisses(files, options, prepared, recordDependencies, preread) {
  if (options.digests) {
    const { auditFile } = await import("./audit-ZTAEL4C3.js");
    return files.map((file) => auditFile(file, options.cwd, prepared, options, preread.get(file)));
  }
  const { auditFiles } = await import("./parallel-TLJ7ZO7B.js");
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
  const absolute = path3.resolve(options.cwd, file);
  const read = readRegularFile(absolute, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if ("problem" in read) return void 0;
  preread.set(file, read.bytes);
  return cache.key([settings, absolute, contextRootOf(file, options.cwd, options.context)], read.bytes);
}
async function attachDigestPins(result, model, digests) {
  const { resolvePins } = await import("./pin-66PXSAXC.js");
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
  createContextReader,
  contextRootOf,
  createRecordingContextReader,
  prepareAudit,
  runAudit
};
