import type { Span } from '../findings/index.js';
import { flakeHubFlake } from './flakehub.js';
import type { FlakeLock, LockNode, NixFile, NixNode } from './types.js';

/** Builtins Nix binds without the `builtins.` prefix (the ones the rules ask about). */
const GLOBAL_BUILTINS = new Set(['fetchGit', 'fetchMercurial', 'fetchTarball', 'fetchTree', 'import', 'derivation', 'toString', 'map', 'throw', 'abort', 'baseNameOf', 'dirOf', 'removeAttrs', 'placeholder', 'scopedImport']);

export function nixText(nix: NixFile, node: NixNode | Span): string {
  const span = 'span' in node ? node.span : node;
  return nix.text.slice(span.start, span.end);
}

/** Every node below `node` (itself first), in file order. */
export function* nixWalk(node: NixNode): Generator<NixNode> {
  yield node;
  for (const child of node.children) yield* nixWalk(child);
}

export function nixChild(node: NixNode | undefined, field: string): NixNode | undefined {
  return node?.children.find((child) => child.field === field);
}

export function nixChildren(node: NixNode | undefined, field: string): NixNode[] {
  return node?.children.filter((child) => child.field === field) ?? [];
}

/** The expression itself, without the parentheses around it. */
export function nixUnwrap(node: NixNode | undefined): NixNode | undefined {
  let current = node;
  while (current?.type === 'parenthesized_expression') current = nixChild(current, 'expression');
  return current;
}

/**
 * The value of a string written without interpolation (`"..."` or `''...''`), escapes decoded;
 * undefined for anything else.
 */
export function nixStringValue(nix: NixFile, node: NixNode | undefined): string | undefined {
  const string = nixUnwrap(node);
  if (string?.type !== 'string_expression' && string?.type !== 'indented_string_expression') return undefined;
  let value = '';
  for (const part of string.children) {
    const text = nixText(nix, part);
    if (part.type === 'string_fragment') value += text;
    else if (part.type === 'escape_sequence' || part.type === 'dollar_escape') value += decodeEscape(text, string.type === 'indented_string_expression');
    else return undefined;
  }
  return string.type === 'indented_string_expression' ? stripIndentation(value) : value;
}

function decodeEscape(escape: string, indented: boolean): string {
  if (indented) return escape === "'''" ? "''" : escape === "''$" ? '$' : escape.startsWith("''\\") ? decodeEscape(escape.slice(2), false) : escape;
  const char = escape.slice(1);
  return char === 'n' ? '\n' : char === 't' ? '\t' : char === 'r' ? '\r' : char;
}

function stripIndentation(value: string): string {
  const lines = value.split('\n');
  const indents = lines.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(indent)).join('\n').replace(/^[ \t]*\n/, '');
}

/**
 * A curried call `f a b` (`apply(apply(f, a), b)`) as its function and arguments; undefined
 * unless `node` is the outermost application of the chain.
 */
export function nixCall(node: NixNode): { callee: NixNode; args: NixNode[] } | undefined {
  if (node.type !== 'apply_expression') return undefined;
  if (node.parent?.type === 'apply_expression' && node.field === 'function') return undefined;
  const args: NixNode[] = [];
  let current: NixNode | undefined = node;
  while (current?.type === 'apply_expression') {
    const argument = nixChild(current, 'argument');
    if (argument) args.unshift(argument);
    current = nixChild(current, 'function');
  }
  return current ? { callee: nixUnwrap(current) ?? current, args } : undefined;
}

/** `pkgs.fetchFromGitHub`, `builtins.fetchTarball`, `fetchTarball`: a variable or a select of plain names. */
export function nixDottedName(nix: NixFile, node: NixNode | undefined): string | undefined {
  const expression = nixUnwrap(node);
  if (expression?.type === 'variable_expression') return nixText(nix, expression);
  if (expression?.type !== 'select_expression' || nixChild(expression, 'default')) return undefined;
  const base = nixDottedName(nix, nixChild(expression, 'expression'));
  const attrs = nixChildren(nixChild(expression, 'attrpath'), 'attr');
  if (base === undefined || attrs.some((attr) => attr.type !== 'identifier')) return undefined;
  return [base, ...attrs.map((attr) => nixText(nix, attr))].join('.');
}

/**
 * The builtin an expression names, or undefined: `builtins.currentTime`; `fetchTarball` and the
 * other builtins Nix binds globally; any name inside `with builtins;`; a name taken with
 * `inherit (builtins) ...`. A name bound by a function argument, `let` or `rec` is not a builtin
 * (`{ fetchurl }: fetchurl ...` is nixpkgs' fetcher), and lexical bindings win over `with`.
 */
export function nixBuiltinName(nix: NixFile, node: NixNode | undefined): string | undefined {
  const expression = nixUnwrap(node);
  const dotted = nixDottedName(nix, expression);
  if (dotted === undefined) return undefined;
  const parts = dotted.split('.');
  if (parts.length === 2 && parts[0] === 'builtins' && lexicalBinding(nix, expression!, 'builtins') === undefined) return parts[1];
  if (parts.length !== 1) return undefined;
  const name = parts[0]!;
  const binding = lexicalBinding(nix, expression!, name);
  if (binding === 'builtins') return name;
  if (binding !== undefined) return undefined;
  if (withBuiltins(nix, expression!)) return name;
  return GLOBAL_BUILTINS.has(name) ? name : undefined;
}

