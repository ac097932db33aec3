import type { PositionMapper, Span } from '../findings/index.js';
import type { Parser } from 'web-tree-sitter';
import { runsPowerShell } from './commands.js';
import { PowerShellGrammarNeeded } from './grammar-needed.js';
import { commandLinesEnd, shellSourceOf, type RunScriptSource } from './source.js';
import { loadGrammar, type SyntaxNode } from './tree-sitter-runtime.js';
import type { ShellCommand, ShellFileSource, ShellScript, ShellWord, VariableScope } from './types.js';
import { ScriptVariables, spanOf, type OffsetMap, type WordContext } from './words.js';
import { unwrapArgv } from './wrappers.js';

/**
 * PowerShell (Windows RUNs under `SHELL ["powershell", ...]`, and `powershell -Command "..."`
 * strings of any script), read with tree-sitter-powershell into the same commands and words as
 * bash scripts, so every shell rule reads it. Its grammar (1 MB of WebAssembly) loads only for
 * files that need it: parsing without it throws `PowerShellGrammarNeeded`, which the engine
 * answers by loading it and auditing the file again.
 */
let parser: Parser | undefined;

export async function loadPowerShellGrammar(): Promise<void> {
  parser ??= await loadGrammar('tree-sitter-powershell.wasm', 'tree-sitter-powershell');
}

/**
 * A shell-form RUN whose shell is PowerShell: the text PowerShell receives (the builder joins
 * continued lines, so each escape and newline becomes blanks of the same length).
 */
export function parsePowerShellRun(source: RunScriptSource): ShellScript {
  const text = shellSourceOf(source, commandLinesEnd(source)).replaceAll('\\\n', '  ');
  return parsePowerShell({ text, map: { base: source.span.start }, variables: source.variables, positions: source.positions });
}

/** A PowerShell script file (`install.ps1` of the build context), starting at `offset` of its file. */
export function parsePowerShellFile(source: ShellFileSource): ShellScript {
  return parsePowerShell({ text: source.text.replace(/\r/g, ' '), map: { base: source.offset }, variables: source.variables, positions: source.positions });
}

/** .NET WebClient methods that fetch a URL (`(New-Object Net.WebClient).DownloadString(u)`). */
const WEB_CLIENT_METHODS = new Set(['downloadstring', 'downloadfile', 'downloaddata'].flatMap((method) => [method, `${method}async`, `${method}taskasync`]));

interface PowerShellWalk extends WordContext {
  commands: ShellCommand[];
  errors: Span[];
  parent?: ShellCommand;
  depth: number;
}

/** PowerShell source `text` that starts at `map.base` of the file `positions` maps. */
export interface PowerShellSource {
  text: string;
  map: OffsetMap;
  variables: VariableScope | ScriptVariables;
  positions: PositionMapper;
  /** The command whose `-Command` string this is, when nested. */
  parent?: ShellCommand;
  depth?: number;
}

export function parsePowerShell(source: PowerShellSource): ShellScript {
  if (!parser) throw new PowerShellGrammarNeeded();
  const variables = source.variables instanceof ScriptVariables ? source.variables : new ScriptVariables(source.variables);
  const walk: PowerShellWalk = { text: source.text, map: source.map, variables, positions: source.positions, commands: [], errors: [], parent: source.parent, depth: source.depth ?? 0 };
  if (source.text.trim() !== '') {
    const tree = parser.parse(withoutBracedVariables(source.text));
    if (!tree) throw new Error('tree-sitter returned no tree');
    try {
      visit(tree.rootNode, walk, false);
    } finally {
      tree.delete();
    }
  }
  return { commands: walk.commands, errors: walk.errors, dialect: 'powershell' };
}

/**
 * tree-sitter-powershell does not know a braced variable inside a bare argument
 * (`https://x/v${env:V}/a.zip`): it stops the argument there and loses the rest of the command. The
 * grammar is given `$env:V__` instead, which it reads as one argument with a variable and which
 * keeps every offset; words and values are always taken from the text as written.
 */
function withoutBracedVariables(text: string): string {
  return text.replace(/\$\{([^{}\s]*)\}/g, (_, name: string) => `$${name}__`);
}

