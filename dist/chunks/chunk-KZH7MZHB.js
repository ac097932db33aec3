import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  loadConfigFileReader
} from "./chunk-GRDCOERX.js";
import {
  combineRules,
  loadUserRules,
  require_picomatch,
  runRules,
  virtual_repro_audit_rules_default
} from "./chunk-L6JIQQYZ.js";
import {
  ConfigError,
  defaultConfig,
  discoverConfig
} from "./chunk-GFYAI36N.js";
import {
  instructionsWithTriggers
} from "./chunk-VH7FCUMN.js";
import {
  describeReadProblem,
  formatBytes,
  readRegularFile
} from "./chunk-2SZMTY7D.js";
import {
  __toESM
} from "./chunk-36S4BROV.js";

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
  const config = configFile ? (await loadConfigFileReader()).loadConfig(configFile) : defaultConfig(options.cwd);
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

// src/engine/model-audit.ts
function auditModel(model, prepared, context) {
  const errors = model.problems.filter((problem) => problem.level === "error").map((problem) => ({ file: model.file, line: problem.region.startLine, column: problem.region.startColumn, message: problem.message }));
  const result = runRules(model, { rules: prepared.rules, context, settings: prepared.settings, ruleSettings: prepared.ruleSettings });
  return { findings: result.findings, errors: [...errors, ...shellSyntaxErrors(model), ...result.errors] };
}
function shellSyntaxErrors(model) {
  const errors = [];
  for (const instruction of instructionsWithTriggers(model)) {
    const error = instruction.script?.errors[0];
    if (!error) continue;
    const region = model.positions.regionOf(error);
    const excerpt = model.text.slice(error.start, Math.min(error.end, error.start + 40)).split(/\r?\n/)[0];
    errors.push({ file: model.file, line: region.startLine, column: region.startColumn, message: `shell syntax error in ${instruction.keyword} near \`${excerpt}\` (unterminated quote or misplaced operator?): the build's shell will reject it` });
  }
  return errors;
}

// src/engine/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import fs2 from "node:fs";
import path3 from "node:path";
var DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function isDockerfileName(name) {
  const lower = name.toLowerCase();
  if (lower === "dockerfile" || lower === "containerfile") return true;
  if (lower.endsWith(".dockerignore")) return false;
  return /^(dockerfile|containerfile)[._-].+/.test(lower) || /.\.(dockerfile|containerfile)$/.test(lower);
}
function discoverDockerfiles(paths, cwd, ignorePaths = [], ignoreRoot = cwd) {
  const files = [];
  const errors = [];
  const searchRoots = /* @__PURE__ */ new Map();
  const notices = [];
  const ignored = ignorePaths.length > 0 ? (0, import_picomatch.default)(ignorePaths, { dot: true }) : void 0;
  const isIgnored = (absolute) => ignored !== void 0 && ignored(path3.relative(ignoreRoot, absolute).split(path3.sep).join("/"));
  const walk = (directory, root) => {
    let entries;
    try {
      entries = fs2.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: path3.relative(cwd, directory) || ".", message: `cannot read directory: ${error.code}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const absolute = path3.join(directory, entry.name);
      if (isIgnored(absolute)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(absolute, root);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isDockerfileName(entry.name)) {
        const shown = path3.relative(cwd, absolute) || absolute;
        const refusal = entry.isSymbolicLink() ? linkRefusal(absolute, root) : void 0;
        if (refusal) {
          notices.push(`${shown}: skipped: ${refusal}`);
          continue;
        }
        files.push(shown);
        searchRoots.set(shown, root);
      }
    }
  };
  for (const given of paths) {
    const absolute = path3.resolve(cwd, given);
    let stat;
    try {
      stat = fs2.statSync(absolute);
    } catch (error) {
      const code = error.code;
      errors.push({ file: given, message: code === "ENOENT" ? "no such file or directory" : `cannot read: ${code}` });
      continue;
    }
    if (stat.isDirectory()) walk(absolute, absolute);
    else files.push(given);
  }
  return { files: [...new Set(files)], errors, searchRoots, notices };
}
function linkRefusal(link, root) {
  let target;
  let realRoot;
  try {
    target = fs2.realpathSync(link);
    realRoot = fs2.realpathSync(root);
  } catch {
    return "a symbolic link that leads nowhere";
  }
  if (target !== realRoot && !target.startsWith(realRoot + path3.sep)) return `a symbolic link to ${target}, outside the searched directory`;
  return fs2.statSync(target).isFile() ? void 0 : "a symbolic link to something that is not a regular file";
}
function readDockerfile(file, cwd, maxBytes = DEFAULT_MAX_FILE_BYTES, bytes) {
  if (bytes) return decodeDockerfile(bytes, file);
  const read = readRegularFile(path3.resolve(cwd, file), maxBytes);
  if ("problem" in read) {
    const { problem } = read;
    if (problem.kind === "too-large") {
      return { error: { file, message: `file is ${formatBytes(problem.size)}, larger than the ${formatBytes(problem.limit)} limit for a Dockerfile (raise it with --max-file-size)` } };
    }
    return { error: { file, message: problem.kind === "failed" ? `cannot read: ${problem.code}` : describeReadProblem(problem) } };
  }
  return decodeDockerfile(read.bytes, file);
}
function decodeDockerfile(bytes, file) {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: { file, line: lineAtByte(bytes, nul), message: "binary file (contains NUL bytes), not a Dockerfile" } };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { error: { file, line: lineAtByte(bytes, offset), message: `not valid UTF-8 (first bad byte at offset ${offset}); save the file as UTF-8` } };
  }
}
function lineAtByte(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const length = lead < 128 ? 1 : lead >= 194 && lead <= 223 ? 2 : lead >= 224 && lead <= 239 ? 3 : lead >= 240 && lead <= 244 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 192) !== 128) return i;
    const second = bytes[i + 1];
    if (lead === 224 && second < 160 || lead === 237 && second > 159 || lead === 240 && second < 144 || lead === 244 && second > 143) return i;
    i += length;
  }
  return bytes.length;
}

export {
  createContextReader,
  contextRootOf,
  createRecordingContextReader,
  contextUnchanged,
  DEFAULT_MAX_FILE_BYTES,
  discoverDockerfiles,
  readDockerfile,
  prepareAudit,
  auditModel
};
