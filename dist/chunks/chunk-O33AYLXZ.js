import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/safe-fs/read.ts
import fs from "node:fs";
function readRegularFile(file, maxBytes) {
  let descriptor;
  try {
    descriptor = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    return { problem: problemOf(error) };
  }
  try {
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) return { problem: { kind: "not-regular", what: describeFileKind(stat) } };
    if (stat.size > maxBytes) return { problem: { kind: "too-large", size: stat.size, limit: maxBytes } };
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (; ; ) {
      const read = fs.readSync(descriptor, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { problem: { kind: "too-large", size: length, limit: maxBytes } };
      if (length === buffer.length) break;
    }
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { problem: problemOf(error) };
  } finally {
    fs.closeSync(descriptor);
  }
}
function describeReadProblem(problem) {
  switch (problem.kind) {
    case "missing":
      return "no such file";
    case "denied":
      return "permission denied";
    case "not-regular":
      return `not a regular file (${problem.what})`;
    case "too-large":
      return `${formatBytes(problem.size)}, larger than the ${formatBytes(problem.limit)} limit`;
    case "failed":
      return problem.code;
  }
}
function describeFileKind(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  if (stat.isSymbolicLink()) return "a symbolic link";
  return "a regular file";
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return bytes >= 1024 ? `${Math.ceil(bytes / 1024)} KiB` : `${bytes} bytes`;
}
function problemOf(error) {
  const code = error.code ?? error.message;
  if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
  if (code === "EACCES" || code === "EPERM") return { kind: "denied" };
  if (code === "EISDIR") return { kind: "not-regular", what: "a directory" };
  return { kind: "failed", code };
}

// src/safe-fs/write.ts
import { randomBytes } from "node:crypto";
import fs2 from "node:fs";
import path from "node:path";
var WriteError = class extends Error {
};
function writeFileSafely(target, content, options = {}) {
  const file = options.shownAs ?? target;
  const directory = path.dirname(path.resolve(target));
  if (options.createParents) {
    try {
      fs2.mkdirSync(directory, { recursive: true });
    } catch (error) {
      throw new WriteError(`cannot create the folder of ${file}: ${codeOf(error)}`);
    }
  }
  if (options.inside !== void 0) refuseOutside(file, directory, options.inside);
  const stat = lstatOrUndefined(target, file);
  if (stat?.isSymbolicLink()) {
    throw new WriteError(`${file} is a symbolic link (to ${readLink(target)}); repro-audit does not write through links: name the file itself`);
  }
  if (stat && (stat.isFIFO() || stat.isCharacterDevice() || stat.isBlockDevice())) {
    if (options.expected) throw new WriteError(`${file} is ${describeFileKind(stat)}, not a file that can be fixed`);
    writeInPlace(target, file, stat, content);
    return;
  }
  if (stat && !stat.isFile()) throw new WriteError(`${file} is ${describeFileKind(stat)}; not writing to it`);
  if (options.expected) {
    const current = stat ? fs2.readFileSync(target) : void 0;
    if (!current || !current.equals(options.expected)) throw new WriteError(`${file} changed on disk while it was being processed; run again`);
  }
  replaceAtomically(target, file, stat, content);
}
function replaceAtomically(target, shown, existing, content) {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.repro-audit-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  const mode = existing ? existing.mode & 4095 : 438;
  try {
    const descriptor = fs2.openSync(temporary, "wx", mode);
    try {
      writeAll(descriptor, content);
      if (existing) {
        fs2.fchmodSync(descriptor, mode);
        if (process.getuid?.() === 0) fs2.fchownSync(descriptor, existing.uid, existing.gid);
      }
      fs2.fsyncSync(descriptor);
    } finally {
      fs2.closeSync(descriptor);
    }
    fs2.renameSync(temporary, target);
  } catch (error) {
    fs2.rmSync(temporary, { force: true });
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  }
}
function writeInPlace(target, shown, seen, content) {
  let probe;
  try {
    probe = fs2.openSync(target, fs2.constants.O_WRONLY | fs2.constants.O_NONBLOCK | fs2.constants.O_NOFOLLOW);
  } catch (error) {
    if (codeOf(error) === "ENXIO") throw new WriteError(`${shown} is a FIFO that nobody is reading; not waiting for a reader`);
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  }
  try {
    const opened = fs2.fstatSync(probe);
    if (opened.ino !== seen.ino || opened.dev !== seen.dev) throw new WriteError(`${shown} was replaced while it was being opened; not writing`);
    const descriptor = fs2.openSync(target, fs2.constants.O_WRONLY | fs2.constants.O_NOFOLLOW);
    try {
      writeAll(descriptor, content);
    } finally {
      fs2.closeSync(descriptor);
    }
  } catch (error) {
    if (error instanceof WriteError) throw error;
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  } finally {
    fs2.closeSync(probe);
  }
}
function refuseOutside(shown, directory, root) {
  let realDirectory;
  let realRoot;
  try {
    realDirectory = fs2.realpathSync(directory);
    realRoot = fs2.realpathSync(root);
  } catch (error) {
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  }
  if (realDirectory !== realRoot && !realDirectory.startsWith(realRoot + path.sep)) {
    throw new WriteError(`${shown} is in a folder that leads outside ${root} through a symbolic link (to ${realDirectory}); not writing`);
  }
}
function writeAll(descriptor, content) {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  for (let offset = 0; offset < bytes.length; ) offset += fs2.writeSync(descriptor, bytes, offset, bytes.length - offset);
}
function lstatOrUndefined(target, shown) {
  try {
    return fs2.lstatSync(target);
  } catch (error) {
    if (codeOf(error) === "ENOENT") return void 0;
    throw new WriteError(`cannot write ${shown}: ${codeOf(error)}`);
  }
}
function readLink(target) {
  try {
    return fs2.readlinkSync(target);
  } catch {
    return "?";
  }
}
function codeOf(error) {
  return error.code ?? error.message;
}

export {
  readRegularFile,
  describeReadProblem,
  formatBytes,
  WriteError,
  writeFileSafely
};
