import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  loadGrammar
} from "./chunk-R2FKR6OC.js";
import {
  MAX_EXPANDED_LENGTH,
  PowerShellGrammarNeeded,
  runsPowerShell,
  unwrapArgv
} from "./chunk-SQ42UHQ5.js";

// src/shell/source.ts
function commandLinesEnd(source) {
  const firstBody = source.heredocs.length > 0 ? Math.min(...source.heredocs.map((h) => h.bodySpan.start)) : source.span.end;
  return Math.max(source.span.start, Math.min(firstBody, source.span.end));
}
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
      return state.literalBackslashes ? node.text : unescapeWord(node.text);
    case "raw_string":
      return node.text.slice(1, -1);
    case "ansi_c_string":
      return node.text.slice(2, -1);
    case "string_content":
      return state.literalBackslashes ? node.text : node.text.replace(/\\([$`"\\\n])/g, "$1");
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

// src/shell/powershell.ts
var parser;
async function loadPowerShellGrammar() {
  parser ??= await loadGrammar("tree-sitter-powershell.wasm", "tree-sitter-powershell");
}
function parsePowerShellRun(source) {
  const text = shellSourceOf(source, commandLinesEnd(source)).replaceAll("\\\n", "  ");
  return parsePowerShell({ text, map: { base: source.span.start }, variables: source.variables, positions: source.positions });
}
function parsePowerShellFile(source) {
  return parsePowerShell({ text: source.text.replace(/\r/g, " "), map: { base: source.offset }, variables: source.variables, positions: source.positions });
}
var WEB_CLIENT_METHODS = new Set(["downloadstring", "downloadfile", "downloaddata"].flatMap((method) => [method, `${method}async`, `${method}taskasync`]));
function parsePowerShell(source) {
  if (!parser) throw new PowerShellGrammarNeeded();
  const variables = source.variables instanceof ScriptVariables ? source.variables : new ScriptVariables(source.variables);
  const walk = { text: source.text, map: source.map, variables, positions: source.positions, commands: [], errors: [], parent: source.parent, depth: source.depth ?? 0 };
  if (source.text.trim() !== "") {
    const tree = parser.parse(withoutBracedVariables(source.text));
    if (!tree) throw new Error("tree-sitter returned no tree");
    try {
      visit(tree.rootNode, walk, false);
    } finally {
      tree.delete();
    }
  }
  return { commands: walk.commands, errors: walk.errors, dialect: "powershell" };
}
function withoutBracedVariables(text) {
  return text.replace(/\$\{([^{}\s]*)\}/g, (_, name) => `$${name}__`);
}
function visit(node, walk, nested) {
  if (node.type === "ERROR") walk.errors.push(spanOf(node, walk));
  if (node.type === "pipeline") return pipeline(node, walk, nested);
  for (const child of node.namedChildren) if (child) visit(child, walk, nested);
}
function pipeline(node, walk, nested) {
  const members = [];
  for (const element of pipelineElements(node)) {
    const member = element.type === "command" ? command(element, walk, nested) : webClientCallOf([element], walk, nested);
    if (member) members.push(member);
    else visit(element, walk, nested);
  }
  members.forEach((member, index) => {
    member.pipeline = members;
    member.pipelineIndex = index;
  });
}
function pipelineElements(node) {
  const chain = node.namedChildren.filter((child) => child !== null);
  return chain.flatMap((child) => child.type === "pipeline_chain" ? child.namedChildren.filter((inner) => inner !== null) : [child]).map(unwrap);
}
function unwrap(node) {
  let current = node;
  while (current.namedChildCount === 1 && current.type.endsWith("_expression") && current.type !== "parenthesized_expression" && current.type !== "invokation_expression") {
    current = current.namedChildren[0];
  }
  return current;
}
function command(node, walk, nested) {
  const words = [];
  const elements = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "command_name" || child.type === "command_name_expr") words.push(wordOf2(child, walk));
    else if (child.type === "command_elements") {
      for (const written2 of child.namedChildren) if (written2 && written2.type !== "command_argument_sep") elements.push(unwrap(written2));
    }
  }
  words.push(...elements.map((element) => wordOf2(element, walk)));
  const built = add(words, spanOf(node, walk), walk, nested);
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index];
    if (isLiteral(element)) continue;
    const argumentList = elements[index + 1]?.type === "argument_list" ? elements[index + 1] : void 0;
    if (argumentList && webClientCallOf([element, argumentList], walk, true)) index++;
    else visit(element, walk, true);
  }
  commandString(built, node, walk);
  return built;
}
function webClientCallOf(parts, walk, nested) {
  const [member, ...rest] = parts;
  if (member?.type !== "invokation_expression" && member?.type !== "member_access") return void 0;
  const method = member.namedChildren.find((child) => child?.type === "member_name")?.text;
  if (!method || !WEB_CLIENT_METHODS.has(method.toLowerCase())) return void 0;
  const argumentList = member.namedChildren.find((child) => child?.type === "argument_list") ?? rest.find((part) => part.type === "argument_list");
  const call = add(parts.map((part) => wordOf2(part, walk)), { start: spanOf(member, walk).start, end: spanOf(parts.at(-1), walk).end }, walk, nested);
  const [url, file] = (argumentList?.descendantsOfType("argument_expression") ?? []).slice(0, 2).map((argument) => {
    const literal = argument?.descendantsOfType("string_literal")[0];
    return literal ? wordOf2(literal, walk) : void 0;
  });
  call.webClient = { method, url: url?.value !== void 0 && /^(https?|ftp):\/\//i.test(url.value) ? url : void 0 };
  if (/^downloadfile/i.test(method) && file?.value !== void 0) call.webClient.file = file;
  for (const part of parts) for (const child of part.namedChildren) if (child && child.type !== "member_name") visit(child, walk, true);
  return call;
}
function add(words, span, walk, nested) {
  const built = { words, assignments: [], redirects: [], span, region: walk.positions.regionOf(span), pipeline: [], pipelineIndex: 0, parent: walk.parent, inSubstitution: nested, argv: [] };
  built.pipeline = [built];
  built.argv = unwrapArgv(words);
  walk.commands.push(built);
  return built;
}
function commandString(owner, node, walk) {
  const argument = commandStringArgument(owner);
  if (!argument || walk.depth > 4 || walk.map.collapseTo) return;
  const script = "text" in argument ? argument : { text: walk.text.slice(argument.from - walk.map.base, node.endIndex), map: { base: argument.from } };
  const nested = parsePowerShell({ ...script, variables: walk.variables, positions: walk.positions, parent: owner, depth: walk.depth + 1 });
  walk.commands.push(...nested.commands);
  walk.errors.push(...nested.errors);
}
function isLiteral(node) {
  return node.type === "generic_token" || node.type === "command_parameter" || node.type === "string_literal" && node.firstNamedChild?.type === "verbatim_string_characters";
}
function wordOf2(node, walk) {
  const span = spanOf(node, walk);
  return { raw: written(node, walk), value: valueOf(node, walk), span, region: walk.positions.regionOf(span) };
}
function written(node, walk) {
  return walk.text.slice(node.startIndex, node.endIndex);
}
function valueOf(node, walk) {
  const text = written(node, walk);
  switch (node.type) {
    case "command_name":
    case "command_parameter":
      return text;
    case "generic_token":
      return text.includes("$") || text.includes("`") ? void 0 : text;
    case "command_name_expr":
    case "string_literal":
      return node.namedChildCount === 1 ? valueOf(node.firstNamedChild, walk) : void 0;
    case "verbatim_string_characters":
      return text.slice(1, -1).replaceAll("''", "'");
    case "expandable_string_literal":
      return node.namedChildCount === 0 && !text.includes("`") ? text.slice(1, -1) : void 0;
    case "variable": {
      const name = /^\$env:(\w+)$|^\$\{env:(\w+)\}$/i.exec(text)?.slice(1).find(Boolean);
      return name === void 0 ? void 0 : walk.variables.get(name);
    }
    default:
      return void 0;
  }
}
function commandStringArgument(command2) {
  const argv = command2.argv;
  if (!runsPowerShell(argv[0]?.value)) return void 0;
  const flag = argv.findIndex((word, index) => index > 0 && /^-(c|command)$/i.test(word.value ?? ""));
  const first = flag > 0 ? argv[flag + 1] : void 0;
  if (!first) return void 0;
  const quote = first.raw[0];
  if (argv.length === flag + 2 && (quote === '"' || quote === "'") && first.raw.length >= 2 && first.raw.at(-1) === quote) {
    return { text: first.raw.slice(1, -1), map: { base: first.span.start + 1 } };
  }
  return { from: first.span.start };
}

export {
  commandLinesEnd,
  shellSourceOf,
  ScriptVariables,
  splitFields,
  wordOf,
  wordValue,
  spanOf,
  loadPowerShellGrammar,
  parsePowerShellRun,
  parsePowerShellFile,
  parsePowerShell,
  commandStringArgument
};
