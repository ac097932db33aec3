import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  loadGrammar
} from "./chunk-LMDMMCJB.js";
import {
  MAX_EXPANDED_LENGTH,
  isShellName,
  programName,
  unwrapArgv
} from "./chunk-VYB3TRTB.js";
import "./chunk-36S4BROV.js";

// src/shell/source.ts
function shellSourceOf(source, end) {
  const escape = source.escapeChar;
  const lines = source.text.slice(source.span.start, end).split("\n");
  const out = lines.map((line, index) => {
    if (index > 0 && index < lines.length - 1 && /^\s*(#.*)?$/.test(line)) return " ".repeat(line.length) + " ";
    if (index > 0 && index === lines.length - 1 && /^\s*#/.test(line)) return " ".repeat(line.length);
    let text = line.endsWith("\r") ? `${line.slice(0, -1)} ` : line;
    const before = endOfContent(text) - 1;
    if (before >= 0 && text[before] === escape && index < lines.length - 1) {
      text = `${text.slice(0, before)}${" ".repeat(text.length - before - 1)}\\`;
    }
    return text + (index < lines.length - 1 ? "\n" : "");
  });
  let result = out.join("");
  for (const heredoc of source.heredocs) {
    const from = heredoc.markerSpan.start - source.span.start;
    const to = heredoc.markerSpan.end - source.span.start;
    if (from >= 0 && to <= result.length) result = result.slice(0, from) + " ".repeat(to - from) + result.slice(to);
  }
  return result;
}
function endOfContent(line) {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "	")) end--;
  return end;
}

// src/shell/tree-sitter.ts
var parser = await loadGrammar("tree-sitter-bash.wasm", "tree-sitter-bash");
function parseBash(source) {
  const tree = parser.parse(source);
  if (!tree) throw new Error("tree-sitter returned no tree");
  return tree;
}

// src/shell/words.ts
var ScriptVariables = class {
  constructor(outer) {
    this.outer = outer;
  }
  outer;
  assigned = /* @__PURE__ */ new Map();
  get(name) {
    return this.assigned.has(name) ? this.assigned.get(name) : this.outer.get(name);
  }
  has(name) {
    return this.assigned.has(name) || this.outer.has(name);
  }
  set(name, value) {
    this.assigned.set(name, value);
  }
};
function splitFields(word, node) {
  if (word.value === void 0 || !/\s/.test(word.value) || !hasUnquotedExpansion(node)) return [word];
  return word.value.split(/\s+/).filter((field) => field !== "").map((field) => ({ ...word, value: field }));
}
function hasUnquotedExpansion(node) {
  if (node.type === "simple_expansion" || node.type === "expansion") return true;
  return node.type === "concatenation" && node.namedChildren.some((child) => child !== null && hasUnquotedExpansion(child));
}
function wordOf(node, state) {
  const span = spanOf(node, state);
  const word = { raw: node.text, value: wordValue(node, state), span, region: state.positions.regionOf(span) };
  if (word.value === void 0) {
    const partial = wordValue(node, state, true);
    if (partial !== void 0 && partial !== node.text) word.partial = partial;
  }
  if (node.type === "command_substitution") {
    const file = fileReadBy(node);
    if (file) word.contentOf = wordOf(file, state);
  }
  return word;
}
function fileReadBy(substitution) {
  const [inner, ...more] = substitution.namedChildren;
  if (!inner || more.length > 0) return void 0;
  if (inner.type === "file_redirect" && inner.children.some((child) => child?.text === "<")) return inner.childForFieldName("destination") ?? void 0;
  if (inner.type !== "command") return void 0;
  const name = inner.childForFieldName("name")?.text;
  const args = inner.namedChildren.filter((child) => child?.type !== "command_name");
  if (name === "cat" && args.length === 1 && !args[0].text.startsWith("-")) return args[0];
  if (name === "grep" && args.length === 3 && /^-[vE]*v[vE]*$/.test(args[0].text)) return args[2];
  return void 0;
}
function wordValue(node, state, keepUnknown = false) {
  switch (node.type) {
    case "word":
    case "number":
      return unescapeWord(node.text);
    case "raw_string":
      return node.text.slice(1, -1);
    case "ansi_c_string":
      return node.text.slice(2, -1);
    case "string_content":
      return node.text.replace(/\\([$`"\\\n])/g, "$1");
    case "string": {
      let value = "";
      let cursor = node.startIndex + 1;
      for (const child of node.namedChildren) {
        if (!child) continue;
        value += state.text.slice(cursor, child.startIndex);
        const part = wordValue(child, state, keepUnknown);
        if (part === void 0 || value.length + part.length > MAX_EXPANDED_LENGTH) return void 0;
        value += part;
        cursor = child.endIndex;
      }
      return value + state.text.slice(cursor, Math.max(cursor, node.endIndex - 1));
    }
    case "concatenation": {
      let value = "";
      for (const child of node.namedChildren) {
        if (!child) continue;
        const part = wordValue(child, state, keepUnknown);
        if (part === void 0 || value.length + part.length > MAX_EXPANDED_LENGTH) return void 0;
        value += part;
      }
      return value;
    }
    case "simple_expansion":
      return lookupVariable(node.namedChildren[0]?.text, state) ?? (keepUnknown ? node.text : void 0);
    case "expansion":
      return expansionValue(node, state) ?? (keepUnknown ? node.text : void 0);
    default:
      return keepUnknown ? node.text : void 0;
  }
}
function expansionValue(node, state) {
  const inner = node.text.slice(2, -1);
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+])(.*))?$/s.exec(inner);
  if (!match) return void 0;
  const [, name, operator, word = ""] = match;
  const value = lookupVariable(name, state);
  if (!operator) return value;
  const set = value !== void 0 && (operator.startsWith(":") ? value !== "" : true);
  const alternative = operatorWord(word, state);
  if (operator.endsWith("+")) return set ? alternative : value === void 0 ? void 0 : "";
  return set ? value : value === void 0 && state.variables.has(name) ? alternative : value ?? alternative;
}
function operatorWord(word, state) {
  if (!word.includes("$")) return word;
  let value = "";
  let cursor = 0;
  for (const reference of word.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const part = lookupVariable(reference[1] ?? reference[2], state);
    const literal = word.slice(cursor, reference.index);
    if (part === void 0 || literal.includes("$") || value.length + literal.length + part.length > MAX_EXPANDED_LENGTH) return void 0;
    value += literal + part;
    cursor = reference.index + reference[0].length;
  }
  const rest = word.slice(cursor);
  return rest.includes("$") ? void 0 : value + rest;
}
function lookupVariable(name, state) {
  return name === void 0 ? void 0 : state.variables.get(name);
}
function unescapeWord(text) {
  return text.includes("\\") ? text.replace(/\\(.)/gs, "$1") : text;
}
function spanOf(node, state) {
  if (state.map.collapseTo) return state.map.collapseTo;
  return { start: state.map.base + node.startIndex, end: state.map.base + node.endIndex };
}

// src/shell/parse.ts
function parseRunScript(source) {
  const firstBody = source.heredocs.length > 0 ? Math.min(...source.heredocs.map((h) => h.bodySpan.start)) : source.span.end;
  const commandEnd = Math.max(source.span.start, Math.min(firstBody, source.span.end));
  const state = walkState(shellSourceOf(source, commandEnd), source.span.start, source.variables, source.positions);
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
  parseRunScript,
  parseShellFile
};
