import type { PositionMapper, Span } from '../findings/index.js';
import { parseBash, type SyntaxNode } from './tree-sitter.js';
import { MAX_EXPANDED_LENGTH, type Heredoc, type ShellCommand, type ShellRedirect, type ShellScript, type ShellWord, type VariableScope } from './types.js';
import { programName, unwrapArgv } from './wrappers.js';

export interface RunScriptSource {
  /** The whole Dockerfile text; spans below index into it. */
  text: string;
  /** From the first character after RUN's flags to the end of the instruction (heredoc bodies included). */
  span: Span;
  heredocs: readonly Heredoc[];
  escapeChar: '\\' | '`';
  /** ARG and ENV values known at the instruction (undefined = declared, value unknown). */
  variables: VariableScope;
  positions: PositionMapper;
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);

/**
 * Maps positions of a parsed text back to the Dockerfile. Text cut out of a Dockerfile keeps its
 * length (see `shellSourceOf`), so most mappings are a plain shift; a `sh -c "..."` string with
 * escapes cannot be mapped character by character and collapses onto the string's own span.
 */
interface OffsetMap {
  base: number;
  collapseTo?: Span;
}

interface WalkState {
  text: string;
  map: OffsetMap;
  variables: ScriptVariables;
  positions: PositionMapper;
  commands: ShellCommand[];
  errors: Span[];
  parent?: ShellCommand;
  depth: number;
}

/** The script's own assignments over the instruction's ARG and ENV values, which are shared, not copied. */
class ScriptVariables {
  private readonly assigned = new Map<string, string | undefined>();

  constructor(private readonly outer: VariableScope) {}

  get(name: string): string | undefined {
    return this.assigned.has(name) ? this.assigned.get(name) : this.outer.get(name);
  }

  has(name: string): boolean {
    return this.assigned.has(name) || this.outer.has(name);
  }

  set(name: string, value: string | undefined): void {
    this.assigned.set(name, value);
  }
}

/** Parses a shell-form RUN, its script heredocs and nested `sh -c` strings. */
export function parseRunScript(source: RunScriptSource): ShellScript {
  const firstBody = source.heredocs.length > 0 ? Math.min(...source.heredocs.map((h) => h.bodySpan.start)) : source.span.end;
  const commandEnd = Math.max(source.span.start, Math.min(firstBody, source.span.end));
  const state: WalkState = {
    text: shellSourceOf(source, commandEnd),
    map: { base: source.span.start },
    variables: new ScriptVariables(source.variables),
    positions: source.positions,
    commands: [],
    errors: [],
    depth: 0,
  };
  parseInto(state);
  const lineCommands = [...state.commands];

  for (const heredoc of source.heredocs) {
    const consumer = lineCommands.findLast((command) => command.span.start < heredoc.markerSpan.start && !command.parent);
    const name = consumer ? programName(consumer.argv[0]) : undefined;
    // Docker runs a bare `RUN <<EOF` body with the shell; `RUN bash <<EOF` feeds it to a shell too.
    const isScript = !consumer || (name !== undefined && SHELLS.has(name) && !hasCommandStringFlag(consumer.argv));
    if (!isScript) continue;
    parseInto({
      ...state,
      text: heredoc.body.replace(/\r/g, ' '),
      map: { base: heredoc.bodySpan.start },
      parent: consumer,
      depth: state.depth + 1,
    });
  }
  return { commands: state.commands, errors: state.errors };
}

/**
 * The RUN text as the shell will see it, with the same length as the Dockerfile text it came from
 * so offsets map 1:1: Dockerfile comment lines and blank lines inside continuations (which the
 * builder removes) become spaces, backtick continuations become backslash ones, CRs become spaces,
 * and heredoc markers (handled from the model) are blanked.
 */
