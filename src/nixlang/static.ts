/**
 * What the syntax tree tells of an expression without evaluating it: the attributes a set passed
 * around can hold (`{ url = ...; } // extra`, a function's `{ url, sha256 }@args`), and whether a
 * branch can run at all on a Nix anyone still uses (`if lessThan nixVersion "1.12" then ...`).
 */
import type { NixFile, NixNode } from './types.js';
import { nixBindings, nixBuiltinName, nixCall, nixChild, nixChildren, nixDottedName, nixStringValue, nixText, nixUnwrap, type NixBinding } from './queries.js';

/** What is known of the attribute set an expression evaluates to. */
export interface NixAttrsetShape {
  /** The attributes it is written to bind, in some branch of it (the first binding written of each name). */
  names: Map<string, NixBinding>;
  /** Whether a part of it is not written here (a function's result, an unknown argument): it may bind more. */
  open: boolean;
}

/** How far names are followed (`let a = b; b = { ... };`): a bound that a cycle cannot pass. */
const MAX_DEPTH = 16;

/**
 * The attribute set an expression evaluates to, as far as the file writes it: a set literal; both
 * sides of `//` (a side that is not written here makes the set open); both branches of `if`; a
 * `let` body; a name bound by `let`/`rec` to one of these, or by `{ url, sha256 }@args` (the
 * formals are the attributes). Undefined when the expression is not known to be an attribute set.
 */
export function nixAttrsetShape(nix: NixFile, node: NixNode | undefined, depth = 0): NixAttrsetShape | undefined {
  const expression = nixUnwrap(node);
  if (!expression || depth > MAX_DEPTH) return undefined;
  switch (expression.type) {
    case 'attrset_expression':
    case 'rec_attrset_expression': {
      const names = new Map<string, NixBinding>();
      const bindings = nixBindings(nix, expression);
      for (const binding of bindings) if (!names.has(binding.path[0]!)) names.set(binding.path[0]!, binding);
      // `${name} = ...;` binds a name the tree does not tell: nixBindings leaves it out.
      const written = expression.children.find((child) => child.type === 'binding_set')?.children.filter((child) => child.type === 'binding').length ?? 0;
      return { names, open: bindings.filter((binding) => binding.value !== undefined).length < written };
    }
    case 'binary_expression': {
      if (nixOperator(nix, expression) !== '//') return undefined;
      return mergeShapes([nixChild(expression, 'left'), nixChild(expression, 'right')].map((side) => nixAttrsetShape(nix, side, depth + 1) ?? OPEN));
    }
    case 'if_expression': {
      const dead = deadBranchOf(nix, expression);
      const live = (['consequence', 'alternative'] as const).filter((field) => field !== dead);
      const branches = live.map((field) => nixAttrsetShape(nix, nixChild(expression, field), depth + 1));
      if (branches.every((branch) => branch === undefined)) return undefined;
      return mergeShapes(branches.map((branch) => branch ?? OPEN));
    }
    case 'let_expression':
      return nixAttrsetShape(nix, nixChild(expression, 'body'), depth + 1);
    case 'variable_expression':
      return shapeOfName(nix, expression, depth);
    default:
      return undefined;
  }
}

const OPEN: NixAttrsetShape = { names: new Map(), open: true };

function mergeShapes(shapes: NixAttrsetShape[]): NixAttrsetShape {
  const names = new Map<string, NixBinding>();
  for (const shape of shapes) for (const [name, binding] of shape.names) if (!names.has(name)) names.set(name, binding);
  return { names, open: shapes.some((shape) => shape.open) };
}

/** The shape of what a name is bound to lexically; `with` scopes are not followed (their contents are not written here). */
function shapeOfName(nix: NixFile, variable: NixNode, depth: number): NixAttrsetShape | undefined {
  const name = nixText(nix, variable);
  for (let scope = variable.parent; scope; scope = scope.parent) {
    if (scope.type === 'function_expression') {
      const formals = nixChild(scope, 'formals');
      const universal = nixChild(scope, 'universal');
      if (universal && nixText(nix, universal) === name) {
        if (!formals) return undefined;
        const names = new Map<string, NixBinding>();
        for (const formal of nixChildren(formals, 'formal')) {
          const identifier = nixChild(formal, 'name');
          if (identifier) names.set(nixText(nix, identifier), { path: [nixText(nix, identifier)], keySpan: identifier.span, node: formal });
        }
        return { names, open: nixChild(formals, 'ellipses') !== undefined };
      }
      if (nixChildren(formals, 'formal').some((formal) => nixText(nix, nixChild(formal, 'name') ?? formal) === name)) return undefined;
    } else if (scope.type === 'let_expression' || scope.type === 'rec_attrset_expression') {
      const bound = nixBindings(nix, scope).find((binding) => binding.path[0] === name);
      if (bound) return bound.path.length === 1 && bound.value ? nixAttrsetShape(nix, bound.value, depth + 1) : undefined;
    }
  }
  return undefined;
}

/** The operator of a binary or unary expression (anonymous in the tree): the text between its operands, comments left out. */
function nixOperator(nix: NixFile, expression: NixNode): string {
  const operands = expression.children.filter((child) => child.field === 'left' || child.field === 'right' || child.field === 'argument');
  const start = operands.length === 2 ? operands[0]!.span.end : expression.span.start;
  const end = operands.length === 2 ? operands[1]!.span.start : operands[0]?.span.start ?? expression.span.end;
  let text = '';
  let at = start;
  for (const comment of nix.comments.filter((span) => span.start >= start && span.end <= end)) {
    text += nix.text.slice(at, comment.start);
    at = comment.end;
  }
  return (text + nix.text.slice(at, end)).trim();
}