function visit(node: SyntaxNode, walk: PowerShellWalk, nested: boolean): void {
  if (node.type === 'ERROR') walk.errors.push(spanOf(node, walk));
  if (node.type === 'pipeline') return pipeline(node, walk, nested);
  for (const child of node.namedChildren) if (child) visit(child, walk, nested);
}

/**
 * A pipeline's members are commands (`iwr u | iex`) or expressions (`$wc.DownloadString(u) |
 * iex`): each command, and each WebClient call standing as a member, is one pipeline member.
 */
function pipeline(node: SyntaxNode, walk: PowerShellWalk, nested: boolean): void {
  const members: ShellCommand[] = [];
  for (const element of pipelineElements(node)) {
    const member = element.type === 'command' ? command(element, walk, nested) : webClientCallOf([element], walk, nested);
    if (member) members.push(member);
    else visit(element, walk, nested);
  }
  members.forEach((member, index) => {
    member.pipeline = members;
    member.pipelineIndex = index;
  });
}

/** The elements a pipeline passes objects between, looking through the grammar's one-child expression wrappers. */
function pipelineElements(node: SyntaxNode): SyntaxNode[] {
  const chain = node.namedChildren.filter((child): child is SyntaxNode => child !== null);
  return chain.flatMap((child) => (child.type === 'pipeline_chain' ? child.namedChildren.filter((inner): inner is SyntaxNode => inner !== null) : [child])).map(unwrap);
}

function unwrap(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.namedChildCount === 1 && current.type.endsWith('_expression') && current.type !== 'parenthesized_expression' && current.type !== 'invokation_expression') {
    current = current.namedChildren[0]!;
  }
  return current;
}

function command(node: SyntaxNode, walk: PowerShellWalk, nested: boolean): ShellCommand {
  const words: ShellWord[] = [];
  const elements: SyntaxNode[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'command_name' || child.type === 'command_name_expr') words.push(wordOf(child, walk));
    else if (child.type === 'command_elements') {
      for (const written of child.namedChildren) if (written && written.type !== 'command_argument_sep') elements.push(unwrap(written));
    }
  }
  words.push(...elements.map((element) => wordOf(element, walk)));
  const built = add(words, spanOf(node, walk), walk, nested);
  // `iex ((New-Object Net.WebClient).DownloadString(u))`: commands in arguments run first, as `$(...)` does.
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index]!;
    if (isLiteral(element)) continue;
    // `iex (New-Object Net.WebClient).DownloadString(u)`: in argument mode the call's member and its
    // argument list are two elements.
    const argumentList = elements[index + 1]?.type === 'argument_list' ? elements[index + 1] : undefined;
    if (argumentList && webClientCallOf([element, argumentList], walk, true)) index++;
    else visit(element, walk, true);
  }
  commandString(built, node, walk);
  return built;
}

/**
 * `(New-Object Net.WebClient).DownloadFile('https://...', 'C:\f')` as a command of its own that
 * downloads: `parts` is the call (an invocation), or a member and its argument list.
 */
