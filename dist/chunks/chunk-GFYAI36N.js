import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/config/config.ts
import fs from "node:fs";
import path from "node:path";
var CONFIG_FILE_NAMES = [".repro-audit.yml", ".repro-audit.yaml"];
var ConfigError = class extends Error {
  constructor(file, line, message) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.file = file;
    this.line = line;
  }
  file;
  line;
};
function defaultConfig(root) {
  return { root, trustedRegistries: [], ignorePaths: [], buildArgs: {}, rules: /* @__PURE__ */ new Map() };
}
function discoverConfig(start) {
  let directory = path.resolve(start);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (fs.existsSync(candidate) || isSymbolicLink(candidate)) {
        refuseLinkOutOfRepository(candidate, directory);
        return candidate;
      }
    }
    if (fs.existsSync(path.join(directory, ".git"))) return void 0;
    const parent = path.dirname(directory);
    if (parent === directory) return void 0;
    directory = parent;
  }
}
function refuseLinkOutOfRepository(candidate, directory) {
  if (!isSymbolicLink(candidate)) return;
  let repository = directory;
  while (!fs.existsSync(path.join(repository, ".git")) && path.dirname(repository) !== repository) repository = path.dirname(repository);
  if (!fs.existsSync(path.join(repository, ".git"))) repository = directory;
  let target;
  try {
    target = fs.realpathSync(candidate);
  } catch {
    throw new ConfigError(candidate, void 0, "is a symbolic link that leads nowhere");
  }
  const root = fs.realpathSync(repository);
  if (target !== root && !target.startsWith(root + path.sep)) {
    throw new ConfigError(candidate, void 0, `is a symbolic link to ${target}, outside ${repository}; not read (name a config outside the tree with --config)`);
  }
}
function isSymbolicLink(file) {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

export {
  ConfigError,
  defaultConfig,
  discoverConfig
};
