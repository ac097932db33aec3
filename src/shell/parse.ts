import type { PositionMapper, Span } from '../findings/index.js';
import { isShellName, programName, runsPowerShell } from './commands.js';
import { commandStringArgument, parsePowerShell } from './powershell.js';
import { commandLinesEnd, shellSourceOf, type RunScriptSource } from './source.js';
import { parseBash, type SyntaxNode } from './tree-sitter.js';
import type { ShellCommand, ShellFileSource, ShellRedirect, ShellScript, ShellWord, VariableScope } from './types.js';
import { ScriptVariables, spanOf, splitFields, wordOf, wordValue, type WordContext } from './words.js';
import { unwrapArgv } from './wrappers.js';

interface WalkState extends WordContext {
  commands: ShellCommand[];
  errors: Span[];
  assignments: NonNullable<ShellScript['assignments']>;
  parent?: ShellCommand;
  depth: number;
}

export { parsePowerShell, parsePowerShellFile, parsePowerShellRun } from './powershell.js';

/** Parses a shell-form RUN, its script heredocs and nested `sh -c` strings. */
export function parseRunScript(source: RunScriptSource, options: { literalBackslashes?: boolean } = {}): ShellScript {
  const state = walkState(shellSourceOf(source, commandLinesEnd(source)), source.span.start, source.variables, source.positions);
  state.literalBackslashes = options.literalBackslashes;
  parseInto(state);
  const lineCommands = [...state.commands];

  for (const heredoc of source.heredocs) {
    const consumer = lineCommands.findLast((command) => command.span.start < heredoc.markerSpan.start && !command.parent);
    const name = consumer ? programName(consumer.argv[0]) : undefined;
    // Docker runs a bare `RUN <<EOF` body with the shell; `RUN bash <<EOF` feeds it to a shell too.
    const isScript = !consumer || (isShellName(name) && !hasCommandStringFlag(consumer.argv));
    if (!isScript) continue;
    parseInto({
      ...state,
      text: heredoc.body.replace(/\r/g, ' '),
      map: { base: heredoc.bodySpan.start },
      parent: consumer,
      depth: state.depth + 1,
    });
  }
  return scriptOf(state);
}

/** Parses a script file: no Dockerfile continuation rules apply, positions map into its own file. */
export function parseShellFile(source: ShellFileSource): ShellScript {
  const state = walkState(source.text.replace(/\r/g, ' '), source.offset, source.variables, source.positions);
  parseInto(state);
  return scriptOf(state);
}

/** An exec-form RUN's arguments (`RUN ["pip", "install", "x"]`), JSON-decoded, with their spans in the Dockerfile. */
export interface ExecArgvSource {
  argv: readonly { raw: string; value?: string; span: Span }[];
  /** The environment the program runs with (the RUN's ARG and ENV values). */
  variables: VariableScope;
  positions: PositionMapper;
}

/**
 * Parses an exec-form RUN: no shell runs, so its argv is one command, taken literally (the builder
 * expands no variables in it); `["sh", "-c", "..."]` runs its string as a script, parsed as such.
 */
export function parseExecArgv(source: ExecArgvSource): ShellScript {
  const state = walkState('', 0, source.variables, source.positions);
  const words: ShellWord[] = source.argv.map((arg) => ({ raw: arg.raw, value: arg.value, span: arg.span, region: source.positions.regionOf(arg.span) }));
  if (words.length > 0) {
    const span = { start: words[0]!.span.start, end: words.at(-1)!.span.end };
    const command: ShellCommand = { words, assignments: [], redirects: [], span, region: source.positions.regionOf(span), pipeline: [], pipelineIndex: 0, inSubstitution: false, argv: unwrapArgv(words) };
    command.pipeline = [command];
    state.commands.push(command);
    parseCommandString(command, state);
  }
  return scriptOf(state);
}

function scriptOf(state: WalkState): ShellScript {
  return { commands: state.commands, errors: state.errors, assignments: state.assignments };
}

/** A fresh walk over `text`, which starts at offset `base` of the file `positions` maps. */
function walkState(text: string, base: number, variables: VariableScope, positions: PositionMapper): WalkState {
  return { text, map: { base }, variables: new ScriptVariables(variables), positions, commands: [], errors: [], assignments: [], depth: 0 };
}

function parseInto(state: WalkState): void {
  if (state.text.trim() === '') return;
  const tree = parseBash(state.text);
  try {
    walk(tree.rootNode, state, false);
  } finally {
    tree.delete();
  }
}

