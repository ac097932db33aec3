import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  contextRootOf,
  createContextReader,
  createRecordingContextReader
} from "./chunk-PXOBJE26.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  readDockerfile
} from "./chunk-XRFHUXE2.js";
import {
  parseDockerfile
} from "./chunk-2B2NMROS.js";
import {
  instructionRef,
  instructionsWithTriggers
} from "./chunk-Y7ESNACQ.js";

// src/rules/suppressions.ts
var DIRECTIVE = /^\s*#\s*(repro-audit|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+)$/;
function buildSuppressions(model, rules) {
  const hadolintToRules = /* @__PURE__ */ new Map();
  for (const rule of rules) for (const id of rule.hadolint ?? []) hadolintToRules.set(id, [...hadolintToRules.get(id) ?? [], rule.id]);
  const lines = model.text.split(/\r\n|\r|\n/);
  const byLine = /* @__PURE__ */ new Map();
  const global = /* @__PURE__ */ new Map();
  const idsOf = (tool, list) => list.split(",").map((id) => id.trim()).filter(Boolean).flatMap((id) => tool === "hadolint" ? hadolintToRules.get(id.toUpperCase()) ?? [] : [id.toUpperCase()]);
  for (let index = 0; index < lines.length; index++) {
    const match = DIRECTIVE.exec(lines[index]);
    if (!match) continue;
    const [, tool, isGlobal, list] = match;
    const comment = lines[index].trim();
    const ids = idsOf(tool, list);
    if (isGlobal) {
      for (const id of ids) global.set(id, comment);
      continue;
    }
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target])) target++;
    const entry = byLine.get(target + 1) ?? /* @__PURE__ */ new Map();
    for (const id of ids) entry.set(id, comment);
    byLine.set(target + 1, entry);
  }
  return {
    reasonFor(finding) {
      const id = finding.ruleId.toUpperCase();
      if (global.has(id)) return global.get(id);
      const line = finding.instruction?.startLine ?? finding.region.startLine;
      return byLine.get(line)?.get(id);
    }
  };
}

// src/rules/engine.ts
function runRules(model, options) {
  const findings = [];
  const errors = [];
  const suppressions = buildSuppressions(model, options.rules);
  for (const rule of options.rules) {
    const setting = options.ruleSettings?.get(rule.id);
    if (setting && !setting.enabled) continue;
    const report = (descriptor) => {
      const finding = {
        ruleId: rule.id,
        severity: setting?.severity ?? descriptor.severity ?? rule.severity,
        message: descriptor.message,
        file: model.file,
        region: descriptor.region
      };
      if (descriptor.instruction) finding.instruction = instructionRef(model, descriptor.instruction);
      if (descriptor.fix) finding.fix = descriptor.fix;
      if (descriptor.nix) finding.nix = descriptor.nix;
      if (descriptor.details) finding.details = descriptor.details;
      if (descriptor.properties) finding.properties = descriptor.properties;
      const reason = suppressions.reasonFor(finding);
      if (reason) finding.suppressed = { kind: "inline", justification: reason };
      findings.push(finding);
    };
    try {
      rule.check({ model, context: options.context, options: setting?.options ?? {}, settings: options.settings, report });
    } catch (error) {
      errors.push({ file: model.file, message: `rule ${rule.id} (${rule.name}) failed on this file: ${error.message}. This is a bug in the rule; the other rules' findings are complete.` });
    }
  }
  return { findings, errors };
}

// src/engine/audit.ts
function auditText(text, file, prepared, context) {
  const model = parseDockerfile(text, file, { buildArgs: prepared.buildArgs });
  const errors = model.problems.filter((problem) => problem.level === "error").map((problem) => ({ file, line: problem.region.startLine, column: problem.region.startColumn, message: problem.message }));
  const result = runRules(model, { rules: prepared.rules, context, settings: prepared.settings, ruleSettings: prepared.ruleSettings });
  return { findings: result.findings, errors: [...errors, ...shellSyntaxErrors(model), ...result.errors], model };
}
function shellSyntaxErrors(model) {
  const errors = [];
  for (const instruction of instructionsWithTriggers(model)) {
    const error = instruction.script?.errors[0];
    if (!error) continue;
    const region = model.positions.regionOf(error);
    const excerpt = model.text.slice(error.start, Math.min(error.end, error.start + 40)).split(/\r?\n/)[0];
    errors.push({ file: model.file, line: region.startLine, column: region.startColumn, message: `shell syntax error in ${instruction.keyword} near \`${excerpt}\` (unterminated quote or misplaced operator?): the build's shell will reject it` });
  }
  return errors;
}
function auditFile(file, cwd, prepared, options = {}, bytes) {
  const read = readDockerfile(file, cwd, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, bytes);
  if ("error" in read) return { findings: [], errors: [read.error], dependencies: [] };
  const root = contextRootOf(file, cwd, options.context);
  try {
    if (!options.recordDependencies) return { ...auditText(read.text, file, prepared, createContextReader(root)), text: read.text };
    const recorder = createRecordingContextReader(root);
    return { ...auditText(read.text, file, prepared, recorder.reader), dependencies: recorder.dependencies, text: read.text };
  } catch (error) {
    return { findings: [], errors: [{ file, message: `internal error while auditing this file: ${error.message}` }], text: read.text };
  }
}

export {
  runRules,
  auditText,
  auditFile
};
