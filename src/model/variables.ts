/**
 * Dockerfile variable substitution (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}`, `${VAR-d}`,
 * `${VAR+a}`), as the builder applies it to FROM, COPY, ENV, ... arguments.
 */

export type VariableLookup = (name: string) => string | undefined;

export interface Expansion {
  /** The expanded text, undefined when a variable without a known value was needed. */
  value?: string;
  /** Names referenced without a known value. */
  unresolved: string[];
  /** Names whose values were used. */
  used: string[];
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;

export interface ExpandOptions {
  /** Remove quotes as the builder's word processing does (`FROM alpine:"${TAG}"`); single quotes also stop expansion. */
  quotes?: boolean;
}

export function expandVariables(text: string, lookup: VariableLookup, escapeChar = '\\', options: ExpandOptions = {}): Expansion {
  if (!text.includes('$') && !(options.quotes && /["']/.test(text))) return { value: unescape(text, escapeChar), unresolved: [], used: [] };
  const unresolved: string[] = [];
  const used: string[] = [];
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
      const result = expandBraced(inner, lookup, escapeChar);
      if (result.value === undefined) complete = false;
      else out += result.value;
      unresolved.push(...result.unresolved);
      used.push(...result.used);
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

function expandBraced(inner: string, lookup: VariableLookup, escapeChar: string): Expansion {
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
    if (value === undefined) return expandVariables(word, lookup, escapeChar);
    return expandVariables(word, lookup, escapeChar);
  }
  if (isSet) return expandVariables(word, lookup, escapeChar);
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
