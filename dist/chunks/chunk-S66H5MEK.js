import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  UsageError
} from "./chunk-24FM7DH7.js";
import {
  FORMATS,
  isFormat
} from "./chunk-WEEU3CX4.js";
import {
  NIX_DETAILS,
  SEVERITIES
} from "./chunk-DK4JW3AF.js";

// src/cli/options.ts
var HELP_OPTION = { help: { type: "boolean", short: "h" } };
var OUTPUT_OPTION = { output: { type: "string", short: "o" } };
var REPORT_OPTIONS = {
  format: { type: "string", short: "f" },
  ...OUTPUT_OPTION,
  "fail-on": { type: "string" },
  nix: { type: "string" }
};
var BUILD_ARG_OPTION = { "build-arg": { type: "string", multiple: true } };
var CONFIG_OPTIONS = { config: { type: "string", short: "c" }, "no-config": { type: "boolean" }, "no-ignore": { type: "boolean" } };
var MAX_FILE_SIZE_OPTION = { "max-file-size": { type: "string" } };
var REGISTRY_OPTIONS = { platform: { type: "string" }, "insecure-registry": { type: "string", multiple: true } };
function outputHelp(what) {
  return `  -o, --output <file>       write the ${what} to a file instead of stdout`;
}
function reportOptionsHelp(failOnDefault, readsConfig = false) {
  const fromConfig = (setting) => readsConfig ? `, or the config's ${setting}` : "";
  return [
    `  -f, --format <fmt>        ${FORMATS.join(" | ")} (default: text)`,
    outputHelp("report"),
    `      --fail-on <level>     error | warning | note | none (default: ${failOnDefault}${fromConfig("fail-on")})`,
    `      --nix <level>         ${NIX_DETAILS.join(" | ")}: how much of the Nix way reports show: none, each answer
                            once, or with its snippets (default: brief${fromConfig("nix")})`
  ].join("\n");
}
var BUILD_ARG_HELP = "      --build-arg <k=v>     value for an ARG, as docker build takes it (repeatable)";
var CONFIG_HELP = [
  "  -c, --config <file>       config file (default: nearest .repro-audit.yml)",
  "      --no-config           ignore any .repro-audit.yml",
  "      --no-ignore           audit what the config's ignore-paths skip, named files included"
].join("\n");
var MAX_FILE_SIZE_HELP = "      --max-file-size <n>   refuse larger Dockerfiles (default: 1MiB)";
function registryOptionsHelp(platformApplies) {
  return [
    `      --platform <os/arch>  ${platformApplies}pin one platform's manifest instead of the index`,
    "      --insecure-registry <host>  plain HTTP for this registry (repeatable; loopback always is)"
  ].join("\n");
}
function parseFormat(value) {
  const format = value ?? "text";
  if (!isFormat(format)) throw new UsageError(`unknown --format ${format} (use ${FORMATS.join(", ")})`);
  return format;
}
function parseNixDetail(value) {
  if (value !== void 0 && !NIX_DETAILS.includes(value)) throw new UsageError(`unknown --nix ${value} (use ${NIX_DETAILS.join(", ")})`);
  return value;
}
function parseFailOn(value) {
  if (value !== void 0 && ![...SEVERITIES, "none"].includes(value)) {
    throw new UsageError(`unknown --fail-on ${value} (use error, warning, note or none)`);
  }
  return value;
}
function parseBuildArgs(values, env) {
  const args = {};
  for (const value of values ?? []) {
    const equals = value.indexOf("=");
    const name = equals < 0 ? value : value.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--build-arg ${value}: expected NAME=value`);
    const fromEnv = env[name];
    if (equals < 0 && fromEnv === void 0) continue;
    args[name] = equals < 0 ? fromEnv : value.slice(equals + 1);
  }
  return args;
}
async function checkPlatformOption(value) {
  if (value === void 0) return;
  const { parsePlatform, RegistryError } = await import("./registry-WUVOQKBR.js");
  try {
    parsePlatform(value);
  } catch (error) {
    if (error instanceof RegistryError) throw new UsageError(`--platform: ${error.message}`);
    throw error;
  }
}
var AUDIT_INPUT_OPTIONS = { ...CONFIG_OPTIONS, ...BUILD_ARG_OPTION, ...MAX_FILE_SIZE_OPTION, ...REGISTRY_OPTIONS };
function parseAuditInput(values, env) {
  return {
    configFile: values["no-config"] ? false : values.config,
    applyIgnorePaths: values["no-ignore"] !== true,
    buildArgs: parseBuildArgs(values["build-arg"], env),
    maxFileBytes: values["max-file-size"] ? parseByteSize(values["max-file-size"]) : void 0,
    platform: values.platform,
    insecureRegistries: values["insecure-registry"]
  };
}
function parseByteSize(value, setting = "--max-file-size ") {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`${setting}${value}: expected a size such as 2MiB or 512K`);
  const unit = (match[2] ?? "B").toUpperCase()[0];
  const factor = unit === "K" ? 1024 : unit === "M" ? 1024 ** 2 : unit === "G" ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}

export {
  HELP_OPTION,
  OUTPUT_OPTION,
  REPORT_OPTIONS,
  BUILD_ARG_OPTION,
  outputHelp,
  reportOptionsHelp,
  BUILD_ARG_HELP,
  CONFIG_HELP,
  MAX_FILE_SIZE_HELP,
  registryOptionsHelp,
  parseFormat,
  parseNixDetail,
  parseFailOn,
  parseBuildArgs,
  checkPlatformOption,
  AUDIT_INPUT_OPTIONS,
  parseAuditInput,
  parseByteSize
};
