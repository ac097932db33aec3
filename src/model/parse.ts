import dockerfileAst from 'dockerfile-ast';
import type { Span } from '../findings/index.js';
import { loadShellParser, type Heredoc, type ShellScript, type VariableScope } from '../shell/index.js';
import { parseImageName } from './image-name.js';
import { joinContinuations } from './instruction-text.js';
import { createPositionMapper, offsetOf } from './positions.js';
import type {
  ArgDeclaration,
  Directive,
  DockerfileModel,
  ImageReference,
  Instruction,
  InstructionArg,
  InstructionFlag,
  ModelProblem,
  Property,
  Stage,
} from './types.js';
import { ScopeTimeline } from './scope.js';
import { ExpansionBudget, expandVariables, type ExpandOptions, type VariableLookup } from './variables.js';

// The shell grammar (WebAssembly) compiles when it loads: it comes with the Dockerfile parser.
const { parseRunScript } = await loadShellParser();

type AstInstruction = dockerfileAst.Instruction;
type AstRange = { start: { line: number; character: number }; end: { line: number; character: number } };

const { DockerfileParser, From, JSONInstruction, ModifiableInstruction, Onbuild, PropertyInstruction } = dockerfileAst;

/**
 * dockerfile-ast re-tokenizes an instruction's text on every `getArguments()`, and its own flag,
 * stage, property and heredoc accessors call it again and again: two thirds of our parse time on
 * the corpus. An instruction never changes after parsing, so tokenize once. Callers may mutate
 * the array they get (ModifiableInstruction shifts flags off it), so each gets a copy.
 */
const rawArguments = new WeakMap<object, unknown[]>();
const instructionPrototype = dockerfileAst.Instruction.prototype as unknown as { getRawArguments(): unknown[] };
const tokenize = instructionPrototype.getRawArguments;
instructionPrototype.getRawArguments = function memoizedRawArguments(this: object) {
  let cached = rawArguments.get(this);
  if (!cached) {
    cached = tokenize.call(this);
    rawArguments.set(this, cached);
  }
  return cached.slice();
};

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

/** ARGs BuildKit defines in the global scope without a declaration. */
const AUTOMATIC_PLATFORM_ARGS = ['BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT'];

const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
const DEFAULT_SHELL = ['/bin/sh', '-c'];
const WINDOWS_SHELL = ['cmd', '/S', '/C'];

/**
 * Builds the model of one Dockerfile. Never throws on malformed input: what cannot be understood
 * is recorded in `problems` with its position.
 */
