import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/io.ts
var UsageError = class extends Error {
};
var EXIT = { ok: 0, findings: 1, usage: 2 };
function wantsColor(io, flag) {
  if (flag !== void 0) return flag;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
  return io.stdoutIsTTY;
}

export {
  UsageError,
  EXIT,
  wantsColor
};