function walk(node: SyntaxNode, state: WalkState, inSubstitution: boolean): void {
  switch (node.type) {
    case 'ERROR':
      state.errors.push(spanOf(node, state));
      break;
    case 'pipeline': {
      const members: ShellCommand[] = [];
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
    case 'command':
      buildCommand(node, node, state, inSubstitution);
      return;
    case 'redirected_statement': {
      const command = commandNodeOf(node);
      if (command) {
        buildCommand(command, node, state, inSubstitution);
        return;
      }
      // tree-sitter-bash reads `a && b > f` as `(a && b) > f`; the shell redirects `b` only.
      const before = state.commands.length;
      for (const child of node.namedChildren) if (child && !child.type.endsWith('redirect')) walk(child, state, inSubstitution);
      const last = state.commands.slice(before).findLast((each) => each.inSubstitution === inSubstitution && each.parent === state.parent);
      for (const child of node.namedChildren) {
        if (child?.type.endsWith('redirect')) {
          last?.redirects.push(redirectOf(child, state));
          walk(child, state, inSubstitution);
        }
      }
      return;
    }
    case 'variable_assignment':
      assign(node, state, inSubstitution);
      return;
    case 'declaration_command':
      for (const child of node.namedChildren) if (child?.type === 'variable_assignment') assign(child, state, inSubstitution);
      return;
    case 'command_substitution':
    case 'process_substitution':
      for (const child of node.namedChildren) if (child) walk(child, state, true);
      return;
  }
  for (const child of node.namedChildren) if (child) walk(child, state, inSubstitution);
}

/** The `command` a statement runs, looking through redirections. */
function commandNodeOf(node: SyntaxNode): SyntaxNode | undefined {
  if (node.type === 'command') return node;
  if (node.type === 'redirected_statement') {
    const body = node.childForFieldName('body') ?? node.namedChildren.find((child) => child?.type === 'command');
    return body?.type === 'command' ? body : undefined;
  }
  return undefined;
}

function buildCommand(node: SyntaxNode, statement: SyntaxNode, state: WalkState, inSubstitution: boolean): ShellCommand {
  const words: ShellWord[] = [];
  const assignments: ShellCommand['assignments'] = [];
  const redirects: ShellRedirect[] = [];
  const nested: SyntaxNode[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    switch (child.type) {
      case 'variable_assignment': {
        const name = child.childForFieldName('name')?.text ?? child.text.split('=')[0]!;
        const value = child.childForFieldName('value');
        assignments.push({ name, value: value ? wordValue(value, state) : '', valueSpan: value ? spanOf(value, state) : undefined });
        break;
      }
      case 'command_name':
        if (child.firstNamedChild) words.push(wordOf(child.firstNamedChild, state));
        collectSubstitutions(child, nested);
        break;
      case 'file_redirect':
      case 'heredoc_redirect':
      case 'herestring_redirect':
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
      if (child && child !== node && child.type.endsWith('redirect')) redirects.push(redirectOf(child, state));
    }
  }
  const span = spanOf(statement, state);
  const command: ShellCommand = {
    words,
    assignments,
    redirects,
    span,
    region: state.positions.regionOf(span),
    pipeline: [],
    pipelineIndex: 0,
    parent: state.parent,
    inSubstitution,
    argv: [],
  };
  command.pipeline = [command];
  command.argv = unwrapArgv(words);
  state.commands.push(command);
  for (const substitution of nested) for (const child of substitution.namedChildren) if (child) walk(child, state, true);
  parseCommandString(command, state);
  return command;
}

/** `sh -c 'apt-get install x'`: the string is a script of its own. */
function parseCommandString(command: ShellCommand, state: WalkState): void {
  if (state.depth > 4) return;
  if (runsPowerShell(command.argv[0]?.value)) return parsePowerShellString(command, state);
  if (!isShellName(programName(command.argv[0]))) return;
  const index = command.argv.findIndex((word, i) => i > 0 && isCommandStringFlag(word.value));
  const script = index > 0 ? command.argv.slice(index + 1).find((word) => !word.value?.startsWith('-')) : undefined;
  if (!script?.value) return;
  const quoted = script.raw.length >= 2 && (script.raw[0] === "'" || script.raw[0] === '"') && script.raw.slice(1, -1) === script.value;
  parseInto({
    ...state,
    text: script.value,
    map: quoted ? { base: script.span.start + 1 } : { base: script.span.start, collapseTo: script.span },
    parent: command,
    depth: state.depth + 1,
  });
}

/**
 * `powershell -Command "iwr https://... -OutFile x.zip"` (in a cmd RUN, or any script): the string
 * is PowerShell. Its commands join the script's; where the PowerShell grammar could not follow is
 * no syntax error of the shell script around it, so those places are not kept.
 */
function parsePowerShellString(command: ShellCommand, state: WalkState): void {
  const argument = commandStringArgument(command);
  if (!argument || state.map.collapseTo) return;
  const script = 'text' in argument ? argument : { text: state.text.slice(argument.from - state.map.base), map: { base: argument.from } };
  state.commands.push(...parsePowerShell({ ...script, variables: state.variables, positions: state.positions, parent: command, depth: state.depth + 1 }).commands);
}

function hasCommandStringFlag(argv: ShellWord[]): boolean {
  return argv.some((word, i) => i > 0 && isCommandStringFlag(word.value));
}

function isCommandStringFlag(value: string | undefined): boolean {
  return value !== undefined && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(value);
}

/** Node types that never contain a substitution: most arguments. Asking them for children costs a trip into the parser. */
const LEAF_WORDS = new Set(['word', 'number', 'raw_string', 'ansi_c_string', 'string_content', 'simple_expansion']);

function collectSubstitutions(node: SyntaxNode, into: SyntaxNode[]): void {
  if (LEAF_WORDS.has(node.type)) return;
  if (node.type === 'command_substitution' || node.type === 'process_substitution') {
    into.push(node);
    return;
  }
  for (const child of node.namedChildren) if (child) collectSubstitutions(child, into);
}

function redirectOf(node: SyntaxNode, state: WalkState): ShellRedirect {
  const operator = node.children.find((child) => child && !child.isNamed)?.text ?? '';
  const target = node.childForFieldName('destination') ?? node.namedChildren.find((child) => child && child.type !== 'file_descriptor');
  return { operator, target: target ? wordOf(target, state) : undefined };
}

/** A standalone assignment: its value is known to later commands, and the commands it runs (`V=$(curl ...)`) run. */
function assign(node: SyntaxNode, state: WalkState, inSubstitution: boolean): void {
  const name = node.childForFieldName('name')?.text;
  if (!name) return;
  const value = node.childForFieldName('value');
  const known = value ? wordValue(value, state) : '';
  if (value) walk(value, state, inSubstitution);
  state.variables.set(name, known);
  state.assignments.push({ name, value: known, valueSpan: value ? spanOf(value, state) : undefined });
}

