import type { Span } from '../findings/index.js';
import { nixBindings, nixChild, nixStringValue, nixText, nixUnwrap } from './queries.js';
import type { NixFile, NixNode } from './types.js';

/** A literal value written in the flake, and where. */
export interface FlakeValue<T = string> {
  value: T;
  span: Span;
}

/** One input of a `flake.nix` (`inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";`). */
export interface FlakeInput {
  name: string;
  /** Where the input is first named (`inputs.nixpkgs` or `nixpkgs` inside `inputs = { ... }`). */
  nameSpan: Span;
  url?: FlakeValue;
  /** The input written as attributes (`type`, `owner`, `repo`, `ref`, `rev`, `dir`, `url`, ...). */
  attrs: Map<string, FlakeValue<string | boolean>>;
  follows?: FlakeValue;
  /** `inputs.<name>.inputs.<dependency>.follows = "..."`. */
  nestedFollows: Array<{ dependency: string } & FlakeValue>;
  /** A part of the input is computed (interpolation, a variable): it cannot be compared with the lock. */
  computed: boolean;
}

/** Attributes of an input that name what is fetched (the rest: `flake`, `follows`, nested inputs). */
const SOURCE_ATTRIBUTES = new Set(['type', 'owner', 'repo', 'ref', 'rev', 'dir', 'url', 'path', 'host', 'id', 'narHash', 'submodules', 'shallow', 'lastModified', 'revCount']);

/** The inputs a flake declares, in file order; empty when the file is not an attribute set. */
export function flakeInputs(nix: NixFile): FlakeInput[] {
  const inputs = new Map<string, FlakeInput>();
  const assign = (name: string, nameSpan: Span, rest: string[], value: NixNode | undefined) => {
    let input = inputs.get(name);
    if (!input) {
      input = { name, nameSpan, attrs: new Map(), nestedFollows: [], computed: false };
      inputs.set(name, input);
    }
    if (rest.length === 0) {
      // `inputs.foo = { url = ...; };` was flattened by the caller; anything else is computed.
      input.computed = true;
      return;
    }
    const literal = literalOf(nix, value);
    if (rest.length === 3 && rest[0] === 'inputs' && rest[2] === 'follows') {
      if (typeof literal?.value === 'string') input.nestedFollows.push({ dependency: rest[1]!, ...(literal as FlakeValue) });
      return;
    }
    if (rest.length !== 1) return;
    const [key] = rest as [string];
    if (key === 'url' || key === 'follows' || SOURCE_ATTRIBUTES.has(key) || key === 'flake') {
      if (!literal) {
        if (key !== 'flake') input.computed = true;
        return;
      }
      if (key === 'url' && typeof literal.value === 'string') input.url = literal as FlakeValue;
      else if (key === 'follows' && typeof literal.value === 'string') input.follows = literal as FlakeValue;
      else input.attrs.set(key, literal);
    }
  };
  for (const entry of flattened(nix, nixUnwrap(nixChild(nix.root, 'expression')), [])) {
    if (entry.path[0] !== 'inputs' || entry.path.length < 2) continue;
    assign(entry.path[1]!, entry.nameSpan, entry.path.slice(2), entry.value);
  }
  return [...inputs.values()];
}

/** Bindings with nested plain attribute sets spelt out: `a = { b.c = x; }` gives `a.b.c = x`. */
function flattened(nix: NixFile, set: NixNode | undefined, prefix: string[], prefixSpan?: Span): Array<{ path: string[]; nameSpan: Span; value?: NixNode }> {
  if (set?.type !== 'attrset_expression') return [];
  return nixBindings(nix, set).flatMap((binding) => {
    const path = [...prefix, ...binding.path];
    // The input's name is where it is first written: in `inputs.x.url` the whole path, in `inputs = { x = ...; }` the `x`.
    const nameSpan = prefixSpan ?? binding.keySpan;
    const inner = nixUnwrap(binding.value);
    if (inner?.type === 'attrset_expression') return flattened(nix, inner, path, path.length >= 2 ? nameSpan : undefined);
    return [{ path, nameSpan, value: binding.value }];
  });
}

function literalOf(nix: NixFile, node: NixNode | undefined): FlakeValue<string | boolean> | undefined {
  const expression = nixUnwrap(node);
  if (!expression) return undefined;
  const string = nixStringValue(nix, expression);
  if (string !== undefined) return { value: string, span: expression.span };
  const text = nixText(nix, expression);
  if (expression.type === 'variable_expression' && (text === 'true' || text === 'false')) return { value: text === 'true', span: expression.span };
  if (expression.type === 'uri_expression') return { value: text, span: expression.span };
  return undefined;
}

/**
 * A flake reference (`github:NixOS/nixpkgs/nixos-24.05`, `git+https://host/r?ref=main`, `nixpkgs`)
 * as the attributes Nix records for it in `flake.lock`'s `original`; undefined for a form this
 * reader does not know (nothing is compared then).
 */
export function flakeRefAttributes(reference: string): Map<string, string> | undefined {
  const [base, query] = splitOnce(reference, '?');
  const params = new URLSearchParams(query ?? '');
  const attrs = new Map<string, string>();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(base);
  const refOrRev = (value: string | undefined) => {
    if (value) attrs.set(/^[0-9a-f]{40}$/.test(value) ? 'rev' : 'ref', value);
  };
  if (scheme && ['github', 'gitlab', 'sourcehut'].includes(scheme[1]!)) {
    const parts = base.slice(scheme[0].length).split('/');
    if (parts.length < 2 || !parts[0] || !parts[1]) return undefined;
    attrs.set('type', scheme[1]!).set('owner', parts[0]).set('repo', parts[1]);
    refOrRev(parts.slice(2).join('/') || undefined);
  } else if (scheme && /^(git|hg)\+/.test(scheme[1]!)) {
    attrs.set('type', scheme[1]!.startsWith('git') ? 'git' : 'hg').set('url', base.slice(scheme[1]!.indexOf('+') + 1));
  } else if (scheme && /^(tarball|file)\+/.test(scheme[1]!)) {
    attrs.set('type', scheme[1]!.split('+')[0]!).set('url', base.slice(scheme[1]!.indexOf('+') + 1));
  } else if (scheme && (scheme[1] === 'https' || scheme[1] === 'http')) {
    attrs.set('type', /\.(tar(\.[a-z0-9]+)?|tgz|zip)$/.test(new URL(base).pathname) ? 'tarball' : 'file').set('url', base);
  } else if (scheme?.[1] === 'path' || base.startsWith('.') || base.startsWith('/')) {
    attrs.set('type', 'path').set('path', scheme ? base.slice(scheme[0].length) : base);
  } else if (scheme?.[1] === 'flake' || /^[a-zA-Z][a-zA-Z0-9_-]*(\/|$)/.test(base)) {
    const [id, ...rest] = (scheme ? base.slice(scheme[0].length) : base).split('/');
    attrs.set('type', 'indirect').set('id', id!);
    refOrRev(rest.join('/') || undefined);
  } else return undefined;
  for (const key of ['ref', 'rev', 'dir', 'host', 'narHash']) {
    const value = params.get(key);
    if (value !== null) attrs.set(key, value);
  }
  return attrs;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index < 0 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}
