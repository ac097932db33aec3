import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  require_picomatch
} from "./chunk-FEGTDJTX.js";
import {
  describeReadProblem,
  formatBytes,
  readRegularFile
} from "./chunk-O33AYLXZ.js";
import {
  __toESM
} from "./chunk-36S4BROV.js";

// src/engine/files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import fs from "node:fs";
import path from "node:path";
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
  const isIgnored = (absolute) => ignored !== void 0 && ignored(path.relative(ignoreRoot, absolute).split(path.sep).join("/"));
  const walk = (directory, root) => {
    let entries;
    try {
      entries = fs.readdirSync(directory, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: path.relative(cwd, directory) || ".", message: `cannot read directory: ${error.code}` });
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const absolute = path.join(directory, entry.name);
      if (isIgnored(absolute)) continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(absolute, root);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isDockerfileName(entry.name)) {
        const shown = path.relative(cwd, absolute) || absolute;
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
    const absolute = path.resolve(cwd, given);
    let stat;
    try {
      stat = fs.statSync(absolute);
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
    target = fs.realpathSync(link);
    realRoot = fs.realpathSync(root);
  } catch {
    return "a symbolic link that leads nowhere";
  }
  if (target !== realRoot && !target.startsWith(realRoot + path.sep)) return `a symbolic link to ${target}, outside the searched directory`;
  return fs.statSync(target).isFile() ? void 0 : "a symbolic link to something that is not a regular file";
}
function readDockerfile(file, cwd, maxBytes = DEFAULT_MAX_FILE_BYTES, bytes) {
  if (bytes) return decodeDockerfile(bytes, file);
  const read = readRegularFile(path.resolve(cwd, file), maxBytes);
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
  DEFAULT_MAX_FILE_BYTES,
  discoverDockerfiles,
  readDockerfile
};