function shellSourceOf(source: RunScriptSource, end: number): string {
  const escape = source.escapeChar;
  const lines = source.text.slice(source.span.start, end).split('\n');
  const out = lines.map((line, index) => {
    // Comment and blank lines inside a continuation are removed by the builder; blank them and their newline.
    if (index > 0 && index < lines.length - 1 && /^\s*(#.*)?$/.test(line)) return ' '.repeat(line.length) + ' ';
    if (index > 0 && index === lines.length - 1 && /^\s*#/.test(line)) return ' '.repeat(line.length);
    let text = line.endsWith('\r') ? `${line.slice(0, -1)} ` : line;
    // The builder accepts blanks between the escape and the end of a line (`\ ` + newline) as a
    // continuation; the shell would not, so move the escape next to the newline.
    const before = endOfContent(text) - 1;
    if (before >= 0 && text[before] === escape && index < lines.length - 1) {
      text = `${text.slice(0, before)}${' '.repeat(text.length - before - 1)}\\`;
    }
    return text + (index < lines.length - 1 ? '\n' : '');
  });
  let result = out.join('');
  for (const heredoc of source.heredocs) {
    const from = heredoc.markerSpan.start - source.span.start;
    const to = heredoc.markerSpan.end - source.span.start;
    if (from >= 0 && to <= result.length) result = result.slice(0, from) + ' '.repeat(to - from) + result.slice(to);
  }
  return result;
}

/**
 * Where a line's trailing blanks start. A scan from the end, not `/[ \t]+$/`: a regular expression
 * retries from every blank of a long run and takes quadratic time on a line of blanks.
 */
function endOfContent(line: string): number {
  let end = line.length;
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return end;
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
      break;
    }
    case 'variable_assignment':
      assign(node, state);
      return;
    case 'declaration_command':
      for (const child of node.namedChildren) if (child?.type === 'variable_assignment') assign(child, state);
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
  const name = programName(command.argv[0]);
  if (!name || !SHELLS.has(name)) return;
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

function assign(node: SyntaxNode, state: WalkState): void {
  const name = node.childForFieldName('name')?.text;
  if (!name) return;
  const value = node.childForFieldName('value');
  state.variables.set(name, value ? wordValue(value, state) : '');
}

/**
 * Field splitting: an unquoted expansion whose value holds blanks becomes several arguments, as
 * the shell makes them (`apk add $PHPIZE_DEPS`). Each keeps the span of the word it came from.
 */
function splitFields(word: ShellWord, node: SyntaxNode): ShellWord[] {
  if (word.value === undefined || !/\s/.test(word.value) || !hasUnquotedExpansion(node)) return [word];
  return word.value
    .split(/\s+/)
    .filter((field) => field !== '')
    .map((field) => ({ ...word, value: field }));
}

function hasUnquotedExpansion(node: SyntaxNode): boolean {
  if (node.type === 'simple_expansion' || node.type === 'expansion') return true;
  return node.type === 'concatenation' && node.namedChildren.some((child) => child !== null && hasUnquotedExpansion(child));
}

function wordOf(node: SyntaxNode, state: WalkState): ShellWord {
  const span = spanOf(node, state);
  return { raw: node.text, value: wordValue(node, state), span, region: state.positions.regionOf(span) };
}

/** The value of a word after quote removal and expansion of known variables. */
function wordValue(node: SyntaxNode, state: WalkState): string | undefined {
  switch (node.type) {
    case 'word':
    case 'number':
      return unescapeWord(node.text);
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'ansi_c_string':
      return node.text.slice(2, -1);
    case 'string_content':
      return node.text.replace(/\\([$`"\\\n])/g, '$1');
    case 'string': {
      let value = '';
      let cursor = node.startIndex + 1;
      for (const child of node.namedChildren) {
        if (!child) continue;
        // Text between named children (e.g. a lone `$`) is literal.
        value += state.text.slice(cursor, child.startIndex);
        const part = wordValue(child, state);
        if (part === undefined || value.length + part.length > MAX_EXPANDED_LENGTH) return undefined;
        value += part;
        cursor = child.endIndex;
      }
      return value + state.text.slice(cursor, Math.max(cursor, node.endIndex - 1));
    }
    case 'concatenation': {
      let value = '';
      for (const child of node.namedChildren) {
        if (!child) continue;
        const part = wordValue(child, state);
        // Values past the expansion budget are not built (`a=$a$a` thirty times would not fit in a string).
        if (part === undefined || value.length + part.length > MAX_EXPANDED_LENGTH) return undefined;
        value += part;
      }
      return value;
    }
    case 'simple_expansion':
      return lookupVariable(node.namedChildren[0]?.text, state);
    case 'expansion':
      return expansionValue(node, state);
    default:
      return undefined;
  }
}

function expansionValue(node: SyntaxNode, state: WalkState): string | undefined {
  const inner = node.text.slice(2, -1);
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+])(.*))?$/s.exec(inner);
  if (!match) return undefined;
  const [, name, operator, word = ''] = match;
  const value = lookupVariable(name, state);
  if (!operator) return value;
  const set = value !== undefined && (operator.startsWith(':') ? value !== '' : true);
  if (operator.endsWith('+')) return set ? word : value === undefined ? undefined : '';
  return set ? value : value === undefined && state.variables.has(name!) ? word : value ?? word;
}

function lookupVariable(name: string | undefined, state: WalkState): string | undefined {
  return name === undefined ? undefined : state.variables.get(name);
}

function unescapeWord(text: string): string {
  return text.includes('\\') ? text.replace(/\\(.)/gs, '$1') : text;
}

function spanOf(node: SyntaxNode, state: WalkState): Span {
  if (state.map.collapseTo) return state.map.collapseTo;
  return { start: state.map.base + node.startIndex, end: state.map.base + node.endIndex };
}
