import type { Span } from '../findings/index.js';
import { isPosixShellArgv, loadShellParser, type ShellScript, type VariableScope } from '../shell/index.js';
import { AstReader, DockerfileParser, From, Onbuild, stripQuotes, type AstInstruction } from './dockerfile-ast.js';
import { isWindowsImage } from './image-name.js';
import { imageReference, referenceImagesInFlags, type FileExpander } from './image-references.js';
import { createPositionMapper } from './positions.js';
import { FileScopes } from './scope.js';
import type { ArgDeclaration, DockerfileModel, Instruction, InstructionArg, ModelProblem, Property, Stage } from './types.js';
import { ExpansionBudget, expandVariables } from './variables.js';

// The shell grammar (WebAssembly) compiles when it loads: it comes with the Dockerfile parser.
const { parseExecArgv, parseRunScript } = await loadShellParser();

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
  const ast = DockerfileParser.parse(text);
  const escapeChar = ast.getEscapeCharacter() === '`' ? '`' : '\\';
  const problems: ModelProblem[] = [];
  const reader = new AstReader(text, positions, escapeChar, problems);
  const budget = new ExpansionBudget();
  /** Expansion within the file's budget; what would outgrow it is refused, counted and reported once. */
  const expand: FileExpander = (raw, lookup, span, expandOptions = {}) => expandVariables(raw, lookup, escapeChar, { ...expandOptions, budget, at: span });

  const directives = reader.directives(ast);
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

  function buildInstruction(node: AstInstruction, keyword: string): Instruction {
    const span = reader.spanOf(node.getRange());
    const flags = reader.flags(node);
    const expands = EXPANDING_INSTRUCTIONS.has(keyword);
    const variables = scopes.now();
    const json = reader.isExecForm(node) ? reader.jsonStrings(node) : undefined;
    const exec = json !== undefined;
    const args: InstructionArg[] = json
      ?? reader.words(node).map(({ raw, span: wordSpan }) => ({ raw, value: expands ? expand(raw, (name) => variables.get(name), wordSpan).value : raw, span: wordSpan }));
    const argsRange = node.getArgumentsRange();
    const heredocs = reader.heredocs(node);
    const instructionShell = shell;
    let script: ShellScript | undefined | null = null;
    const instruction: Instruction = {
      keyword,
      span,
      region: positions.regionOf(span),
      keywordSpan: reader.spanOf(node.getInstructionRange()),
      stage,
      flags,
      args,
      argsSpan: argsRange ? reader.spanOf(argsRange) : undefined,
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
    if (instruction.keyword === 'RUN' && instruction.form === 'exec') return parseExecArgv({ argv: instruction.args, variables: instruction.variables, positions });
    if (instruction.keyword !== 'RUN' || instruction.form !== 'shell' || !instruction.argsSpan) return undefined;
    const windows = isWindowsShellArgv(instruction.shell);
    if (!windows && !isPosixShellArgv(instruction.shell)) return undefined;
    const script = parseRunScript({
      text,
      span: { start: instruction.argsSpan.start, end: instruction.span.end },
      heredocs: instruction.heredocs,
      escapeChar,
      variables: instruction.variables,
      positions,
    });
    // cmd and PowerShell lines read as shell: their simple commands (`python -m pip install x`,
    // `npm install -g x`) are argv all the same, but what bash cannot parse is no error of theirs.
    return windows ? { ...script, dialect: 'windows' } : script;
  }

  function startStage(node: InstanceType<typeof From>, instruction: Instruction): Stage {
    const imageArg = instruction.args[0];
    const platform = instruction.flags.find((flag) => flag.name === 'platform')?.value;
    const name = node.getBuildStage()?.toLowerCase() ?? undefined;
    const index = model.stages.length;
    const image = imageArg
      ? imageReference(model, expand, imageArg.raw, imageArg.span, 'from', (name) => scopes.global.now().get(name))
      : imageReference(model, expand, '', instruction.keywordSpan, 'from', () => undefined);
    const next: Stage = { index, name, from: instruction, image, platform, instructions: [] };
    instruction.stage = next;
    model.stages.push(next);
    if (!imageArg) problems.push({ level: 'error', message: 'FROM without an image', region: instruction.region });
    image.instruction = instruction;
    model.imageReferences.push(image);
    // A stage built FROM another stage inherits its ENV; ARGs never cross stages.
    scopes.enterStage(next, image.kind === 'stage' ? image.stage : undefined);
    shell = isWindowsImage(image.name ?? image.resolved ?? image.raw) ? WINDOWS_SHELL : defaultShell;
    return next;
  }

  function declareArgs(node: AstInstruction, instruction: Instruction): void {
    const properties = reader.properties(node);
    if (!properties) return;
    // Every default is expanded with the variables from before the instruction.
    const before = scopes.now();
    for (const property of properties) {
      const name = property.getName();
      const rawDefault = property.getValue();
      const valueRange = property.getValueRange();
      const defaultValue = rawDefault === null ? undefined : expand(reader.rawValueOf(property), (name) => before.get(name), reader.spanOf(valueRange ?? property.getRange()), { quotes: true }).value;
      const declaration: ArgDeclaration = {
        name,
        defaultValue: rawDefault === null ? undefined : stripQuotes(rawDefault),
        defaultSpan: valueRange ? reader.unquotedSpan(reader.spanOf(valueRange)) : undefined,
        instruction,
      };
      scopes.declareArg(name, defaultValue);
      if (!stage) model.globalArgs.push(declaration);
    }
  }

  /** Every value is expanded with the variables from before the instruction, as the builder does. */
  function propertiesOf(node: AstInstruction, variables: VariableScope): Property[] | undefined {
    return reader.properties(node)?.map((property) => {
      const raw = reader.rawValueOf(property);
      const span: Span = reader.spanOf(property.getRange());
      return { name: property.getName(), raw, value: expand(raw, (name) => variables.get(name), span, { quotes: true }).value, span };
    });
  }
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

/** cmd (`cmd /S /C`, the default of Windows images) or PowerShell (`SHELL ["powershell", "-Command"]`). */
function isWindowsShellArgv(argv: readonly string[]): boolean {
  const name = (argv[0] ?? '').split(/[\\/]/).pop()!.toLowerCase().replace(/\.exe$/, '');
  return name === 'cmd' || name === 'powershell' || name === 'pwsh';
}
