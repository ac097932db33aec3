import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  loadConfigFileReader
} from "./chunk-DVUP7OQN.js";
import {
  builtinRules,
  combineRules,
  loadUserRules,
  runRules
} from "./chunk-3AQNB5RO.js";
import {
  require_picomatch
} from "./chunk-75MXF3LY.js";
import {
  instructionsWithTriggers
} from "./chunk-6E4CKGCT.js";
import {
  ConfigError,
  defaultConfig,
  discoverConfig
} from "./chunk-GFYAI36N.js";
import {
  describeReadProblem,
  formatBytes,
  readRegularFile
} from "./chunk-O33AYLXZ.js";
import {
  FILE_KINDS
} from "./chunk-DK4JW3AF.js";
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
      if (!fs.statSync(candidate, { throwIfNoEntry: false })) return void 0;
      realRoot ??= fs.realpathSync.native(absoluteRoot);
      const real = fs.realpathSync.native(candidate);
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
function contextRootFor(file, kind, cwd, context) {
  if (kind === "dockerfile") return contextRootOf(file, cwd, context);
  const absolute = path.resolve(cwd, file);
  if (kind === "workflow") {
    const parts = absolute.split(path.sep);
    const github = parts.lastIndexOf(".github");
    if (github > 0) return parts.slice(0, github).join(path.sep) || path.sep;
  }
  return path.dirname(absolute);
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

// src/engine/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import fs2 from "node:fs";
import path2 from "node:path";
var DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var OTHER_FILE_EXTENSIONS = /* @__PURE__ */ new Set([
  // documentation
  "md",
  "markdown",
  "mdx",
  "rst",
  "adoc",
  "asciidoc",
  "txt",
  "text",
  "html",
  "htm",
  "org",
  "pdf",
  // shell and other scripts
  "sh",
  "bash",
  "zsh",
  "fish",
  "ksh",
  "ps1",
  "psm1",
  "bat",
  "cmd",
  // data and configuration
  "yml",
  "yaml",
  "json",
  "jsonc",
  "json5",
  "toml",
  "ini",
  "cfg",
  "conf",
  "env",
  "xml",
  "csv",
  "properties",
  "lock",
  "log",
  // templates of a Dockerfile, not a Dockerfile
  "in",
  "j2",
  "jinja",
  "jinja2",
  "tmpl",
  "tpl",
  "template",
  "erb",
  "mustache",
  "hbs",
  "njk",
  "gotmpl",
  "m4",
  // patches, signatures, checksums, copies
  "patch",
  "diff",
  "sig",
  "asc",
  "sha256",
  "sha512",
  "md5",
  "bak",
  "orig",
  "rej",
  "swp",
  "tmp",
  // ignore files
  "dockerignore",
  "gitignore"
]);
function isDockerfileName(name) {
  const lower = name.toLowerCase();
  if (lower === "dockerfile" || lower === "containerfile") return true;
  if (/.\.(dockerfile|containerfile)$/.test(lower)) return true;
  const variant = /^(?:dockerfile|containerfile)[._-](.+)$/.exec(lower)?.[1];
  if (variant === void 0) return false;
  const separator = lower.length - variant.length - 1;
  const dot = lower.lastIndexOf(".");
  return dot < separator || !OTHER_FILE_EXTENSIONS.has(lower.slice(dot + 1));
}
var NO_FILES_POLICIES = ["error", "warn", "ok"];
function nothingAuditedMessage(paths, ignoring) {
  const searched = "Dockerfile, Containerfile, *.Dockerfile, *.Containerfile and Dockerfile.<variant> are searched for";
  return `no Dockerfile found in ${paths.join(", ")}: nothing was audited (${searched}${ignoring ? ", outside the config's ignore-paths" : ""})`;
}
function fileKindOf(file) {
  const name = path2.basename(file);
  const lower = name.toLowerCase();
  if (isDockerfileName(name)) return "dockerfile";
  if (lower.endsWith(".nix")) return "nix";
  if (name === "flake.lock") return "flake-lock";
  if (!/\.ya?ml$/.test(lower)) return void 0;
  if (lower === "action.yml" || lower === "action.yaml") return "workflow";
  const parts = file.split(/[\\/]/);
  if (parts.length >= 3 && parts[parts.length - 2] === "workflows" && parts[parts.length - 3] === ".github") return "workflow";
  if (/^(docker-)?compose([.-][a-z0-9_.-]+)?\.ya?ml$/.test(lower)) return "compose";
  return void 0;
}
function discoverFiles(paths, cwd, ignorePaths = [], ignoreRoot = cwd, kinds = FILE_KINDS) {
  const files = [];
  const kindOf = /* @__PURE__ */ new Map();
  const errors = [];
  const searchRoots = /* @__PURE__ */ new Map();
  const notices = [];
  const ignored = [];
  const matchesIgnorePaths = ignorePaths.length > 0 ? (0, import_picomatch.default)(ignorePaths, { dot: true }) : void 0;
  const isIgnored = (absolute) => matchesIgnorePaths !== void 0 && matchesIgnorePaths(path2.relative(ignoreRoot, absolute).split(path2.sep).join("/"));
  const walk = (directory, root) => {
    let entries;
    try {
      entries = fs2.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: path2.relative(cwd, directory) || ".", message: `cannot read directory: ${error.code}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const absolute = path2.join(directory, entry.name);
      if (isIgnored(absolute)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(absolute, root);
        continue;
      }
      const kind = entry.isFile() || entry.isSymbolicLink() ? fileKindOf(absolute) : void 0;
      if (kind && kinds.includes(kind)) {
        const shown = path2.relative(cwd, absolute) || absolute;
        const refusal = entry.isSymbolicLink() ? linkRefusal(absolute, root) : void 0;
        if (refusal) {
          notices.push(`${shown}: skipped: ${refusal}`);
          continue;
        }
        files.push(shown);
        kindOf.set(shown, kind);
        searchRoots.set(shown, root);
      }
    }
  };
  for (const given of paths) {
    const absolute = path2.resolve(cwd, given);
    let stat;
    try {
      stat = fs2.statSync(absolute);
    } catch (error) {
      const code = error.code;
      errors.push({ file: given, message: code === "ENOENT" ? "no such file or directory" : `cannot read: ${code}` });
      continue;
    }
    if (isIgnored(absolute)) {
      ignored.push(given);
      notices.push(`${given}: skipped: it matches ignore-paths`);
    } else if (stat.isDirectory()) walk(absolute, absolute);
    else {
      files.push(given);
      kindOf.set(given, fileKindOf(absolute) ?? "dockerfile");
    }
  }
  return { files: [...new Set(files)], kinds: kindOf, errors, searchRoots, notices, ignored };
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
  if (target !== realRoot && !target.startsWith(realRoot + path2.sep)) return `a symbolic link to ${target}, outside the searched directory`;
  return fs2.statSync(target).isFile() ? void 0 : "a symbolic link to something that is not a regular file";
}
function readDockerfile(file, cwd, maxBytes = DEFAULT_MAX_FILE_BYTES, bytes) {
  if (bytes) return decodeDockerfile(bytes, file);
  const read = readRegularFile(path2.resolve(cwd, file), maxBytes);
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

// src/engine/prepare.ts
import path3 from "node:path";
async function prepareAudit(options) {
  const configFile = options.configFile === false ? void 0 : options.configFile ? path3.resolve(options.cwd, options.configFile) : discoverConfig(options.cwd);
  const config = configFile ? (await loadConfigFileReader()).loadConfig(configFile) : defaultConfig(options.cwd);
  const userRules = [];
  for (const specifier of options.rulesModules ?? []) userRules.push(...await loadUserRules(specifier, options.cwd));
  const rules = combineRules(builtinRules, userRules);
  return {
    config,
    rules,
    ruleSettings: resolveRuleSettings(config, rules),
    settings: { trustedRegistries: config.trustedRegistries, now: auditTime(process.env) },
    buildArgs: { ...config.buildArgs, ...options.buildArgs }
  };
}
function auditTime(env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== void 0 && /^\d+$/.test(epoch.trim()) ? Number(epoch.trim()) * 1e3 : Date.now();
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
    const error = instruction.script?.dialect ? void 0 : instruction.script?.errors[0];
    if (!error) continue;
    const region = model.positions.regionOf(error);
    const excerpt = model.text.slice(error.start, Math.min(error.end, error.start + 40)).split(/\r?\n/)[0];
    errors.push({ file: model.file, line: region.startLine, column: region.startColumn, message: `shell syntax error in ${instruction.keyword} near \`${excerpt}\` (unterminated quote or misplaced operator?): the build's shell will reject it` });
  }
  return errors;
}

export {
  createContextReader,
  contextRootFor,
  createRecordingContextReader,
  contextUnchanged,
  DEFAULT_MAX_FILE_BYTES,
  isDockerfileName,
  NO_FILES_POLICIES,
  nothingAuditedMessage,
  fileKindOf,
  discoverFiles,
  readDockerfile,
  prepareAudit,
  auditModel
};
