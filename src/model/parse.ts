import type { Span } from '../findings/index.js';
import { isPosixShellArgv, isPowerShellArgv, loadShellParser, windowsProgramName, type Heredoc, type ShellScript, type VariableScope } from '../shell/index.js';
import { isWindowsImage } from './image-name.js';
import { imageReference, referenceImagesInFlags, type FileExpander } from './image-references.js';
import { joinContinuations } from './instruction-text.js';
import { createPositionMapper } from './positions.js';
import { readDockerfile } from './reader/read.js';
import type { ReadInstruction, ReadProperty } from './reader/types.js';
import { FileScopes } from './scope.js';
import type { ArgDeclaration, DockerfileModel, Instruction, InstructionArg, ModelProblem, Property, Stage } from './types.js';
import { ExpansionBudget, expandVariables } from './variables.js';

// The shell grammar (WebAssembly) compiles when it loads: it comes with the Dockerfile parser.
const { parseExecArgv, parsePowerShellRun, parseRunScript } = await loadShellParser();

export interface ParseOptions {
  /** `--build-arg NAME=value` overrides of ARG defaults. */
  buildArgs?: Readonly<Record<string, string>>;
}

const KNOWN_INSTRUCTIONS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/** Instructions whose arguments the builder itself expands (`$VAR`), per the Dockerfile reference. */
const EXPANDING_INSTRUCTIONS = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ONBUILD']);

const DEFAULT_SHELL = ['/bin/sh', '-c'];
const WINDOWS_SHELL = ['cmd', '/S', '/C'];

/**
 * Builds the model of one Dockerfile. Never throws on malformed input: what cannot be understood
 * is recorded in `problems` with its position.
 */
