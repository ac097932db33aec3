import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  isFullSha256Digest,
  joinContinuations,
  parseImageName
} from "./chunk-HUMZK7UK.js";
import {
  loadPowerShellGrammar
} from "./chunk-T74X72SU.js";
import {
  PowerShellGrammarNeeded
} from "./chunk-SQ42UHQ5.js";

// src/model/queries.ts
function* instructionsWithTriggers(model) {
  for (const instruction of model.instructions) {
    yield instruction;
    if (instruction.trigger) yield instruction.trigger;
  }
}
var unitsOfModel = /* @__PURE__ */ new WeakMap();
function runUnits(model) {
  let units = unitsOfModel.get(model);
  if (!units) {
    units = [];
    for (const instruction of instructionsWithTriggers(model)) {
      const script = instruction.script;
      if (script) units.push({ file: model.file, text: model.text, positions: model.positions, script, instruction });
    }
    unitsOfModel.set(model, units);
  }
  return units;
}
function* shellCommands(source) {
  for (const unit of isModel(source) ? runUnits(source) : source) {
    for (const command of unit.script.commands) yield { unit, instruction: unit.instruction, command };
  }
}
var NO_VARIABLES = { get: () => void 0, has: () => false };
function variablesOf(unit) {
  return unit.instruction?.variables ?? NO_VARIABLES;
}
function isModel(source) {
  return "instructions" in source;
}
function stageChain(stage) {
  const chain = [];
  for (let current = stage; current && !chain.includes(current); current = current.image.kind === "stage" ? current.image.stage : void 0) {
    chain.unshift(current);
  }
  return chain;
}
function findStage(model, target) {
  if (target === void 0) return model.stages.at(-1);
  const name = target.toLowerCase();
  return model.stages.find((stage) => stage.name === name || String(stage.index) === target);
}
function stageLabel(stage) {
  return stage.name ?? String(stage.index);
}
var triggerOwners = /* @__PURE__ */ new WeakMap();
function onbuildOf(model, instruction) {
  let owners = triggerOwners.get(model);
  if (!owners) {
    owners = new Map(model.instructions.flatMap((candidate) => candidate.trigger ? [[candidate.trigger, candidate]] : []));
    triggerOwners.set(model, owners);
  }
  return owners.get(instruction);
}
function instructionRef(model, instruction) {
  const owner = onbuildOf(model, instruction);
  const placed = owner ?? instruction;
  const stage = instruction.stage ?? owner?.stage;
  return {
    keyword: owner ? `ONBUILD ${instruction.keyword}` : instruction.keyword,
    startLine: placed.region.startLine,
    endLine: placed.region.endLine,
    ...stage ? { stage: stageLabel(stage) } : {}
  };
}
function instructionLocation(model, instruction, message) {
  return { file: model.file, region: instruction.region, message };
}
function instructionText(model, instruction) {
  return oneLine(model, instruction.span.start, instruction.span.end);
}
function argumentsText(model, instruction) {
  return collapseBlanks(argumentsSource(model, instruction));
}
function argumentsSource(model, instruction) {
  return instruction.argsSpan ? joinContinuations(model.text.slice(instruction.argsSpan.start, instruction.argsSpan.end), model.escapeChar).trim() : "";
}
function oneLine(model, start, end) {
  return collapseBlanks(joinContinuations(model.text.slice(start, end), model.escapeChar));
}
function collapseBlanks(text) {
  return text.replace(/\s+/g, " ").trim();
}
function regionOfWords(file, first, last = first) {
  return file.positions.regionOf({ start: first.span.start, end: Math.max(last.span.end, first.span.start) });
}

// src/model/image-pin.ts
function imagePinProblem(resolved, subject, trustedRegistries, options = {}) {
  const name = parseImageName(resolved);
  const brokenDigest = `${subject} has a digest that is not a full sha256 (\`sha256:\` and 64 hex digits), so it pins nothing.`;
  if (!name) return resolved.includes("@") ? { severity: "error", message: brokenDigest } : void 0;
  if (trustedRegistries.some((prefix) => resolved.startsWith(prefix) || name.registry === prefix.replace(/\/+$/, ""))) return void 0;
  if (name.digest && isFullSha256Digest(name.digest)) return void 0;
  if (name.digest) return { severity: "error", message: brokenDigest, name };
  if (!name.tag && options.mayNameBuildContext && !resolved.includes("/")) {
    return {
      severity: "note",
      message: `${subject} is no stage of this Dockerfile and has no registry, path, tag or digest: it is most likely a named build context (\`--build-context ${name.familiar}=...\`), whose content this Dockerfile cannot pin. If it is an image, it means \`latest\`: pin it by digest.`,
      name
    };
  }
  if (!name.tag) return { severity: "error", message: `${subject} has no tag, which means \`latest\`: it changes with every release. Pin it by digest.`, name };
  if (name.tag === "latest") return { severity: "error", message: `${subject} uses \`latest\`, which changes with every release. Pin a version tag and its digest.`, name };
  return { message: `${subject} is a mutable tag: it can point to different images tomorrow. Pin it by digest (\`${name.familiar}:${name.tag}@sha256:...\`).`, name };
}

// src/model/index.ts
function loadDockerfileParser() {
  return import("./parse-ZUK7LMDF.js");
}
async function parseDockerfileText(text, file, options = {}) {
  const { parseDockerfile } = await loadDockerfileParser();
  const parse = () => {
    const model = parseDockerfile(text, file, options);
    for (const instruction of model.instructions) void instruction.script;
    return model;
  };
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof PowerShellGrammarNeeded)) throw error;
    await loadPowerShellGrammar();
    return parse();
  }
}

export {
  imagePinProblem,
  instructionsWithTriggers,
  runUnits,
  shellCommands,
  variablesOf,
  stageChain,
  findStage,
  stageLabel,
  onbuildOf,
  instructionRef,
  instructionLocation,
  instructionText,
  argumentsText,
  argumentsSource,
  regionOfWords,
  loadDockerfileParser,
  parseDockerfileText
};
