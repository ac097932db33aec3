import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  fileErrorLine
} from "./chunk-24FM7DH7.js";
import {
  readDockerfile
} from "./chunk-RV6OXUEF.js";
import {
  parseDockerfileText
} from "./chunk-6E4CKGCT.js";

// src/cli/dockerfile.ts
async function readDockerfileModel(io, file, buildArgs) {
  const read = readDockerfile(file, io.cwd);
  if ("error" in read) {
    io.stderr(fileErrorLine(read.error));
    return void 0;
  }
  return parseDockerfileText(read.text, file, { buildArgs });
}

export {
  readDockerfileModel
};
