import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  ScriptVariables,
  commandLinesEnd,
  commandStringArgument,
  parsePowerShell,
  parsePowerShellFile,
  parsePowerShellRun,
  shellSourceOf,
  spanOf,
  splitFields,
  wordOf,
  wordValue
} from "./chunk-W2XAIA57.js";
import {
  loadGrammar
} from "./chunk-R2FKR6OC.js";
import {
  isShellName,
  programName,
  runsPowerShell,
  unwrapArgv
} from "./chunk-SQ42UHQ5.js";
import "./chunk-36S4BROV.js";

// src/shell/tree-sitter.ts
var parser = await loadGrammar("tree-sitter-bash.wasm", "tree-sitter-bash");
function parseBash(source) {
  const tree = parser.parse(source);
  if (!tree) throw new Error("tree-sitter returned no tree");
  return tree;
}

// src/shell/parse.ts
function parseRunScript(source, options = {}) {
  const state = walkState(shellSourceOf(source, commandLinesEnd(source)), source.span.start, source.variables, source.positions);
  state.literalBackslashes = options.literalBackslashes;
  parseInto(state);
  const lineCommands = [...state.commands];
  for (const heredoc of source.heredocs) {
    const consumer = lineCommands.findLast((command) => command.span.start < heredoc.markerSpan.start && !command.parent);
    const name = consumer ? programName(consumer.argv[0]) : void 0;
    const isScript = !consumer || isShellName(name) && !hasCommandStringFlag(consumer.argv);
    if (!isScript) continue;
    parseInto({
      ...state,
      text: heredoc.body.replace(/\r/g, " "),
      map: { base: heredoc.bodySpan.start },
      parent: consumer,
      depth: state.depth + 1
    });
  }
  return scriptOf(state);
}
function parseShellFile(source) {
  const state = walkState(source.text.replace(/\r/g, " "), source.offset, source.variables, source.positions);
  parseInto(state);
  return scriptOf(state);
}
function parseExecArgv(source) {
  const state = walkState("", 0, source.variables, source.positions);
  const words = source.argv.map((arg) => ({ raw: arg.raw, value: arg.value, span: arg.span, region: source.positions.regionOf(arg.span) }));
  if (words.length > 0) {
    const span = { start: words[0].span.start, end: words.at(-1).span.end };
    const command = { words, assignments: [], redirects: [], span, region: source.positions.regionOf(span), pipeline: [], pipelineIndex: 0, inSubstitution: false, argv: unwrapArgv(words) };
    command.pipeline = [command];
    state.commands.push(command);
    parseCommandString(command, state);
  }
  return scriptOf(state);
}
function scriptOf(state) {
  return { commands: state.commands, errors: state.errors, assignments: state.assignments };
}
function walkState(text, base, variables, positions) {
  return { text, map: { base }, variables: new ScriptVariables(variables), positions, commands: [], errors: [], assignments: [], depth: 0 };
}
function parseInto(state) {
  if (state.text.trim() === "") return;
  const tree = parseBash(state.text);
  try {
    walk(tree.rootNode, state, false);
  } finally {
    tree.delete();
  }
}
function walk(node, state, inSubstitution) {
  switch (node.type) {
    case "ERROR":
      state.errors.push(spanOf(node, state));
      break;
    case "pipeline": {
      const members = [];
      for (const child of node.namedChildren) {
        if (!child) continue;
        const command = commandNodeOf(child);
        if (command) members.push(buildCommand(command, child, state, inSubstitution));
        else walk(child, state, inSubstitution);
      }
      members.forEach((member, index) => {
        member.pipeline = members;
        member.pipelineIndex = index;
      });
      return;
    }
    case "command":
      buildCommand(node, node, state, inSubstitution);
      return;
    case "redirected_statement": {
      const command = commandNodeOf(node);
      if (command) {
        buildCommand(command, node, state, inSubstitution);
        return;
      }
      const before = state.commands.length;
      for (const child of node.namedChildren) if (child && !child.type.endsWith("redirect")) walk(child, state, inSubstitution);
      const last = state.commands.slice(before).findLast((each) => each.inSubstitution === inSubstitution && each.parent === state.parent);
      for (const child of node.namedChildren) {
        if (child?.type.endsWith("redirect")) {
          last?.redirects.push(redirectOf(child, state));
          walk(child, state, inSubstitution);
        }
      }
      return;
    }
    case "variable_assignment":
      assign(node, state, inSubstitution);
      return;
    case "declaration_command":
      for (const child of node.namedChildren) if (child?.type === "variable_assignment") assign(child, state, inSubstitution);
      return;
    case "command_substitution":
    case "process_substitution":
      for (const child of node.namedChildren) if (child) walk(child, state, true);
      return;
  }
  for (const child of node.namedChildren) if (child) walk(child, state, inSubstitution);
}
function commandNodeOf(node) {
  if (node.type === "command") return node;
  if (node.type === "redirected_statement") {
    const body = node.childForFieldName("body") ?? node.namedChildren.find((child) => child?.type === "command");
    return body?.type === "command" ? body : void 0;
  }
  return void 0;
}
function buildCommand(node, statement, state, inSubstitution) {
  const words = [];
  const assignments = [];
  const redirects = [];
  const nested = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    switch (child.type) {
      case "variable_assignment": {
        const name = child.childForFieldName("name")?.text ?? child.text.split("=")[0];
        const value = child.childForFieldName("value");
        assignments.push({ name, value: value ? wordValue(value, state) : "", valueSpan: value ? spanOf(value, state) : void 0 });
        break;
      }
      case "command_name":
        if (child.firstNamedChild) words.push(wordOf(child.firstNamedChild, state));
        collectSubstitutions(child, nested);
        break;
      case "file_redirect":
      case "heredoc_redirect":
      case "herestring_redirect":
        redirects.push(redirectOf(child, state));
        collectSubstitutions(child, nested);
        break;
      default:
        words.push(...splitFields(wordOf(child, state), child));
        collectSubstitutions(child, nested);
    }
  }
  if (statement !== node) {
    for (const child of statement.namedChildren) {
      if (child && child !== node && child.type.endsWith("redirect")) redirects.push(redirectOf(child, state));
    }
  }
  const span = spanOf(statement, state);
  const command = {
    words,
    assignments,
    redirects,
    span,
    region: state.positions.regionOf(span),
    pipeline: [],
    pipelineIndex: 0,
    parent: state.parent,
    inSubstitution,
    argv: []
  };
  command.pipeline = [command];
  command.argv = unwrapArgv(words);
  state.commands.push(command);
  for (const substitution of nested) for (const child of substitution.namedChildren) if (child) walk(child, state, true);
  parseCommandString(command, state);
  return command;
}
function parseCommandString(command, state) {
  if (state.depth > 4) return;
  if (runsPowerShell(command.argv[0]?.value)) return parsePowerShellString(command, state);
  if (!isShellName(programName(command.argv[0]))) return;
  const index = command.argv.findIndex((word, i) => i > 0 && isCommandStringFlag(word.value));
  const script = index > 0 ? command.argv.slice(index + 1).find((word) => !word.value?.startsWith("-")) : void 0;
  if (!script?.value) return;
  const quoted = script.raw.length >= 2 && (script.raw[0] === "'" || script.raw[0] === '"') && script.raw.slice(1, -1) === script.value;
  parseInto({
    ...state,
    text: script.value,
    map: quoted ? { base: script.span.start + 1 } : { base: script.span.start, collapseTo: script.span },
    parent: command,
    depth: state.depth + 1
  });
}
function parsePowerShellString(command, state) {
  const argument = commandStringArgument(command);
  if (!argument || state.map.collapseTo) return;
  const script = "text" in argument ? argument : { text: state.text.slice(argument.from - state.map.base), map: { base: argument.from } };
  state.commands.push(...parsePowerShell({ ...script, variables: state.variables, positions: state.positions, parent: command, depth: state.depth + 1 }).commands);
}
function hasCommandStringFlag(argv) {
  return argv.some((word, i) => i > 0 && isCommandStringFlag(word.value));
}
function isCommandStringFlag(value) {
  return value !== void 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(value);
}
var LEAF_WORDS = /* @__PURE__ */ new Set(["word", "number", "raw_string", "ansi_c_string", "string_content", "simple_expansion"]);
function collectSubstitutions(node, into) {
  if (LEAF_WORDS.has(node.type)) return;
  if (node.type === "command_substitution" || node.type === "process_substitution") {
    into.push(node);
    return;
  }
  for (const child of node.namedChildren) if (child) collectSubstitutions(child, into);
}
function redirectOf(node, state) {
  const operator = node.children.find((child) => child && !child.isNamed)?.text ?? "";
  const target = node.childForFieldName("destination") ?? node.namedChildren.find((child) => child && child.type !== "file_descriptor");
  return { operator, target: target ? wordOf(target, state) : void 0 };
}
function assign(node, state, inSubstitution) {
  const name = node.childForFieldName("name")?.text;
  if (!name) return;
  const value = node.childForFieldName("value");
  const known = value ? wordValue(value, state) : "";
  if (value) walk(value, state, inSubstitution);
  state.variables.set(name, known);
  state.assignments.push({ name, value: known, valueSpan: value ? spanOf(value, state) : void 0 });
}
export {
  parseExecArgv,
  parsePowerShell,
  parsePowerShellFile,
  parsePowerShellRun,
  parseRunScript,
  parseShellFile
};