/** What binds `name` lexically around `node`: `'builtins'` for `inherit (builtins) name`, `'other'` for anything else, undefined when free. */
function lexicalBinding(nix: NixFile, node: NixNode, name: string): 'builtins' | 'other' | undefined {
  for (let scope = node.parent; scope; scope = scope.parent) {
    if (scope.type === 'function_expression') {
      const universal = nixChild(scope, 'universal');
      if (universal && nixText(nix, universal) === name) return 'other';
      if (nixChildren(nixChild(scope, 'formals'), 'formal').some((formal) => nixText(nix, nixChild(formal, 'name') ?? formal) === name)) return 'other';
    } else if (scope.type === 'let_expression' || scope.type === 'rec_attrset_expression' || scope.type === 'let_attrset_expression') {
      const bound = nixBindings(nix, scope).find((binding) => binding.path[0] === name);
      if (bound) return bound.inheritFrom !== undefined && nixDottedName(nix, bound.inheritFrom) === 'builtins' ? 'builtins' : 'other';
    }
  }
  return undefined;
}

function withBuiltins(nix: NixFile, node: NixNode): boolean {
  for (let inner: NixNode = node, scope = node.parent; scope; inner = scope, scope = scope.parent) {
    if (scope.type === 'with_expression' && inner.field === 'body' && nixDottedName(nix, nixChild(scope, 'environment')) === 'builtins') return true;
  }
  return false;
}

/** One binding of an attribute set or `let`: `a.b.c = value;`, or a name taken with `inherit`. */
export interface NixBinding {
  /** The attribute path, names as written (`"quoted"` names unquoted); `${...}` parts as undefined are left out. */
  path: string[];
  /** The attribute path as written (`inputs.nixpkgs.url`), or the inherited name. */
  keySpan: Span;
  /** The bound expression; undefined for `inherit`. */
  value?: NixNode;
  /** The binding itself, `;` excluded. */
  node: NixNode;
  /** `inherit (expr) name;`: the expression it is taken from. */
  inheritFrom?: NixNode;
}

/** The bindings written in an attribute set, `rec` set or `let`, in file order. */
export function nixBindings(nix: NixFile, set: NixNode | undefined): NixBinding[] {
  const bindingSet = set?.children.find((child) => child.type === 'binding_set');
  const bindings: NixBinding[] = [];
  for (const binding of bindingSet?.children ?? []) {
    if (binding.type === 'binding') {
      const attrpath = nixChild(binding, 'attrpath');
      const names = nixChildren(attrpath, 'attr').map((attr) => (attr.type === 'identifier' ? nixText(nix, attr) : nixStringValue(nix, attr)));
      if (!attrpath || names.some((name) => name === undefined)) continue;
      bindings.push({ path: names as string[], keySpan: attrpath.span, value: nixChild(binding, 'expression'), node: binding });
    } else if (binding.type === 'inherit' || binding.type === 'inherit_from') {
      const from = binding.type === 'inherit_from' ? nixChild(binding, 'expression') : undefined;
      for (const attr of nixChildren(nixChild(binding, 'attrs'), 'attr')) {
        bindings.push({ path: [nixText(nix, attr)], keySpan: attr.span, node: binding, inheritFrom: from });
      }
    }
  }
  return bindings;
}

/**
 * The attribute `path` of an attribute set as written, whichever way it is spelt: `a.b = x;` or
 * `a = { b = x; };` (and mixes of both). Undefined when absent or not written literally.
 */
export function nixAttr(nix: NixFile, set: NixNode | undefined, path: readonly string[]): NixBinding | undefined {
  const expression = nixUnwrap(set);
  if (!expression || (expression.type !== 'attrset_expression' && expression.type !== 'rec_attrset_expression')) return undefined;
  for (const binding of nixBindings(nix, expression)) {
    const shared = binding.path.length <= path.length && binding.path.every((name, index) => name === path[index]);
    if (!shared) continue;
    if (binding.path.length === path.length) return binding;
    const found = nixAttr(nix, binding.value, path.slice(binding.path.length));
    if (found) return found;
  }
  return undefined;
}

/** A root input of a flake lock that is nixpkgs (locked from `NixOS/nixpkgs` or a fork of it, FlakeHub's `NixOS/nixpkgs`, or named `nixpkgs`). */
export interface NixpkgsLockInput {
  /** The input's name in the flake. */
  name: string;
  node: LockNode;
}

/** The lock's root inputs that are nixpkgs: what flake-checker checks (age, branch, owner). */
export function nixpkgsLockInputs(lock: FlakeLock): NixpkgsLockInput[] {
  const root = lock.nodes.get(lock.root);
  const found: NixpkgsLockInput[] = [];
  for (const [name, { target }] of root?.inputs ?? []) {
    const node = typeof target === 'string' ? lock.nodes.get(target) : undefined;
    if (!node?.locked) continue;
    const flakeHub = flakeHubFlake(String(node.original?.get('url')?.value ?? ''));
    const repo = String(node.locked.get('repo')?.value ?? node.original?.get('repo')?.value ?? flakeHub?.project ?? '').toLowerCase();
    if (repo === 'nixpkgs' || (name === 'nixpkgs' && node.locked.has('lastModified'))) found.push({ name, node });
  }
  return found;
}