export function parseDockerfile(text: string, file: string, options: ParseOptions = {}): DockerfileModel {
  const positions = createPositionMapper(text);
  const ast = DockerfileParser.parse(text);
  const escapeChar = ast.getEscapeCharacter() === '`' ? '`' : '\\';
  const buildArgs = options.buildArgs ?? {};
  const problems: ModelProblem[] = [];
  const budget = new ExpansionBudget();
  const spanOf = (range: AstRange): Span => ({ start: offsetOf(positions, range.start), end: offsetOf(positions, range.end) });

  const directives: Directive[] = ast.getDirectives().map((directive) => {
    const valueSpan = spanOf(directive.getValueRange());
    return {
      name: directive.getName().toLowerCase(),
      value: directive.getValue(),
      region: positions.regionOf(spanOf(directive.getRange())),
      valueSpan,
    };
  });

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
    model.syntax = imageReference(syntax.value, syntax.valueSpan, 'syntax', () => undefined);
    model.imageReferences.push(model.syntax);
  }

  // hadolint's `# hadolint shell=powershell` pragma names the default shell of files for Windows images.
  const shellPragma = /^#\s*hadolint\s+shell=(\S+)/m.exec(text)?.[1];
  const defaultShell = shellPragma ? [shellPragma] : DEFAULT_SHELL;
  // Global scope: automatic platform ARGs are unknown (they depend on the builder), declared ones
  // take their default or the --build-arg override.
  const globalScope = new ScopeTimeline(AUTOMATIC_PLATFORM_ARGS.map((name) => [name, buildArgs[name]]));
  // ENV crosses into stages built FROM a stage; ARG does not, so ENV is tracked on its own too. A
  // stage's ENV only changes while the stage is read, before any later stage can start FROM it.
  const stageEnv = new Map<Stage, Map<string, string | undefined>>();
  let scope = globalScope;
  let env = new Map<string, string | undefined>();
  let shell = defaultShell;
  let stage: Stage | undefined;
  const unknown: Instruction[] = [];

  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword().toUpperCase();
    const instruction = buildInstruction(node, keyword);
    model.instructions.push(instruction);

    if (!KNOWN_INSTRUCTIONS.has(keyword)) unknown.push(instruction);

    if (keyword === 'FROM' && node instanceof From) {
      stage = startStage(node, instruction);
      continue;
    }
    if (stage) stage.instructions.push(instruction);
    else if (keyword !== 'ARG' && KNOWN_INSTRUCTIONS.has(keyword)) {
      problems.push({ level: 'error', message: `\`${keyword}\` before the first FROM`, region: instruction.region });
    }

    if (keyword === 'ARG') declareArgs(node, instruction);
    else if (keyword === 'ENV') setEnv(instruction);
    else if (keyword === 'SHELL' && instruction.form === 'exec' && instruction.args.length > 0) {
      shell = instruction.args.map((arg) => arg.value ?? arg.raw);
    }
    else if (stage && (keyword === 'COPY' || keyword === 'RUN')) referenceImagesInFlags(instruction);
    if (instruction.trigger && stage && (instruction.trigger.keyword === 'COPY' || instruction.trigger.keyword === 'RUN')) {
      referenceImagesInFlags(instruction.trigger);
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

  function buildInstruction(node: AstInstruction, keyword: string): Instruction {
    const span = spanOf(node.getRange());
    const flags = node instanceof ModifiableInstruction ? node.getFlags().map(flagOf) : [];
    const exec = node instanceof JSONInstruction && node.getOpeningBracket() !== null && node.getClosingBracket() !== null;
    const expands = EXPANDING_INSTRUCTIONS.has(keyword);
    const variables = scope.now();
    const args: InstructionArg[] = exec
      ? (node as dockerfileAst.JSONInstruction).getJSONStrings().map((json) => {
          // dockerfile-ast drops whitespace inside JSON strings; its range is right, so read the source.
          const span = spanOf(json.getRange());
          const raw = text.slice(span.start, span.end);
          return { raw, value: jsonString(raw), span };
        })
      : node.getArguments().map((argument) => {
          const raw = argument.getValue();
          const span = spanOf(argument.getRange());
          return { raw, value: expands ? expand(raw, (name) => variables.get(name), span).value : raw, span };
        });
    const argsRange = node.getArgumentsRange();
    const heredocs = heredocsOf(node);
    const instructionShell = shell;
    let script: ShellScript | undefined | null = null;
    const instruction: Instruction = {
      keyword,
      span,
      region: positions.regionOf(span),
      keywordSpan: spanOf(node.getInstructionRange()),
      stage,
      flags,
      args,
      argsSpan: argsRange ? spanOf(argsRange) : undefined,
      properties: keyword === 'ENV' || keyword === 'LABEL' ? propertiesOf(node, variables) : undefined,
      form: exec ? 'exec' : args.length > 0 || heredocs.length > 0 ? 'shell' : 'none',
      heredocs,
      variables,
      shell: instructionShell,
      get script() {
        if (script === null) script = scriptOf(this);
        return script;
      },
    };
    if (node instanceof Onbuild) {
      const trigger = node.getTriggerInstruction();
      if (trigger) instruction.trigger = buildInstruction(trigger, trigger.getKeyword().toUpperCase());
    }
    return instruction;
  }

  function scriptOf(instruction: Instruction): ShellScript | undefined {
    if (instruction.keyword !== 'RUN' || instruction.form !== 'shell' || !instruction.argsSpan) return undefined;
    const shellName = (instruction.shell[0] ?? '').split(/[\\/]/).pop()!.toLowerCase().replace(/\.exe$/, '');
    if (!POSIX_SHELLS.has(shellName)) return undefined;
    return parseRunScript({
      text,
      span: { start: instruction.argsSpan.start, end: instruction.span.end },
      heredocs: instruction.heredocs,
      escapeChar,
      variables: instruction.variables,
      positions,
    });
  }

  function flagOf(flag: dockerfileAst.Flag): InstructionFlag {
    const valueRange = flag.getValueRange();
    return {
      name: flag.getName().toLowerCase(),
      value: flag.getValue() ?? undefined,
      span: spanOf(flag.getRange()),
      valueSpan: valueRange ? spanOf(valueRange) : undefined,
      options: flag.getOptions().map((option) => {
        const optionValueRange = option.getValueRange();
        return {
          key: option.getName().toLowerCase(),
          value: option.getValue() ?? undefined,
          span: spanOf(option.getRange()),
          valueSpan: optionValueRange ? spanOf(optionValueRange) : undefined,
        };
      }),
    };
  }

  function heredocsOf(node: AstInstruction): Heredoc[] {
    const withHeredocs = node as unknown as { getHeredocs?: () => dockerfileAst.Heredoc[] };
    if (typeof withHeredocs.getHeredocs !== 'function') return [];
    return withHeredocs.getHeredocs().map((heredoc) => {
      const content = heredoc.getContentRange();
      const markerStart = offsetOf(positions, heredoc.getStartRange().start);
      const nameEnd = offsetOf(positions, heredoc.getNameRange().end);
      const quote = text[nameEnd];
      const markerEnd = quote === '"' || quote === "'" ? nameEnd + 1 : nameEnd;
      const opener = text.slice(markerStart, markerEnd);
      const bodySpan = content ? spanOf(content) : { start: markerEnd, end: markerEnd };
      if (!heredoc.getDelimiterRange()) {
        problems.push({ level: 'error', message: `heredoc \`${heredoc.getName()}\` is never closed: no line holds just \`${heredoc.getName()}\``, region: positions.regionOf({ start: markerStart, end: markerEnd }) });
      }
      return {
        name: heredoc.getName(),
        quoted: /["']/.test(opener),
        stripTabs: opener.startsWith('<<-'),
        body: text.slice(bodySpan.start, bodySpan.end),
        bodySpan,
        markerSpan: { start: markerStart, end: markerEnd },
      };
    });
  }

  function startStage(node: dockerfileAst.From, instruction: Instruction): Stage {
    const imageArg = instruction.args[0];
    const platform = instruction.flags.find((flag) => flag.name === 'platform')?.value;
    const name = node.getBuildStage()?.toLowerCase() ?? undefined;
    const index = model.stages.length;
    const image = imageArg
      ? imageReference(imageArg.raw, imageArg.span, 'from', (name) => globalScope.now().get(name))
      : imageReference('', instruction.keywordSpan, 'from', () => undefined);
    const next: Stage = { index, name, from: instruction, image, platform, instructions: [] };
    instruction.stage = next;
    model.stages.push(next);
    if (!imageArg) problems.push({ level: 'error', message: 'FROM without an image', region: instruction.region });
    image.instruction = instruction;
    model.imageReferences.push(image);
    // A stage built FROM another stage inherits its ENV; ARGs never cross stages.
    const parentEnv = image.kind === 'stage' && image.stage ? stageEnv.get(image.stage) : undefined;
    env = new Map(parentEnv ?? []);
    scope = new ScopeTimeline(env);
    stageEnv.set(next, env);
    shell = isWindowsImage(image.resolved) ? WINDOWS_SHELL : defaultShell;
    return next;
  }

  /** `COPY --from=x` and `RUN --mount=...,from=x` name an earlier stage (by name or index) or an image. */
  function referenceImagesInFlags(instruction: Instruction): void {
    const lookup = (name: string) => instruction.variables.get(name);
    for (const flag of instruction.flags) {
      if (flag.name === 'from' && instruction.keyword === 'COPY' && flag.value && flag.valueSpan) {
        addFlagReference(flag.value, flag.valueSpan, 'copy-from', instruction, lookup);
      } else if (flag.name === 'mount') {
        const from = flag.options.find((option) => option.key === 'from');
        if (from?.value && from.valueSpan) addFlagReference(from.value, from.valueSpan, 'mount-from', instruction, lookup);
      }
    }
  }

  function addFlagReference(raw: string, span: Span, usage: ImageReference['usage'], instruction: Instruction, lookup: (name: string) => string | undefined): void {
    const reference = imageReference(raw, span, usage, lookup);
    if (reference.kind === 'image' && reference.resolved !== undefined && /^\d+$/.test(reference.resolved)) {
      const byIndex = model.stages[Number(reference.resolved)];
      reference.kind = 'stage';
      reference.stage = byIndex;
      reference.name = undefined;
    }
    reference.instruction = instruction;
    model.imageReferences.push(reference);
  }

  function imageReference(raw: string, span: Span, usage: ImageReference['usage'], lookup: (name: string) => string | undefined): ImageReference {
    const expansion = expand(raw, lookup, span, { quotes: true });
    const resolved = expansion.value;
    const viaArgs = expansion.used
      .map((name) => model.globalArgs.findLast((arg) => arg.name === name))
      .filter((arg): arg is ArgDeclaration => arg !== undefined);
    const reference: ImageReference = {
      raw,
      span,
      region: positions.regionOf(span),
      resolved,
      unresolved: expansion.unresolved,
      kind: 'image',
      viaArgs,
      usage,
    };
    if (resolved === undefined) return reference;
    if (usage !== 'syntax' && resolved.toLowerCase() === 'scratch') reference.kind = 'scratch';
    else if (usage !== 'syntax' && model.stages.some((s) => s.name === resolved.toLowerCase())) {
      reference.kind = 'stage';
      reference.stage = model.stages.find((s) => s.name === resolved.toLowerCase());
    } else reference.name = parseImageName(resolved);
    return reference;
  }

  function declareArgs(node: AstInstruction, instruction: Instruction): void {
    if (!(node instanceof PropertyInstruction)) return;
    // Every default is expanded with the variables from before the instruction.
    const before = scope.now();
    const inherited = globalScope.now();
    for (const property of node.getProperties()) {
      const name = property.getName();
      const rawDefault = property.getValue();
      const valueRange = property.getValueRange();
      const defaultValue = rawDefault === null ? undefined : expand(rawValueOf(property), (name) => before.get(name), spanOf(valueRange ?? property.getRange()), { quotes: true }).value;
      const declaration: ArgDeclaration = {
        name,
        defaultValue: rawDefault === null ? undefined : stripQuotes(rawDefault),
        defaultSpan: valueRange ? unquotedSpan(spanOf(valueRange)) : undefined,
        instruction,
      };
      // Inside a stage, `ARG NAME` re-imports the global value; --build-arg wins over both.
      scope.set(name, buildArgs[name] ?? defaultValue ?? (stage ? inherited.get(name) : undefined));
      if (!stage) model.globalArgs.push(declaration);
    }
  }

  /** Every value is expanded with the variables from before the instruction, as the builder does. */
  function propertiesOf(node: AstInstruction, variables: VariableScope): Property[] | undefined {
    if (!(node instanceof PropertyInstruction)) return undefined;
    return node.getProperties().map((property) => {
      const raw = rawValueOf(property);
      const span = spanOf(property.getRange());
      return { name: property.getName(), raw, value: expand(raw, (name) => variables.get(name), span, { quotes: true }).value, span };
    });
  }

  /** Expansion within the file's budget; what would outgrow it is refused, counted and reported once. */
  function expand(raw: string, lookup: VariableLookup, span: Span, options: ExpandOptions = {}) {
    return expandVariables(raw, lookup, escapeChar, { ...options, budget, at: span });
  }

  /** An ARG/ENV/LABEL value as written (quotes kept, continuations joined), for the builder's word processing. */
  function rawValueOf(property: dockerfileAst.Property): string {
    const valueRange = property.getValueRange();
    if (!valueRange) return '';
    const span = spanOf(valueRange);
    return joinContinuations(text.slice(span.start, span.end), escapeChar);
  }

  function setEnv(instruction: Instruction): void {
    for (const property of instruction.properties ?? []) {
      scope.set(property.name, property.value);
      env.set(property.name, property.value);
    }
  }

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

function isWindowsImage(reference: string | undefined): boolean {
  if (!reference) return false;
  const lower = reference.toLowerCase();
  return lower.includes('windows') || lower.includes('servercore') || lower.includes('nanoserver');
}
