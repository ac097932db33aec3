import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  require_main
} from "./chunk-6U2T5ATA.js";
import {
  ExpansionBudget,
  createPositionMapper,
  expandVariables,
  isWindowsImage,
  joinContinuations,
  loadShellParser,
  offsetOf,
  parseImageName
} from "./chunk-MTVBCLBT.js";
import {
  isPosixShellArgv
} from "./chunk-GDP2MSJB.js";
import "./chunk-2SZMTY7D.js";
import {
  __toESM
} from "./chunk-36S4BROV.js";

// src/model/dockerfile-ast.ts
var import_dockerfile_ast = __toESM(require_main(), 1);
var { DockerfileParser, From, JSONInstruction, ModifiableInstruction, Onbuild, PropertyInstruction } = import_dockerfile_ast.default;
var rawArguments = /* @__PURE__ */ new WeakMap();
var instructionPrototype = import_dockerfile_ast.default.Instruction.prototype;
var tokenize = instructionPrototype.getRawArguments;
instructionPrototype.getRawArguments = function memoizedRawArguments() {
  let cached = rawArguments.get(this);
  if (!cached) {
    cached = tokenize.call(this);
    rawArguments.set(this, cached);
  }
  return cached.slice();
};
var AstReader = class {
  constructor(text, positions, escapeChar, problems) {
    this.text = text;
    this.positions = positions;
    this.escapeChar = escapeChar;
    this.problems = problems;
  }
  text;
  positions;
  escapeChar;
  problems;
  spanOf(range) {
    return { start: offsetOf(this.positions, range.start), end: offsetOf(this.positions, range.end) };
  }
  directives(ast) {
    return ast.getDirectives().map((directive) => ({
      name: directive.getName().toLowerCase(),
      value: directive.getValue(),
      region: this.positions.regionOf(this.spanOf(directive.getRange())),
      valueSpan: this.spanOf(directive.getValueRange())
    }));
  }
  /** Whether the instruction is in exec form (`CMD ["a", "b"]`). */
  isExecForm(node) {
    return node instanceof JSONInstruction && node.getOpeningBracket() !== null && node.getClosingBracket() !== null;
  }
  /** The strings of an exec-form instruction, with their values. */
  jsonStrings(node) {
    return node.getJSONStrings().map((json) => {
      const span = this.spanOf(json.getRange());
      const raw = this.text.slice(span.start, span.end);
      return { raw, value: jsonString(raw), span };
    });
  }
  /** The whitespace-separated arguments of a shell-form instruction, after its flags. */
  words(node) {
    return node.getArguments().map((argument) => ({ raw: argument.getValue(), span: this.spanOf(argument.getRange()) }));
  }
  flags(node) {
    if (!(node instanceof ModifiableInstruction)) return [];
    return node.getFlags().map((flag) => {
      const valueRange = flag.getValueRange();
      return {
        name: flag.getName().toLowerCase(),
        value: flag.getValue() ?? void 0,
        span: this.spanOf(flag.getRange()),
        valueSpan: valueRange ? this.spanOf(valueRange) : void 0,
        options: flag.getOptions().map((option) => {
          const optionValueRange = option.getValueRange();
          return {
            key: option.getName().toLowerCase(),
            value: option.getValue() ?? void 0,
            span: this.spanOf(option.getRange()),
            valueSpan: optionValueRange ? this.spanOf(optionValueRange) : void 0
          };
        })
      };
    });
  }
  heredocs(node) {
    const withHeredocs = node;
    if (typeof withHeredocs.getHeredocs !== "function") return [];
    const { text, positions } = this;
    return withHeredocs.getHeredocs().map((heredoc) => {
      const content = heredoc.getContentRange();
      const markerStart = offsetOf(positions, heredoc.getStartRange().start);
      const nameEnd = offsetOf(positions, heredoc.getNameRange().end);
      const quote = text[nameEnd];
      const markerEnd = quote === '"' || quote === "'" ? nameEnd + 1 : nameEnd;
      const opener = text.slice(markerStart, markerEnd);
      const bodySpan = content ? this.spanOf(content) : { start: markerEnd, end: markerEnd };
      if (!heredoc.getDelimiterRange()) {
        this.problems.push({ level: "error", message: `heredoc \`${heredoc.getName()}\` is never closed: no line holds just \`${heredoc.getName()}\``, region: positions.regionOf({ start: markerStart, end: markerEnd }) });
      }
      return {
        name: heredoc.getName(),
        quoted: /["']/.test(opener),
        stripTabs: opener.startsWith("<<-"),
        body: text.slice(bodySpan.start, bodySpan.end),
        bodySpan,
        markerSpan: { start: markerStart, end: markerEnd }
      };
    });
  }
  /** The `NAME=value` pairs of an ARG, ENV or LABEL. */
  properties(node) {
    return node instanceof PropertyInstruction ? node.getProperties() : void 0;
  }
  /** An ARG/ENV/LABEL value as written (quotes kept, continuations joined), for the builder's word processing. */
  rawValueOf(property) {
    const valueRange = property.getValueRange();
    if (!valueRange) return "";
    const span = this.spanOf(valueRange);
    return joinContinuations(this.text.slice(span.start, span.end), this.escapeChar);
  }
  /** The span inside the quotes of a quoted value. */
  unquotedSpan(span) {
    const value = this.text.slice(span.start, span.end);
    return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? { start: span.start + 1, end: span.end - 1 } : span;
  }
};
function jsonString(literal) {
  try {
    const value = JSON.parse(literal);
    return typeof value === "string" ? value : literal;
  } catch {
    return stripQuotes(literal);
  }
}
function stripQuotes(value) {
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? value.slice(1, -1) : value;
}

// src/model/image-references.ts
function imageReference(model, expand, raw, span, usage, lookup) {
  const expansion = expand(raw, lookup, span, { quotes: true });
  const resolved = expansion.value;
  const viaArgs = expansion.used.map((name) => model.globalArgs.findLast((arg) => arg.name === name)).filter((arg) => arg !== void 0);
  const reference = {
    raw,
    span,
    region: model.positions.regionOf(span),
    resolved,
    unresolved: expansion.unresolved,
    kind: "image",
    viaArgs,
    usage
  };
  if (resolved === void 0) return reference;
  if (usage !== "syntax" && resolved.toLowerCase() === "scratch") reference.kind = "scratch";
  else if (usage !== "syntax" && model.stages.some((s) => s.name === resolved.toLowerCase())) {
    reference.kind = "stage";
    reference.stage = model.stages.find((s) => s.name === resolved.toLowerCase());
  } else reference.name = parseImageName(resolved);
  return reference;
}
function referenceImagesInFlags(model, expand, instruction) {
  const lookup = (name) => instruction.variables.get(name);
  const add = (raw, span, usage) => {
    const reference = imageReference(model, expand, raw, span, usage, lookup);
    if (reference.kind === "image" && reference.resolved !== void 0 && /^\d+$/.test(reference.resolved)) {
      const byIndex = model.stages[Number(reference.resolved)];
      reference.kind = "stage";
      reference.stage = byIndex;
      reference.name = void 0;
    }
    reference.instruction = instruction;
    model.imageReferences.push(reference);
  };
  for (const flag of instruction.flags) {
    if (flag.name === "from" && instruction.keyword === "COPY" && flag.value && flag.valueSpan) {
      add(flag.value, flag.valueSpan, "copy-from");
    } else if (flag.name === "mount") {
      const from = flag.options.find((option) => option.key === "from");
      if (from?.value && from.valueSpan) add(from.value, from.valueSpan, "mount-from");
    }
  }
}

// src/model/scope.ts
var ScopeTimeline = class {
  histories = /* @__PURE__ */ new Map();
  version = 0;
  view;
  constructor(initial = []) {
    for (const [name, value] of initial) this.set(name, value);
  }
  set(name, value) {
    if (this.view) {
      this.version++;
      this.view = void 0;
    }
    const history = this.histories.get(name);
    if (!history) this.histories.set(name, { versions: [this.version], values: [value] });
    else if (history.versions.at(-1) === this.version) history.values[history.values.length - 1] = value;
    else {
      history.versions.push(this.version);
      history.values.push(value);
    }
  }
  /** The variables as they are now. */
  now() {
    if (!this.view) {
      const version = this.version;
      this.view = { get: (name) => this.lookup(name, version)?.value, has: (name) => this.lookup(name, version) !== void 0 };
    }
    return this.view;
  }
  /** Names with their current values, in the order they were first set. */
  *entries() {
    for (const [name, history] of this.histories) yield [name, history.values.at(-1)];
  }
  lookup(name, version) {
    const history = this.histories.get(name);
    if (!history || history.versions[0] > version) return void 0;
    let low = 0;
    let high = history.versions.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (history.versions[middle] <= version) low = middle;
      else high = middle - 1;
    }
    return { value: history.values[low] };
  }
};
var AUTOMATIC_PLATFORM_ARGS = ["BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT"];
var FileScopes = class {
  constructor(buildArgs) {
    this.buildArgs = buildArgs;
    this.global = new ScopeTimeline(AUTOMATIC_PLATFORM_ARGS.map((name) => [name, buildArgs[name]]));
    this.current = this.global;
  }
  buildArgs;
  /** Automatic platform ARGs are unknown (they depend on the builder) unless `--build-arg` sets them. */
  global;
  current;
  env = /* @__PURE__ */ new Map();
  stageEnv = /* @__PURE__ */ new Map();
  inStage = false;
  /** The variables the next instruction sees. */
  now() {
    return this.current.now();
  }
  /** A new stage starts, with the ENV of the stage it is built from, if any. */
  enterStage(stage, parent) {
    this.env = new Map(parent ? this.stageEnv.get(parent) ?? [] : []);
    this.current = new ScopeTimeline(this.env);
    this.stageEnv.set(stage, this.env);
    this.inStage = true;
  }
  /** `ARG NAME[=default]`: `--build-arg` wins; inside a stage, `ARG NAME` re-imports the global value. */
  declareArg(name, defaultValue) {
    this.current.set(name, this.buildArgs[name] ?? defaultValue ?? (this.inStage ? this.global.now().get(name) : void 0));
  }
  setEnv(name, value) {
    this.current.set(name, value);
    this.env.set(name, value);
  }
};

