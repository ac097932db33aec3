/**
 * Dockerfile variable substitution (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}`, `${VAR-d}`,
 * `${VAR+a}`), as the builder applies it to FROM, COPY, ENV, ... arguments.
 */
import type { PositionMapper, Span } from '../findings/index.js';
import { formatBytes } from '../safe-fs/index.js';
import { MAX_EXPANDED_LENGTH } from '../shell/index.js';
import type { ModelProblem } from './types.js';

export type VariableLookup = (name: string) => string | undefined;

export interface Expansion {
  /** The expanded text, undefined when a variable without a known value was needed. */
  value?: string;
  /** Names referenced without a known value. */
  unresolved: string[];
  /** Names whose values were used. */
  used: string[];
  /** The text would have outgrown the budget, so it was not computed (`value` is undefined). */
  tooLarge?: boolean;
}

/** All expansions of one file together: a few values referenced thousands of times stay bounded too. */
export const MAX_EXPANDED_TOTAL = 64 * 1024 * 1024;
/** `${A:-${B:-${C:-…}}}` nested deeper than this is not evaluated (each level is a recursion). */
const MAX_NESTING = 32;

/**
 * What one file's expansions may produce. Each ARG may reference the one before twice
 * (`ARG A2=$A1$A1`): 25 such lines ask for 64 MiB, 28 for more than a JavaScript string can hold. Such an
 * expansion is refused before it is built; the first refusal is reported with its place.
 */
export class ExpansionBudget {
  /** Expansions refused for size. */
  refused = 0;
  private first: Span | undefined;

  constructor(
    readonly maxLength = MAX_EXPANDED_LENGTH,
    private remaining = MAX_EXPANDED_TOTAL,
  ) {}

  /** Whether `added` more characters may join an expansion already `length` long; they are counted if so. */
  take(length: number, added: number): boolean {
    if (length + added > this.maxLength || added > this.remaining) return false;
    this.remaining -= added;
    return true;
  }

  refuse(at: Span | undefined): void {
    if (this.refused++ === 0) this.first = at;
  }

  /** The one problem that reports every refusal, at the first. */
  problem(positions: PositionMapper): ModelProblem {
    const more = this.refused > 1 ? ` (${this.refused - 1} more expansion${this.refused > 2 ? 's' : ''} of this file too)` : '';
    return {
      level: 'error',
      message:
        `variable expansion here would produce more than ${formatBytes(this.maxLength)} (values referencing each other, ` +
        `e.g. \`ARG B=$A$A\` repeated): it was not computed and the value is treated as unknown${more}`,
      region: positions.regionOf(this.first ?? { start: 0, end: 0 }),
    };
  }
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

export interface ExpandOptions {
  /** Remove quotes as the builder's word processing does (`FROM alpine:"${TAG}"`); single quotes also stop expansion. */
  quotes?: boolean;
  /** Limits what variable values may add; without one, a default budget for this call alone. */
  budget?: ExpansionBudget;
  /** Where the text is, for the report of a refusal. */
  at?: Span;
}

export function expandVariables(text: string, lookup: VariableLookup, escapeChar = '\\', options: ExpandOptions = {}, depth = 0): Expansion {
  if (!text.includes('$') && !(options.quotes && /["']/.test(text))) return { value: unescape(text, escapeChar), unresolved: [], used: [] };
  const budget = options.budget ?? new ExpansionBudget();
  const unresolved: string[] = [];
  const used: string[] = [];
  const tooLarge = (): Expansion => {
    budget.refuse(options.at);
    return { value: undefined, unresolved, used, tooLarge: true };
  };
  let out = '';
  let complete = true;
  let i = 0;
  let inDouble = false;
  while (i < text.length) {
    const c = text[i]!;
    if (c === escapeChar && i + 1 < text.length) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (options.quotes && c === '"') {
      inDouble = !inDouble;
      i++;
      continue;
    }
    if (options.quotes && c === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      out += close < 0 ? text.slice(i + 1) : text.slice(i + 1, close);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    if (text[i + 1] === '{') {
      const close = findClosingBrace(text, i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, close);
      const result = depth < MAX_NESTING ? expandBraced(inner, lookup, escapeChar, { budget, at: options.at }, depth + 1) : { unresolved: [inner], used: [] };
      // A nested refusal was counted where it happened.
      if (result.tooLarge) return { value: undefined, unresolved, used, tooLarge: true };
      if (result.value === undefined) complete = false;
      else if (!budget.take(out.length, result.value.length)) return tooLarge();
      else out += result.value;
      for (const name of result.unresolved) unresolved.push(name);
      for (const name of result.used) used.push(name);
      i = close + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const match = NAME.exec(text);
    if (!match) {
      out += c;
      i++;
      continue;
    }
    const value = lookup(match[0]);
    if (value === undefined) {
      complete = false;
      unresolved.push(match[0]);
    } else if (!budget.take(out.length, value.length)) {
      return tooLarge();
    } else {
      out += value;
      used.push(match[0]);
    }
    i = NAME.lastIndex;
  }
  return { value: complete ? out : undefined, unresolved, used };
}

function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function expandBraced(inner: string, lookup: VariableLookup, escapeChar: string, options: ExpandOptions, depth: number): Expansion {
  NAME.lastIndex = 0;
  const match = NAME.exec(inner);
  if (!match) return { value: undefined, unresolved: [inner], used: [] };
  const name = match[0];
  const rest = inner.slice(name.length);
  const value = lookup(name);
  const operator = /^(:?[-+])/.exec(rest)?.[1];
  if (!operator) {
    // `${VAR}` or a form we do not evaluate (`${VAR#pattern}`): only the plain form is known.
    if (rest === '' && value !== undefined) return { value, unresolved: [], used: [name] };
    return { value: undefined, unresolved: [name], used: [] };
  }
  const word = rest.slice(operator.length);
  const isSet = value !== undefined && (operator.startsWith(':') ? value !== '' : true);
  if (operator.endsWith('-')) {
    if (isSet) return { value, unresolved: [], used: [name] };
    // The default applies when the variable is unset or (with `:`) empty. An ARG declared without a
    // value is unset in a default build, so its default is what the build uses.
    return expandVariables(word, lookup, escapeChar, options, depth);
  }
  if (isSet) return expandVariables(word, lookup, escapeChar, options, depth);
  return { value: '', unresolved: [], used: [name] };
}

function unescape(text: string, escapeChar: string): string {
  if (!text.includes(escapeChar)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === escapeChar && i + 1 < text.length) out += text[++i];
    else out += text[i];
  }
  return out;
}
