import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  UsageError
} from "./chunk-552BS3JC.js";
import {
  SEVERITIES
} from "./chunk-S6YZQCBU.js";

// src/report/index.ts
var FORMATS = ["text", "json", "sarif", "github", "markdown"];
async function loadReporter(format) {
  switch (format) {
    case "text":
      return (await import("./text-HJL6AE4W.js")).textReporter;
    case "json":
      return (await import("./json-7C4PN3WV.js")).jsonReporter;
    case "sarif":
      return (await import("./sarif-CJP5X2G2.js")).sarifReporter;
    case "github":
      return (await import("./github-UQRLXWKU.js")).githubReporter;
    case "markdown":
      return (await import("./markdown-HIXYMOGM.js")).markdownReporter;
  }
}
function isFormat(value) {
  return FORMATS.includes(value);
}

// src/cli/options.ts
var HELP_OPTION = { help: { type: "boolean", short: "h" } };
var REPORT_OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" }
};
var BUILD_ARG_OPTION = { "build-arg": { type: "string", multiple: true } };
function reportOptionsHelp(failOnDefault) {
  return [
    `  -f, --format <fmt>        ${FORMATS.join(" | ")} (default: text)`,
    "  -o, --output <file>       write the report to a file instead of stdout",
    `      --fail-on <level>     error | warning | note | none (default: ${failOnDefault})`
  ].join("\n");
}
var BUILD_ARG_HELP = "      --build-arg <k=v>     value for an ARG, as docker build takes it (repeatable)";
function parseFormat(value) {
  const format = value ?? "text";
  if (!isFormat(format)) throw new UsageError(`unknown --format ${format} (use ${FORMATS.join(", ")})`);
  return format;
}
function parseFailOn(value) {
  if (value !== void 0 && ![...SEVERITIES, "none"].includes(value)) {
    throw new UsageError(`unknown --fail-on ${value} (use error, warning, note or none)`);
  }
  return value;
}
function parseBuildArgs(values, env = process.env) {
  const args = {};
  for (const value of values) {
    const equals = value.indexOf("=");
    const name = equals < 0 ? value : value.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--build-arg ${value}: expected NAME=value`);
    const fromEnv = env[name];
    if (equals < 0 && fromEnv === void 0) continue;
    args[name] = equals < 0 ? fromEnv : value.slice(equals + 1);
  }
  return args;
}
function parseByteSize(value, setting = "--max-file-size ") {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`${setting}${value}: expected a size such as 2MiB or 512K`);
  const unit = (match[2] ?? "B").toUpperCase()[0];
  const factor = unit === "K" ? 1024 : unit === "M" ? 1024 ** 2 : unit === "G" ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}

export {
  loadReporter,
  HELP_OPTION,
  REPORT_OPTIONS,
  BUILD_ARG_OPTION,
  reportOptionsHelp,
  BUILD_ARG_HELP,
  parseFormat,
  parseFailOn,
  parseBuildArgs,
  parseByteSize
};
