import type { PositionMapper, Span } from '../findings/index.js';
import type { SyntaxNode } from './tree-sitter.js';
import { MAX_EXPANDED_LENGTH, type ShellWord, type VariableScope } from './types.js';

/**
 * Words of the shell AST as the shell reads them: values after quote removal and the expansion of
 * known variables, field splitting, and spans in the Dockerfile.
 */

/**
 * Maps positions of a parsed text back to the Dockerfile. Text cut out of a Dockerfile keeps its
 * length (see `shellSourceOf`), so most mappings are a plain shift; a `sh -c "..."` string with
 * escapes cannot be mapped character by character and collapses onto the string's own span.
 */
export interface OffsetMap {
  base: number;
  collapseTo?: Span;
}

/** What reading a word needs: the parsed text, where it sits in the Dockerfile, the variables known. */
export interface WordContext {
  text: string;
  map: OffsetMap;
  variables: ScriptVariables;
  positions: PositionMapper;
  /** A cmd or PowerShell line read with the bash grammar: `\` separates a path there, it escapes nothing. */
  literalBackslashes?: boolean;
}

/** The script's own assignments over the instruction's ARG and ENV values, which are shared, not copied. */
export class ScriptVariables {
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

/**
 * Field splitting: an unquoted expansion whose value holds blanks becomes several arguments, as
 * the shell makes them (`apk add $PHPIZE_DEPS`). Each keeps the span of the word it came from.
 */
export function splitFields(word: ShellWord, node: SyntaxNode): ShellWord[] {
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

export function wordOf(node: SyntaxNode, state: WordContext): ShellWord {
  const span = spanOf(node, state);
  const word: ShellWord = { raw: node.text, value: wordValue(node, state), span, region: state.positions.regionOf(span) };
  if (word.value === undefined) {
    const partial = wordValue(node, state, true);
    if (partial !== undefined && partial !== node.text) word.partial = partial;
  }
  if (node.type === 'command_substitution') {
    const file = fileReadBy(node);
    if (file) word.contentOf = wordOf(file, state);
  }
  return word;
}

/**
 * The file a command substitution only reads: `$(<file)`, `$(cat file)`, or `$(grep -v PATTERN
 * file)` (comment lines left out). Anything more is a program whose output nobody can know.
 */
function fileReadBy(substitution: SyntaxNode): SyntaxNode | undefined {
  const [inner, ...more] = substitution.namedChildren;
  if (!inner || more.length > 0) return undefined;
  if (inner.type === 'file_redirect' && inner.children.some((child) => child?.text === '<')) return inner.childForFieldName('destination') ?? undefined;
  if (inner.type !== 'command') return undefined;
  const name = inner.childForFieldName('name')?.text;
  const args = inner.namedChildren.filter((child) => child?.type !== 'command_name');
  if (name === 'cat' && args.length === 1 && !args[0]!.text.startsWith('-')) return args[0]!;
  if (name === 'grep' && args.length === 3 && /^-[vE]*v[vE]*$/.test(args[0]!.text)) return args[2]!;
  return undefined;
}

/**
 * The value of a word after quote removal and expansion of known variables; with `keepUnknown`, an
 * expansion or substitution of unknown value stays as written instead of making the value unknown.
 */
export function wordValue(node: SyntaxNode, state: WordContext, keepUnknown = false): string | undefined {
  switch (node.type) {
    case 'word':
    case 'number':
      return state.literalBackslashes ? node.text : unescapeWord(node.text);
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'ansi_c_string':
      return node.text.slice(2, -1);
    case 'string_content':
      return state.literalBackslashes ? node.text : node.text.replace(/\\([$`"\\\n])/g, '$1');
    case 'string': {
      let value = '';
      let cursor = node.startIndex + 1;
      for (const child of node.namedChildren) {
        if (!child) continue;
        // Text between named children (e.g. a lone `$`) is literal.
        value += state.text.slice(cursor, child.startIndex);
        const part = wordValue(child, state, keepUnknown);
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
        const part = wordValue(child, state, keepUnknown);
        // Values past the expansion budget are not built (`a=$a$a` thirty times would not fit in a string).
        if (part === undefined || value.length + part.length > MAX_EXPANDED_LENGTH) return undefined;
        value += part;
      }
      return value;
    }
    case 'simple_expansion':
      return lookupVariable(node.namedChildren[0]?.text, state) ?? (keepUnknown ? node.text : undefined);
    case 'expansion':
      return expansionValue(node, state) ?? (keepUnknown ? node.text : undefined);
    default:
      return keepUnknown ? node.text : undefined;
  }
}

function expansionValue(node: SyntaxNode, state: WordContext): string | undefined {
  const inner = node.text.slice(2, -1);
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=+])(.*))?$/s.exec(inner);
  if (!match) return undefined;
  const [, name, operator, word = ''] = match;
  const value = lookupVariable(name, state);
  if (!operator) return value;
  const set = value !== undefined && (operator.startsWith(':') ? value !== '' : true);
  const alternative = operatorWord(word, state);
  if (operator.endsWith('+')) return set ? alternative : value === undefined ? undefined : '';
  return set ? value : value === undefined && state.variables.has(name!) ? alternative : value ?? alternative;
}

/**
 * The word of `${A:-word}` and `${A:+word}`, whose own `$B` and `${B}` expand too
 * (`${GIT_BRANCH:-$VERSION}`); undefined when one of them is not known. Other syntax stays as written.
 */
function operatorWord(word: string, state: WordContext): string | undefined {
  if (!word.includes('$')) return word;
  let value = '';
  let cursor = 0;
  for (const reference of word.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const part = lookupVariable(reference[1] ?? reference[2], state);
    const literal = word.slice(cursor, reference.index);
    // Past the expansion budget the value is not built, as for concatenations.
    if (part === undefined || literal.includes('$') || value.length + literal.length + part.length > MAX_EXPANDED_LENGTH) return undefined;
    value += literal + part;
    cursor = reference.index + reference[0].length;
  }
  const rest = word.slice(cursor);
  return rest.includes('$') ? undefined : value + rest;
}

function lookupVariable(name: string | undefined, state: WordContext): string | undefined {
  return name === undefined ? undefined : state.variables.get(name);
}

function unescapeWord(text: string): string {
  return text.includes('\\') ? text.replace(/\\(.)/gs, '$1') : text;
}

export function spanOf(node: SyntaxNode, state: WordContext): Span {
  if (state.map.collapseTo) return state.map.collapseTo;
  return { start: state.map.base + node.startIndex, end: state.map.base + node.endIndex };
}
