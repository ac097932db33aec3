import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  require_dist
} from "./chunk-LJW47J5E.js";
import {
  ConfigError,
  defaultConfig
} from "./chunk-GFYAI36N.js";
import {
  describeReadProblem,
  readRegularFile
} from "./chunk-O33AYLXZ.js";
import {
  NIX_DETAILS,
  SEVERITIES
} from "./chunk-DK4JW3AF.js";
import {
  __toESM
} from "./chunk-36S4BROV.js";

// src/config/config-file.ts
var import_yaml = __toESM(require_dist(), 1);
import path from "node:path";
var KNOWN_KEYS = /* @__PURE__ */ new Set(["fail-on", "nix", "trusted-registries", "ignore-paths", "build-args", "rules"]);
var MAX_CONFIG_BYTES = 1024 * 1024;
function loadConfig(file) {
  const read = readRegularFile(file, MAX_CONFIG_BYTES);
  if ("problem" in read) throw new ConfigError(file, void 0, `cannot read the config file: ${describeReadProblem(read.problem)}`);
  return parseConfig(read.bytes.toString("utf8"), file);
}
function parseConfig(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset) => offset === void 0 ? void 0 : lineCounter.linePos(offset).line;
  const fail = (node, message) => {
    throw new ConfigError(file, lineAt(node?.range?.[0]), message);
  };
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new ConfigError(file, lineAt(error.pos[0]), `not valid YAML: ${error.message.split("\n")[0]}`);
  }
  const config = defaultConfig(path.dirname(path.resolve(file)));
  config.file = file;
  const root = document.contents;
  if (root === null || (0, import_yaml.isScalar)(root) && root.value === null) return config;
  if (!(0, import_yaml.isMap)(root)) return fail(root, "the config must be a mapping (key: value)");
  for (const pair of root.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const value = pair.value;
    if (!KNOWN_KEYS.has(key)) fail(pair.key, `unknown setting \`${key}\` (known: ${[...KNOWN_KEYS].join(", ")})`);
    switch (key) {
      case "fail-on":
        config.failOn = oneOf(value, [...SEVERITIES, "none"], fail);
        break;
      case "nix":
        config.nix = oneOf(value, NIX_DETAILS, fail);
        break;
      case "trusted-registries":
      case "ignore-paths": {
        const list = stringList(value, key, fail);
        if (key === "trusted-registries") config.trustedRegistries = list;
        else config.ignorePaths = list;
        break;
      }
      case "build-args":
        if (!(0, import_yaml.isMap)(value)) fail(value ?? pair.key, "`build-args` must map names to values");
        for (const item of value.items) {
          const name = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : fail(item.key, "build arg names must be strings");
          config.buildArgs[name] = (0, import_yaml.isScalar)(item.value) ? String(item.value.value ?? "") : fail(item.value, `build arg ${name} must be a string`);
        }
        break;
      case "rules":
        readRules(value, config, document, fail, lineAt);
        break;
    }
  }
  return config;
}
function readRules(value, config, _document, fail, lineAt) {
  if (!(0, import_yaml.isMap)(value)) fail(value, "`rules` must map rule ids or names to off, a severity, or {severity, options}");
  for (const item of value.items) {
    const id = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : fail(item.key, "rule keys must be rule ids or names");
    const line = lineAt(item.key.range?.[0]);
    const setting = item.value;
    if ((0, import_yaml.isScalar)(setting)) {
      const level = String(setting.value);
      if (level === "off" || setting.value === false) config.rules.set(id, { enabled: false, options: {}, line });
      else config.rules.set(id, { enabled: true, severity: oneOf(setting, SEVERITIES, fail), options: {}, line });
      continue;
    }
    if (!(0, import_yaml.isMap)(setting)) fail(setting ?? item.key, `rule ${id}: use off, a severity, or a mapping with severity and options`);
    const json = setting.toJSON();
    const { severity, enabled, ...options } = json;
    if (severity !== void 0 && !SEVERITIES.includes(severity)) fail(setting, `rule ${id}: severity must be one of ${SEVERITIES.join(", ")}`);
    config.rules.set(id, { enabled: enabled !== false && severity !== "off", severity, options, line });
  }
}
function oneOf(node, allowed, fail) {
  const value = (0, import_yaml.isScalar)(node) ? String(node.value) : void 0;
  if (value === void 0 || !allowed.includes(value)) fail(node, `expected one of ${allowed.join(", ")}`);
  return value;
}
function stringList(node, key, fail) {
  if (!(0, import_yaml.isSeq)(node)) return fail(node, `\`${key}\` must be a list of strings`);
  return node.items.map((item) => (0, import_yaml.isScalar)(item) && typeof item.value === "string" ? item.value : fail(item, `\`${key}\` entries must be strings`));
}
export {
  loadConfig,
  parseConfig
};
