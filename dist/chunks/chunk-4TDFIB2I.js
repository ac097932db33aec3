import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/workflows/index.ts
var ACTIONS_LOCK_FILE = ".github/workflows/actions.lock";
function loadWorkflowParser() {
  return import("./parse-O74ACIH4.js");
}

export {
  ACTIONS_LOCK_FILE,
  loadWorkflowParser
};
