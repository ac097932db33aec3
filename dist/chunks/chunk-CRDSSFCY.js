import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  UsageError
} from "./chunk-WCXHDGWH.js";

// src/cli/options.ts
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
function parseByteSize(value) {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]i?B?|B)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-file-size ${value}: expected a size such as 2MiB or 512K`);
  const unit = (match[2] ?? "B").toUpperCase()[0];
  const factor = unit === "K" ? 1024 : unit === "M" ? 1024 ** 2 : unit === "G" ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}

export {
  parseBuildArgs,
  parseByteSize
};
