import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/model/queries.ts
function* instructionsWithTriggers(model) {
  for (const instruction of model.instructions) {
    yield instruction;
    if (instruction.trigger) yield instruction.trigger;
  }
}
function* shellCommands(model) {
  for (const instruction of instructionsWithTriggers(model)) {
    const script = instruction.script;
    if (script) for (const command of script.commands) yield { instruction, command };
  }
}

export {
  instructionsWithTriggers,
  shellCommands
};
