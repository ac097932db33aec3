/**
 * Compose's variable interpolation (`$NAME`, `${NAME}`, `${NAME:-default}`, `${NAME-default}`,
 * `${NAME:?error}`, `${NAME:+other}`, `$$` for a dollar), as the Compose specification defines it,
 * and the `.env` file that supplies the variables.
 */
export interface Interpolation {
  /** Undefined when a variable has neither a value nor a default. */
  value?: string;
  /** Names without a value that the result depends on. */
  unresolved: string[];
  /** Names whose value (or default) went into the result. */
  used: string[];
}

export function interpolate(text: string, lookup: (name: string) => string | undefined): Interpolation {
  const unresolved: string[] = [];
  const used: string[] = [];
  let value = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char !== '$') {
      value += char;
      index++;
      continue;
    }
    const next = text[index + 1];
    if (next === '$') {
      value += '$';
      index += 2;
    } else if (next === '{') {
      const end = closingBrace(text, index + 2);
      if (end < 0) return { unresolved: [...unresolved, text.slice(index)], used };
      const expanded = expandBraced(text.slice(index + 2, end), lookup);
      used.push(...expanded.used);
      unresolved.push(...expanded.unresolved);
      value += expanded.value ?? '';
      index = end + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(index + 1))?.[0];
      if (!name) {
        value += '$';
        index++;
        continue;
      }
      const found = lookup(name);
      if (found === undefined) unresolved.push(name);
      else used.push(name);
      value += found ?? '';
      index += 1 + name.length;
    }
  }
  return unresolved.length > 0 ? { unresolved, used } : { value, unresolved, used };
}

function expandBraced(inner: string, lookup: (name: string) => string | undefined): Interpolation {
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(inner)?.[0] ?? inner;
  const operator = /^(:-|-|:\?|\?|:\+|\+)?/.exec(inner.slice(name.length))?.[0] ?? '';
  const argument = inner.slice(name.length + operator.length);
  const found = lookup(name);
  const empty = found === undefined || found === '';
  const nested = () => interpolate(argument, lookup);
  switch (operator) {
    case ':-':
      return empty ? nested() : { value: found, unresolved: [], used: [name] };
    case '-':
      return found === undefined ? nested() : { value: found, unresolved: [], used: [name] };
    case ':+':
      return empty ? { value: '', unresolved: [], used: [] } : { ...nested(), used: [name] };
    case '+':
      return found === undefined ? { value: '', unresolved: [], used: [] } : { ...nested(), used: [name] };
    default:
      // `${NAME}`, and `${NAME:?error}`/`${NAME?error}`, which stop Compose when the value is missing.
      return found === undefined ? { unresolved: [name], used: [] } : { value: found, unresolved: [], used: [name] };
  }
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let index = from; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

/** The variables of a `.env` file: `NAME=value` lines, `export` and quotes allowed, `#` comments skipped. */
export function parseDotEnv(text: string): Map<string, string> {
  const variables = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim().replace(/^export\s+/, '');
    const equals = trimmed.indexOf('=');
    if (trimmed.startsWith('#') || equals <= 0) continue;
    const name = trimmed.slice(0, equals).trim();
    let value = trimmed.slice(equals + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.indexOf(quote, 1) > 0) value = value.slice(1, value.indexOf(quote, 1));
    else value = value.replace(/\s+#.*$/, '');
    if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) variables.set(name, value);
  }
  return variables;
}
