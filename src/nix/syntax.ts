/**
 * A small Nix expression printer: values are built as a tree and printed the way a person writes
 * Nix (2-space indentation, short lists on one line, `''` strings for multi-line text), with every
 * string escaped so no Dockerfile text can end a string or start an interpolation, and every
 * comment escaped so no text can end it early. Text from a Dockerfile or a path is only ever a
 * string or a comment here: code comes from `raw`, which callers build from their own literals.
 */
import { inertToRunner, terminalText } from '../report/index.js';

export type NixExpr =
  | { kind: 'raw'; text: string }
  | { kind: 'string'; value: string; block?: boolean }
  /** `"${expr}/bin/name"`: literal text around expressions, the text escaped as in any string. */
  | { kind: 'interpolation'; parts: Array<string | NixExpr> }
  | { kind: 'list'; items: NixExpr[] }
  | { kind: 'attrs'; entries: NixBinding[] }
  | { kind: 'apply'; fn: string; args: NixExpr[] };

export interface NixBinding {
  /** Attribute path segments; each is quoted when it is not a plain identifier. */
  path: string[];
  value: NixExpr;
  /** Comment lines written above the binding (without `#`). */
  comment?: string[];
}

export const raw = (text: string): NixExpr => ({ kind: 'raw', text });
export const str = (value: string): NixExpr => ({ kind: 'string', value });
/** A script or other text best read as a block: a `''` string even when it has one line. */
export const block = (value: string): NixExpr => ({ kind: 'string', value: value.endsWith('\n') ? value : `${value}\n`, block: true });
export const interpolate = (...parts: Array<string | NixExpr>): NixExpr => ({ kind: 'interpolation', parts });
export const list = (items: NixExpr[]): NixExpr => ({ kind: 'list', items });
export const attrs = (entries: NixBinding[]): NixExpr => ({ kind: 'attrs', entries });
export const apply = (fn: string, ...args: NixExpr[]): NixExpr => ({ kind: 'apply', fn, args });
export const bind = (path: string | string[], value: NixExpr, comment?: string[]): NixBinding => ({
  path: typeof path === 'string' ? [path] : path,
  value,
  comment,
});

const KEYWORDS = new Set(['if', 'then', 'else', 'assert', 'with', 'let', 'in', 'rec', 'inherit', 'or']);
const IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_'-]*$/;

/** `"..."` with `\`, `"`, `${` and control characters escaped. */
export function quoteString(value: string): string {
  return `"${stringBody(value)}"`;
}

/**
 * The inside of a `"..."` string. `##[` is written `#\#[` (the same text to Nix): a flake printed to
 * a CI log must not hold the Actions runner's legacy command syntax.
 */
function stringBody(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\$\{/g, '\\${')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/##\[/g, '#\\#[');
}

/** An attribute name, bare when Nix allows it. */
export function attrName(name: string): string {
  return IDENTIFIER.test(name) && !KEYWORDS.has(name) ? name : quoteString(name);
}

/** `pkgs.nodejs_20`, `pkgs."odd+name"`: an attribute path below a root expression. */
export function attrPath(root: string, path: string): string {
  return [root, ...path.split('.').map(attrName)].join('.');
}

/**
 * Comment lines at an indentation. Each `\n` (or CRLF) of the text starts a new comment line. Nix
 * ends a `#` comment at CR or LF, editors also at NEL, LS and PS, and terminals act on ESC: any such
 * character left in a line is shown as the terminal escaper shows it (`\r`), so no text ends the
 * comment early; the flake may be printed to a CI log, so it is inert to the runner as well.
 */
export function commentLines(lines: string[], indent: string): string {
  return lines
    .flatMap((line) => line.split(/\r?\n/))
    .map((line) => inertToRunner(terminalText(line)))
    .map((line) => (line === '' ? `${indent}#` : `${indent}# ${line}`))
    .join('\n');
}