export function parseDockerfile(text: string, file: string, options: ParseOptions = {}): DockerfileModel {
  const positions = createPositionMapper(text);
  const read = readDockerfile(text);
  const escapeChar = read.escapeChar;
  const problems: ModelProblem[] = [];
  const budget = new ExpansionBudget();
  /** Expansion within the file's budget; what would outgrow it is refused, counted and reported once. */
  const expand: FileExpander = (raw, lookup, span, expandOptions = {}) => expandVariables(raw, lookup, escapeChar, { ...expandOptions, budget, at: span });

  const directives = read.directives.map((directive) => ({
    name: directive.name.toLowerCase(),
    value: directive.value,
    region: positions.regionOf(directive.span),
    valueSpan: directive.valueSpan,
  }));
  const model: DockerfileModel = {
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
    positions,
  };

  const syntax = directives.find((d) => d.name === 'syntax');
  if (syntax && syntax.value) {
    model.syntax = imageReference(model, expand, syntax.value, syntax.valueSpan, 'syntax', () => undefined);
    model.imageReferences.push(model.syntax);
  }

  // hadolint's `# hadolint shell=powershell` pragma names the default shell of files for Windows images.
  const shellPragma = /^#\s*hadolint\s+shell=(\S+)/m.exec(text)?.[1];
  const defaultShell = shellPragma ? [shellPragma] : DEFAULT_SHELL;
  const scopes = new FileScopes(options.buildArgs ?? {});
  let shell = defaultShell;
  let stage: Stage | undefined;
  // SHELL is part of the image: a stage built FROM another stage starts with the shell that one ended with.
  const shellAtEnd = new Map<Stage, string[]>();
  const unknown: Instruction[] = [];

  for (const node of read.instructions) {
    const keyword = node.keyword;
    const instruction = buildInstruction(node);
    model.instructions.push(instruction);

    if (!KNOWN_INSTRUCTIONS.has(keyword)) unknown.push(instruction);

    if (keyword === 'FROM') {
      if (stage) shellAtEnd.set(stage, shell);
      stage = startStage(node, instruction);
      continue;
    }
    if (stage) stage.instructions.push(instruction);
    else if (keyword !== 'ARG' && KNOWN_INSTRUCTIONS.has(keyword)) {
      problems.push({ level: 'error', message: `\`${keyword}\` before the first FROM`, region: instruction.region });
    }

    if (keyword === 'ARG') declareArgs(node.properties ?? [], instruction);
    else if (keyword === 'ENV') for (const property of instruction.properties ?? []) scopes.setEnv(property.name, property.value);
    else if (keyword === 'SHELL' && instruction.form === 'exec' && instruction.args.length > 0) {
      shell = instruction.args.map((arg) => arg.value ?? arg.raw);
    }
    else if (stage && (keyword === 'COPY' || keyword === 'RUN')) referenceImagesInFlags(model, expand, instruction);
    if (instruction.trigger && stage && (instruction.trigger.keyword === 'COPY' || instruction.trigger.keyword === 'RUN')) {
      referenceImagesInFlags(model, expand, instruction.trigger);
    }
  }

  if (unknown.length > 0) {
    // One error for the first, with a count: a templated file (`{{ ... }}`) would otherwise give one per line.
    const first = unknown[0]!;
    const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more unknown instruction${unknown.length > 2 ? 's' : ''}${looksTemplated(text) ? '; this looks like a template, audit its rendered output' : ''})` : '';
    problems.push({ level: 'error', message: `unknown instruction \`${text.slice(first.keywordSpan.start, first.keywordSpan.end)}\`${more}`, region: positions.regionOf(first.keywordSpan) });
  }

  if (budget.refused > 0) problems.push(budget.problem(positions));

  if (model.stages.length === 0 && model.problems.every((p) => p.level !== 'error')) {
    const region = positions.regionOf({ start: 0, end: Math.min(text.length, 1) });
    problems.push({ level: 'error', message: 'no FROM instruction: this is not a buildable Dockerfile', region });
  }

  return model;

  function buildInstruction(node: ReadInstruction): Instruction {
    const { keyword, span } = node;
    const expands = EXPANDING_INSTRUCTIONS.has(keyword);
    const variables = scopes.now();
    const exec = node.execStrings !== undefined;
    const args: InstructionArg[] = node.execStrings?.map(execString)
      ?? node.words.map(({ raw, span: wordSpan }) => ({ raw, value: expands ? expand(raw, (name) => variables.get(name), wordSpan).value : raw, span: wordSpan }));
    const heredocs = node.heredocs.map(heredocOf);
    const instructionShell = shell;
    let script: ShellScript | undefined | null = null;
    const instruction: Instruction = {
      keyword,
      span,
      region: positions.regionOf(span),
      keywordSpan: node.keywordSpan,
      stage,
      flags: node.flags,
      args,
      argsSpan: node.argsSpan,
      properties: keyword === 'ENV' || keyword === 'LABEL' ? propertiesOf(node.properties ?? [], variables) : undefined,
      form: exec ? 'exec' : args.length > 0 || heredocs.length > 0 ? 'shell' : 'none',
      heredocs,
      variables,
      shell: instructionShell,
      get script() {
        if (script === null) script = scriptOf(this);
        return script;
      },
    };
    if (node.trigger) instruction.trigger = buildInstruction(node.trigger);
    return instruction;
  }

  /** An exec-form string, decoded from its text (whitespace inside the quotes kept). */
  function execString(span: Span): InstructionArg {
    const raw = text.slice(span.start, span.end);
    return { raw, value: jsonString(raw), span };
  }

  /** The model's heredoc; one that is never closed is an error the builder would report. */
  function heredocOf({ closed, ...heredoc }: ReadInstruction['heredocs'][number]): Heredoc {
    if (!closed) {
      problems.push({ level: 'error', message: `heredoc \`${heredoc.name}\` is never closed: no line holds just \`${heredoc.name}\``, region: positions.regionOf(heredoc.markerSpan) });
    }
    return heredoc;
  }

  function scriptOf(instruction: Instruction): ShellScript | undefined {
    if (instruction.keyword === 'RUN' && instruction.form === 'exec') return parseExecArgv({ argv: instruction.args, variables: instruction.variables, positions });
    if (instruction.keyword !== 'RUN' || instruction.form !== 'shell' || !instruction.argsSpan) return undefined;
    const source = {
      text,
      span: { start: instruction.argsSpan.start, end: instruction.span.end },
      heredocs: instruction.heredocs,
      escapeChar,
      variables: instruction.variables,
      positions,
    };
    if (isPosixShellArgv(instruction.shell)) return parseRunScript(source);
    const powershell = isPowerShellArgv(instruction.shell) ? parsePowerShellRun(source) : undefined;
    if (powershell && powershell.errors.length === 0) return powershell;
    if (!powershell && !isCmdArgv(instruction.shell)) return undefined;
    // cmd lines, and PowerShell its grammar cannot follow (tree-sitter-powershell does not know
    // `${env:X}` inside a bare argument), are read as shell for their simple commands (`python -m pip
    // install x`, `powershell -Command "..."`): argv all the same, but what bash cannot parse is no
    // error of theirs.
    return { ...parseRunScript(source, { literalBackslashes: true }), dialect: 'windows' };
  }

  function startStage(node: ReadInstruction, instruction: Instruction): Stage {
    const imageArg = instruction.args[0];
    const platform = instruction.flags.find((flag) => flag.name === 'platform')?.value;
    const name = node.stageName?.toLowerCase();
    const index = model.stages.length;
    const image = imageArg
      ? imageReference(model, expand, imageArg.raw, imageArg.span, 'from', (name) => scopes.global.now().get(name))
      : imageReference(model, expand, '', instruction.keywordSpan, 'from', () => undefined);
    const base = image.kind === 'stage' ? image.stage : undefined;
    const windows = base ? base.windows : isWindowsImage(image.name ?? image.resolved ?? image.raw);
    const next: Stage = { index, name, from: instruction, image, platform, instructions: [], windows };
    instruction.stage = next;
    model.stages.push(next);
    if (!imageArg) problems.push({ level: 'error', message: 'FROM without an image', region: instruction.region });
    image.instruction = instruction;
    model.imageReferences.push(image);
    // A stage built FROM another stage inherits its ENV; ARGs never cross stages.
    scopes.enterStage(next, image.kind === 'stage' ? image.stage : undefined);
    shell = (base && shellAtEnd.get(base)) ?? (windows ? WINDOWS_SHELL : defaultShell);
    return next;
  }

  function declareArgs(properties: ReadProperty[], instruction: Instruction): void {
    // Every default is expanded with the variables from before the instruction.
    const before = scopes.now();
    for (const property of properties) {
      const { name, value: rawDefault, valueSpan } = property;
      const defaultValue = rawDefault === null ? undefined : expand(rawValueOf(property), (name) => before.get(name), valueSpan ?? property.span, { quotes: true }).value;
      const declaration: ArgDeclaration = {
        name,
        defaultValue: rawDefault === null ? undefined : stripQuotes(rawDefault),
        defaultSpan: valueSpan ? unquotedSpan(valueSpan) : undefined,
        instruction,
      };
      scopes.declareArg(name, defaultValue);
      if (!stage) model.globalArgs.push(declaration);
    }
  }

  /** Every value is expanded with the variables from before the instruction, as the builder does. */
  function propertiesOf(properties: ReadProperty[], variables: VariableScope): Property[] {
    return properties.map((property) => {
      const raw = rawValueOf(property);
      return { name: property.name, raw, value: expand(raw, (name) => variables.get(name), property.span, { quotes: true }).value, span: property.span };
    });
  }

  /** An ARG/ENV/LABEL value as written (quotes kept, continuations joined), for the builder's word processing. */
  function rawValueOf(property: ReadProperty): string {
    return property.valueSpan ? joinContinuations(text.slice(property.valueSpan.start, property.valueSpan.end), escapeChar) : '';
  }

  /** The span inside the quotes of a quoted value. */
  function unquotedSpan(span: Span): Span {
    const value = text.slice(span.start, span.end);
    return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? { start: span.start + 1, end: span.end - 1 } : span;
  }
}

/** The value of a JSON string literal. */
function jsonString(literal: string): string {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : literal;
  } catch {
    return stripQuotes(literal);
  }
}

function stripQuotes(value: string): string {
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? value.slice(1, -1) : value;
}

function dominantLineEnding(text: string): '\n' | '\r\n' {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

function looksTemplated(text: string): boolean {
  return /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/.test(text);
}

/** cmd (`cmd /S /C`), the default shell of Windows images. */
function isCmdArgv(argv: readonly string[]): boolean {
  return windowsProgramName(argv[0] ?? '') === 'cmd';
}
