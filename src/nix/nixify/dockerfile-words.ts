import { expandVariables } from '../../model/variables.js';
import type { DockerfileModel, Instruction } from '../../model/types.js';

/** The text after the keyword and flags, line continuations removed. */
export function argumentText(model: DockerfileModel, instruction: Instruction): string {
  if (!instruction.argsSpan) return '';
  const text = model.text.slice(instruction.argsSpan.start, instruction.argsSpan.end);
  const escape = model.escapeChar === '`' ? '`' : '\\\\';
  // Comment lines inside a continued instruction are dropped before the lines are joined.
  return text
    .replace(/^[ \t]*#.*$\r?\n?/gm, '')
    .replace(new RegExp(`${escape}[ \\t]*\\r?\\n`, 'g'), '')
    .trim();
}

/** Whitespace-separated words that keep quoted sections (quotes included) together. */
function words(text: string, escapeChar: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === escapeChar && i + 1 < text.length) {
      current += c + text[i + 1];
      i++;
    } else if (quote) {
      current += c;
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      current += c;
      quote = c;
    } else if (/\s/.test(c)) {
      if (current) out.push(current);
      current = '';
    } else current += c;
  }
  if (current) out.push(current);
  return out;
}

/** Removes one level of quotes (anywhere in the word) as the builder does; single quotes stop expansion. */
function valueOf(raw: string, instruction: Instruction, escapeChar: string): string {
  let out = '';
  let segment = '';
  const flush = () => {
    out += expandVariables(segment, (name) => instruction.variables.get(name), escapeChar as '\\' | '`').value ?? segment;
    segment = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "'") {
      flush();
      const end = raw.indexOf("'", i + 1);
      out += raw.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? raw.length : end;
    } else if (c === '"') {
      // Escapes stay in the segment: expandVariables removes them (and so keeps `\$` unexpanded).
      let end = i + 1;
      while (end < raw.length && raw[end] !== '"') end += raw[end] === escapeChar ? 2 : 1;
      segment += raw.slice(i + 1, end);
      i = end;
    } else segment += c;
  }
  flush();
  return out;
}

/**
 * `ENV`/`LABEL` pairs: `KEY=value KEY2="a b"` or the legacy `KEY value with spaces`, with
 * variables expanded as the builder expands them.
 */
export function keyValuePairs(model: DockerfileModel, instruction: Instruction): [string, string][] {
  const text = argumentText(model, instruction);
  const parts = words(text, model.escapeChar);
  if (parts.length === 0) return [];
  if (!parts[0].includes('=')) {
    const rest = text.slice(text.indexOf(parts[0]) + parts[0].length).trim();
    return [[valueOf(parts[0], instruction, model.escapeChar), valueOf(rest, instruction, model.escapeChar)]];
  }
  return parts.map((part) => {
    const equals = part.indexOf('=');
    if (equals < 0) return [valueOf(part, instruction, model.escapeChar), ''];
    return [valueOf(part.slice(0, equals), instruction, model.escapeChar), valueOf(part.slice(equals + 1), instruction, model.escapeChar)];
  });
}

/**
 * The strings of an exec-form instruction (`CMD ["a", "b c"]`), read as the JSON the builder
 * reads; falls back to the model's arguments when the text is not a JSON array of strings.
 */
export function execArguments(model: DockerfileModel, instruction: Instruction): string[] {
  try {
    const parsed: unknown = JSON.parse(argumentText(model, instruction));
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  } catch {
    // not JSON after all: use what the model read
  }
  return instruction.args.map((arg) => arg.value ?? arg.raw);
}