function webClientCallOf(parts: SyntaxNode[], walk: PowerShellWalk, nested: boolean): ShellCommand | undefined {
  const [member, ...rest] = parts;
  if (member?.type !== 'invokation_expression' && member?.type !== 'member_access') return undefined;
  const method = member.namedChildren.find((child) => child?.type === 'member_name')?.text;
  if (!method || !WEB_CLIENT_METHODS.has(method.toLowerCase())) return undefined;
  const argumentList = member.namedChildren.find((child) => child?.type === 'argument_list') ?? rest.find((part) => part.type === 'argument_list');
  const call = add(parts.map((part) => wordOf(part, walk)), { start: spanOf(member, walk).start, end: spanOf(parts.at(-1)!, walk).end }, walk, nested);
  const [url, file] = (argumentList?.descendantsOfType('argument_expression') ?? []).slice(0, 2).map((argument) => {
    const literal = argument?.descendantsOfType('string_literal')[0];
    return literal ? wordOf(literal, walk) : undefined;
  });
  call.webClient = { method, url: url?.value !== undefined && /^(https?|ftp):\/\//i.test(url.value) ? url : undefined };
  if (/^downloadfile/i.test(method) && file?.value !== undefined) call.webClient.file = file;
  for (const part of parts) for (const child of part.namedChildren) if (child && child.type !== 'member_name') visit(child, walk, true);
  return call;
}

function add(words: ShellWord[], span: Span, walk: PowerShellWalk, nested: boolean): ShellCommand {
  const built: ShellCommand = { words, assignments: [], redirects: [], span, region: walk.positions.regionOf(span), pipeline: [], pipelineIndex: 0, parent: walk.parent, inSubstitution: nested, argv: [] };
  built.pipeline = [built];
  built.argv = unwrapArgv(words);
  walk.commands.push(built);
  return built;
}

/** `powershell -Command "..."` inside PowerShell: the string is a script of its own. */
function commandString(owner: ShellCommand, node: SyntaxNode, walk: PowerShellWalk): void {
  const argument = commandStringArgument(owner);
  if (!argument || walk.depth > 4 || walk.map.collapseTo) return;
  const script = 'text' in argument ? argument : { text: walk.text.slice(argument.from - walk.map.base, node.endIndex), map: { base: argument.from } };
  const nested = parsePowerShell({ ...script, variables: walk.variables, positions: walk.positions, parent: owner, depth: walk.depth + 1 });
  walk.commands.push(...nested.commands);
  walk.errors.push(...nested.errors);
}

/** Literal words: their text is their value, and nothing runs inside them. */
function isLiteral(node: SyntaxNode): boolean {
  return node.type === 'generic_token' || node.type === 'command_parameter' || (node.type === 'string_literal' && node.firstNamedChild?.type === 'verbatim_string_characters');
}

/**
 * A word's value: tokens and parameters as written, `'single'` quotes removed (`''` is a quote),
 * `"double"` ones when nothing in them expands; `$env:NAME` is the environment's value when known.
 */
function wordOf(node: SyntaxNode, walk: PowerShellWalk): ShellWord {
  const span = spanOf(node, walk);
  return { raw: written(node, walk), value: valueOf(node, walk), span, region: walk.positions.regionOf(span) };
}

/** A node's text as written (the parser read a copy with braced variables rewritten). */
function written(node: SyntaxNode, walk: PowerShellWalk): string {
  return walk.text.slice(node.startIndex, node.endIndex);
}

function valueOf(node: SyntaxNode, walk: PowerShellWalk): string | undefined {
  const text = written(node, walk);
  switch (node.type) {
    case 'command_name':
    case 'command_parameter':
      return text;
    case 'generic_token':
      return text.includes('$') || text.includes('`') ? undefined : text;
    case 'command_name_expr':
    case 'string_literal':
      return node.namedChildCount === 1 ? valueOf(node.firstNamedChild!, walk) : undefined;
    case 'verbatim_string_characters':
      return text.slice(1, -1).replaceAll("''", "'");
    case 'expandable_string_literal':
      return node.namedChildCount === 0 && !text.includes('`') ? text.slice(1, -1) : undefined;
    case 'variable': {
      const name = /^\$env:(\w+)$|^\$\{env:(\w+)\}$/i.exec(text)?.slice(1).find(Boolean);
      return name === undefined ? undefined : walk.variables.get(name);
    }
    default:
      return undefined;
  }
}

/**
 * `powershell [-NoProfile ...] -Command <script>` (or `-c`): where its script is. A quoted argument
 * is the script (its text and place); otherwise PowerShell takes the rest of the command line as
 * written, so the script runs from the first word after `-Command` (its file offset) to the end of
 * the command, which only the caller's text knows.
 */
export function commandStringArgument(command: ShellCommand): { text: string; map: OffsetMap } | { from: number } | undefined {
  const argv = command.argv;
  if (!runsPowerShell(argv[0]?.value)) return undefined;
  const flag = argv.findIndex((word, index) => index > 0 && /^-(c|command)$/i.test(word.value ?? ''));
  const first = flag > 0 ? argv[flag + 1] : undefined;
  if (!first) return undefined;
  const quote = first.raw[0];
  if (argv.length === flag + 2 && (quote === '"' || quote === "'") && first.raw.length >= 2 && first.raw.at(-1) === quote) {
    return { text: first.raw.slice(1, -1), map: { base: first.span.start + 1 } };
  }
  return { from: first.span.start };
}