/** Escapes one line for a `''` string: `''` → `'''`, `${` → `''${`, and a `'` that would touch an escape → `''\'`. */
function escapeIndentedLine(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '$' && line[i + 1] === '{') out += "''$";
    // The runner's legacy command syntax, kept out of a flake printed to a CI log (`''\#` is `#`).
    else if (c === '#' && line[i + 1] === '#' && line[i + 2] === '[') {
      out += "#''\\#";
      i++;
    } else if (c === "'" && line[i + 1] === "'") {
      out += "'''";
      i++;
    } else if (c === "'" && line[i + 1] === '$' && line[i + 2] === '{') out += "''\\'";
    else out += c;
  }
  return out;
}

/**
 * An indented `''` string, for text of several lines ending in a newline. Carriage returns, tabs
 * and whitespace-only lines (which indentation stripping would alter) force a `"..."` string.
 */
function indentedString(value: string, indent: string, block = false): string | undefined {
  if (/[\r\t]/.test(value) || !value.endsWith('\n') || (!block && value.indexOf('\n') === value.length - 1)) return undefined;
  const lines = value.slice(0, -1).split('\n');
  if (lines.some((line) => line !== '' && line.trim() === '')) return undefined;
  // Nix strips the indentation common to all lines: when every line starts with a space, our
  // indentation and the text's own would merge and the text would lose its own.
  if (lines.filter((line) => line !== '').every((line) => line.startsWith(' '))) return undefined;
  const inner = `${indent}  `;
  const printed = lines.map((line) => (line === '' ? '' : `${inner}${escapeIndentedLine(line)}`)).join('\n');
  return `''\n${printed}\n${indent}''`;
}

const INLINE_WIDTH = 80;

function isAtom(expr: NixExpr): boolean {
  if (expr.kind === 'interpolation') return true;
  return expr.kind === 'raw' ? !expr.text.includes('\n') : expr.kind === 'string' ? !expr.value.includes('\n') : false;
}

/** Prints an expression whose first line starts at `indent` (already written by the caller). */
export function printNix(expr: NixExpr, indent = ''): string {
  switch (expr.kind) {
    case 'raw':
      return expr.text.split('\n').join(`\n${indent}`);
    case 'string':
      return indentedString(expr.value, indent, expr.block) ?? quoteString(expr.value);
    case 'interpolation':
      return `"${expr.parts.map((part) => (typeof part === 'string' ? stringBody(part) : `\${${printNix(part, indent)}}`)).join('')}"`;
    case 'list': {
      if (expr.items.length === 0) return '[ ]';
      // A function application is one element only in parentheses: `[ f x ]` is a list of two.
      const item = (element: NixExpr, at: string) => (element.kind === 'apply' ? `(${printNix(element, at)})` : printNix(element, at));
      const inline = `[ ${expr.items.map((element) => item(element, indent)).join(' ')} ]`;
      if (expr.items.every(isAtom) && indent.length + inline.length <= INLINE_WIDTH) return inline;
      const inner = `${indent}  `;
      return `[\n${expr.items.map((element) => `${inner}${item(element, inner)}`).join('\n')}\n${indent}]`;
    }
    case 'attrs': {
      if (expr.entries.length === 0) return '{ }';
      const inner = `${indent}  `;
      return `{\n${expr.entries.map((entry) => printBinding(entry, inner)).join('\n')}\n${indent}}`;
    }
    case 'apply':
      return [expr.fn, ...expr.args.map((arg) => printNix(arg, indent))].join(' ');
  }
}

/** One `name = value;` binding (with its comment lines) at an indentation. */
export function printBinding(entry: NixBinding, indent = ''): string {
  const comment = entry.comment?.length ? `${commentLines(entry.comment, indent)}\n` : '';
  return `${comment}${indent}${entry.path.map(attrName).join('.')} = ${printNix(entry.value, indent)};`;
}