/**
 * The oldest Nix still run: Debian 11 ships 2.3 (Nix 2.0, once called 1.12, is the first that
 * checks `sha256` in `fetchTarball`). A branch taken only on an older Nix is never evaluated.
 */
const OLDEST_NIX_IN_USE = [2, 3];

/**
 * Whether `node` sits in a branch no Nix in use evaluates: the `then` of `if lessThan nixVersion
 * "1.12"` (niv's fallback for Nix before 1.12), or the `else` of a test that holds on every Nix
 * from 2.3 on. Recognised tests of `builtins.nixVersion`: `lessThan nixVersion "X"`,
 * `compareVersions nixVersion "X" < 0` (or `== -1`, `>= 0`, ...), nixpkgs' `versionOlder` and
 * `versionAtLeast`, and `!` of any of these.
 */
export function nixInDeadVersionBranch(nix: NixFile, node: NixNode): boolean {
  for (let inner: NixNode = node, scope = node.parent; scope; inner = scope, scope = scope.parent) {
    if (scope.type === 'if_expression' && inner.field !== undefined && inner.field === deadBranchOf(nix, scope)) return true;
  }
  return false;
}

/** The branch of an `if` that no Nix in use takes, if its condition is a test of the Nix version. */
function deadBranchOf(nix: NixFile, ifExpression: NixNode): 'consequence' | 'alternative' | undefined {
  const test = olderNixTest(nix, nixChild(ifExpression, 'condition'));
  if (!test || compareVersions(test.version, OLDEST_NIX_IN_USE) > 0) return undefined;
  // The condition holds exactly on a Nix older than `version`, all of which are out of use.
  return test.holdsWhenOlder ? 'consequence' : 'alternative';
}

/** A condition that compares the running Nix with a version: which version, and whether it holds for an older Nix. */
function olderNixTest(nix: NixFile, condition: NixNode | undefined): { version: number[]; holdsWhenOlder: boolean } | undefined {
  const expression = nixUnwrap(condition);
  if (!expression) return undefined;
  if (expression.type === 'unary_expression' && nixOperator(nix, expression) === '!') {
    const inner = olderNixTest(nix, nixChild(expression, 'argument'));
    return inner && { version: inner.version, holdsWhenOlder: !inner.holdsWhenOlder };
  }
  if (expression.type === 'binary_expression') {
    // compareVersions nixVersion "X" <op> 0 or -1: negative when the running Nix is older.
    const version = versionComparedWith(nix, nixChild(expression, 'left'), 'compareVersions');
    const bound = integerValue(nix, nixChild(expression, 'right'));
    if (!version || bound === undefined) return undefined;
    const operator = nixOperator(nix, expression);
    const older = { '<': bound <= 0, '==': bound === -1, '<=': bound === -1 }[operator];
    const notOlder = { '>=': bound === 0, '>': bound === -1, '!=': bound === -1 }[operator];
    if (older) return { version, holdsWhenOlder: true };
    if (notOlder) return { version, holdsWhenOlder: false };
    return undefined;
  }
  const call = nixCall(expression);
  if (!call) return undefined;
  const versionOlder = versionComparedWith(nix, expression, 'lessThan') ?? versionComparedWith(nix, expression, 'versionOlder');
  if (versionOlder) return { version: versionOlder, holdsWhenOlder: true };
  const versionAtLeast = versionComparedWith(nix, expression, 'versionAtLeast');
  if (versionAtLeast) return { version: versionAtLeast, holdsWhenOlder: false };
  // lessThan (compareVersions nixVersion "X") 0
  if (nixBuiltinName(nix, call.callee) === 'lessThan' && call.args.length === 2 && integerValue(nix, call.args[1]) === 0) {
    const version = versionComparedWith(nix, call.args[0], 'compareVersions');
    if (version) return { version, holdsWhenOlder: true };
  }
  return undefined;
}

/** `<fn> nixVersion "X"` (the builtin, or nixpkgs' `lib.versionOlder`/`versionAtLeast`): the version X. */
function versionComparedWith(nix: NixFile, node: NixNode | undefined, fn: string): number[] | undefined {
  const call = node && nixCall(nixUnwrap(node)!);
  if (!call || call.args.length !== 2) return undefined;
  const named = nixBuiltinName(nix, call.callee) ?? (fn.startsWith('version') ? nixDottedName(nix, call.callee)?.split('.').pop() : undefined);
  if (named !== fn || nixBuiltinName(nix, call.args[0]) !== 'nixVersion') return undefined;
  const version = nixStringValue(nix, call.args[1]);
  return version !== undefined && /^\d+(\.\d+)*$/.test(version) ? version.split('.').map(Number) : undefined;
}

function integerValue(nix: NixFile, node: NixNode | undefined): number | undefined {
  const expression = nixUnwrap(node);
  if (expression?.type === 'integer_expression') return Number(nixText(nix, expression));
  if (expression?.type === 'unary_expression' && nixOperator(nix, expression) === '-') {
    const inner = integerValue(nix, nixChild(expression, 'argument'));
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