// src/model/parse.ts
var { parseRunScript } = await loadShellParser();
var KNOWN_INSTRUCTIONS = /* @__PURE__ */ new Set([
  "ADD",
  "ARG",
  "CMD",
  "COPY",
  "ENTRYPOINT",
  "ENV",
  "EXPOSE",
  "FROM",
  "HEALTHCHECK",
  "LABEL",
  "MAINTAINER",
  "ONBUILD",
  "RUN",
  "SHELL",
  "STOPSIGNAL",
  "USER",
  "VOLUME",
  "WORKDIR"
]);
var EXPANDING_INSTRUCTIONS = /* @__PURE__ */ new Set(["ADD", "COPY", "ENV", "EXPOSE", "FROM", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR", "ONBUILD"]);
var DEFAULT_SHELL = ["/bin/sh", "-c"];
var WINDOWS_SHELL = ["cmd", "/S", "/C"];
function parseDockerfile(text, file, options = {}) {
  const positions = createPositionMapper(text);
  const ast = DockerfileParser.parse(text);
  const escapeChar = ast.getEscapeCharacter() === "`" ? "`" : "\\";
  const problems = [];
  const reader = new AstReader(text, positions, escapeChar, problems);
  const budget = new ExpansionBudget();
  const expand = (raw, lookup, span, expandOptions = {}) => expandVariables(raw, lookup, escapeChar, { ...expandOptions, budget, at: span });
  const directives = reader.directives(ast);
  const model = {
    file,
    text,
    eol: dominantLineEnding(text),
    directives,
    escapeChar,
    globalArgs: [],
    stages: [],
    instructions: [],
    imageReferences: [],
    problems,
    positions
  };
  const syntax = directives.find((d) => d.name === "syntax");
  if (syntax && syntax.value) {
    model.syntax = imageReference(model, expand, syntax.value, syntax.valueSpan, "syntax", () => void 0);
    model.imageReferences.push(model.syntax);
  }
  const shellPragma = /^#\s*hadolint\s+shell=(\S+)/m.exec(text)?.[1];
  const defaultShell = shellPragma ? [shellPragma] : DEFAULT_SHELL;
  const scopes = new FileScopes(options.buildArgs ?? {});
  let shell = defaultShell;
  let stage;
  const unknown = [];
  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword().toUpperCase();
    const instruction = buildInstruction(node, keyword);
    model.instructions.push(instruction);
    if (!KNOWN_INSTRUCTIONS.has(keyword)) unknown.push(instruction);
    if (keyword === "FROM" && node instanceof From) {
      stage = startStage(node, instruction);
      continue;
    }
    if (stage) stage.instructions.push(instruction);
    else if (keyword !== "ARG" && KNOWN_INSTRUCTIONS.has(keyword)) {
      problems.push({ level: "error", message: `\`${keyword}\` before the first FROM`, region: instruction.region });
    }
    if (keyword === "ARG") declareArgs(node, instruction);
    else if (keyword === "ENV") for (const property of instruction.properties ?? []) scopes.setEnv(property.name, property.value);
    else if (keyword === "SHELL" && instruction.form === "exec" && instruction.args.length > 0) {
      shell = instruction.args.map((arg) => arg.value ?? arg.raw);
    } else if (stage && (keyword === "COPY" || keyword === "RUN")) referenceImagesInFlags(model, expand, instruction);
    if (instruction.trigger && stage && (instruction.trigger.keyword === "COPY" || instruction.trigger.keyword === "RUN")) {
      referenceImagesInFlags(model, expand, instruction.trigger);
    }
  }
  if (unknown.length > 0) {
    const first = unknown[0];
    const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more unknown instruction${unknown.length > 2 ? "s" : ""}${looksTemplated(text) ? "; this looks like a template, audit its rendered output" : ""})` : "";
    problems.push({ level: "error", message: `unknown instruction \`${text.slice(first.keywordSpan.start, first.keywordSpan.end)}\`${more}`, region: positions.regionOf(first.keywordSpan) });
  }
  if (budget.refused > 0) problems.push(budget.problem(positions));
  if (model.stages.length === 0 && model.problems.every((p) => p.level !== "error")) {
    const region = positions.regionOf({ start: 0, end: Math.min(text.length, 1) });
    problems.push({ level: "error", message: "no FROM instruction: this is not a buildable Dockerfile", region });
  }
  return model;
  function buildInstruction(node, keyword) {
    const span = reader.spanOf(node.getRange());
    const flags = reader.flags(node);
    const expands = EXPANDING_INSTRUCTIONS.has(keyword);
    const variables = scopes.now();
    const json = reader.isExecForm(node) ? reader.jsonStrings(node) : void 0;
    const exec = json !== void 0;
    const args = json ?? reader.words(node).map(({ raw, span: wordSpan }) => ({ raw, value: expands ? expand(raw, (name) => variables.get(name), wordSpan).value : raw, span: wordSpan }));
    const argsRange = node.getArgumentsRange();
    const heredocs = reader.heredocs(node);
    const instructionShell = shell;
    let script = null;
    const instruction = {
      keyword,
      span,
      region: positions.regionOf(span),
      keywordSpan: reader.spanOf(node.getInstructionRange()),
      stage,
      flags,
      args,
      argsSpan: argsRange ? reader.spanOf(argsRange) : void 0,
      properties: keyword === "ENV" || keyword === "LABEL" ? propertiesOf(node, variables) : void 0,
      form: exec ? "exec" : args.length > 0 || heredocs.length > 0 ? "shell" : "none",
      heredocs,
      variables,
      shell: instructionShell,
      get script() {
        if (script === null) script = scriptOf(this);
        return script;
      }
    };
    if (node instanceof Onbuild) {
      const trigger = node.getTriggerInstruction();
      if (trigger) instruction.trigger = buildInstruction(trigger, trigger.getKeyword().toUpperCase());
    }
    return instruction;
  }
  function scriptOf(instruction) {
    if (instruction.keyword !== "RUN" || instruction.form !== "shell" || !instruction.argsSpan) return void 0;
    if (!isPosixShellArgv(instruction.shell)) return void 0;
    return parseRunScript({
      text,
      span: { start: instruction.argsSpan.start, end: instruction.span.end },
      heredocs: instruction.heredocs,
      escapeChar,
      variables: instruction.variables,
      positions
    });
  }
  function startStage(node, instruction) {
    const imageArg = instruction.args[0];
    const platform = instruction.flags.find((flag) => flag.name === "platform")?.value;
    const name = node.getBuildStage()?.toLowerCase() ?? void 0;
    const index = model.stages.length;
    const image = imageArg ? imageReference(model, expand, imageArg.raw, imageArg.span, "from", (name2) => scopes.global.now().get(name2)) : imageReference(model, expand, "", instruction.keywordSpan, "from", () => void 0);
    const next = { index, name, from: instruction, image, platform, instructions: [] };
    instruction.stage = next;
    model.stages.push(next);
    if (!imageArg) problems.push({ level: "error", message: "FROM without an image", region: instruction.region });
    image.instruction = instruction;
    model.imageReferences.push(image);
    scopes.enterStage(next, image.kind === "stage" ? image.stage : void 0);
    shell = isWindowsImage(image.name ?? image.resolved ?? image.raw) ? WINDOWS_SHELL : defaultShell;
    return next;
  }
  function declareArgs(node, instruction) {
    const properties = reader.properties(node);
    if (!properties) return;
    const before = scopes.now();
    for (const property of properties) {
      const name = property.getName();
      const rawDefault = property.getValue();
      const valueRange = property.getValueRange();
      const defaultValue = rawDefault === null ? void 0 : expand(reader.rawValueOf(property), (name2) => before.get(name2), reader.spanOf(valueRange ?? property.getRange()), { quotes: true }).value;
      const declaration = {
        name,
        defaultValue: rawDefault === null ? void 0 : stripQuotes(rawDefault),
        defaultSpan: valueRange ? reader.unquotedSpan(reader.spanOf(valueRange)) : void 0,
        instruction
      };
      scopes.declareArg(name, defaultValue);
      if (!stage) model.globalArgs.push(declaration);
    }
  }
  function propertiesOf(node, variables) {
    return reader.properties(node)?.map((property) => {
      const raw = reader.rawValueOf(property);
      const span = reader.spanOf(property.getRange());
      return { name: property.getName(), raw, value: expand(raw, (name) => variables.get(name), span, { quotes: true }).value, span };
    });
  }
}
function dominantLineEnding(text) {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}
function looksTemplated(text) {
  return /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/.test(text);
}
export {
  parseDockerfile
};
