import {
  code,
  defineFileRule,
  flakeInputs,
  flakeRefAttributes,
  nixAttr,
  nixChild,
  nixChildren,
  nixText,
  nixUnwrap,
  type FlakeInput,
  type FlakeLock,
  type LockNode,
  type NixFile,
} from '../src/rules/kit.js';

/** The attributes of `original` that say what is fetched (what a changed input changes). */
const COMPARED = ['type', 'owner', 'repo', 'ref', 'rev', 'url', 'path', 'id', 'dir', 'host'];

export default defineFileRule('nix', {
  id: 'RA604',
  name: 'flake-input-not-locked',
  summary: 'Flake input missing from flake.lock, or changed since flake.lock was written',
  severity: 'error',
  tags: ['nix', 'flake', 'lockfile'],
  precision: 'very-high',
  docs: {
    why: [
      '`flake.lock` is what makes a flake reproducible: it records the commit and content hash (`narHash`)',
      'of every input. An input it does not record (a new input, no `flake.lock` committed at all, an input',
      'taken from the registry by naming it in `outputs`) is resolved afresh by every `nix build`, so each',
      'machine gets the branch as it is that day. An input whose `url` changed after the lock was written',
      'makes Nix re-lock it on the next build, silently, to whatever the new URL names then; the committed',
      'lock no longer describes what is built.',
    ].join(' '),
    failing: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";\n  outputs = { self, nixpkgs }: { };\n}\n',
    passing: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/0d534853a55b5d02a4ababa1d71921ce8f0aee4c";\n  outputs = { self, nixpkgs }: { };\n}\n',
    fix: 'Run `nix flake lock` and commit `flake.lock` (`nix flake lock --update-input NAME` after changing one input). An input without a lock entry must name its commit in the URL.',
    nix: 'This is the flake way: every input named, `flake.lock` committed with it, and `nix flake update` the one reviewed step that moves them.',
    exampleFile: 'flake.nix',
  },
  check({ document: nix, report }) {
    if (nix.flakeLock === undefined) return;
    const lock = nix.flakeLock;
    const root = lock?.nodes.get(lock.root);
    const fromRegistry = registryInputs(nix);
    for (const input of [...flakeInputs(nix), ...fromRegistry]) {
      if (input.name === 'self' || input.computed) continue;
      const region = nix.positions.regionOf(input.url?.span ?? input.follows?.span ?? input.nameSpan);
      const anchor = nix.positions.regionOf(input.nameSpan);
      const reference = fromRegistry.includes(input) ? ' (taken from the flake registry)' : describe(input);
      const wanted = wantedAttributes(input);
      if (!lock || !root) {
        if (input.follows || wanted?.has('rev')) continue;
        report({
          region,
          anchor,
          message: `The input ${code(input.name)}${reference} has no flake.lock beside this flake: every build resolves it afresh, to whatever it names that day. Run \`nix flake lock\` and commit flake.lock.`,
          nix: { summary: '`nix flake lock` writes flake.lock with the commit and narHash of every input; commit it with flake.nix.' },
        });
        continue;
      }
      const entry = root.inputs.get(input.name);
      if (!entry) {
        report({
          region,
          anchor,
          message: `The input ${code(input.name)}${reference} is not in flake.lock: every build resolves it afresh. Run \`nix flake lock\` and commit the updated flake.lock.`,
          nix: { summary: '`nix flake lock` adds the missing entry (commit and narHash) without moving the other inputs.' },
        });
        continue;
      }
      const changed = changeOf(input, wanted, entry.target, lock);
      if (changed) {
        report({
          region,
          anchor,
          message: `The input ${code(input.name)}${reference} changed since flake.lock was written (the lock has ${changed}): the next build re-locks it to whatever it names then. Run \`nix flake lock --update-input ${input.name}\` and commit flake.lock.`,
          nix: { summary: 'Re-lock the changed input and commit flake.lock, so the lock describes what is built.' },
        });
        continue;
      }
      const node = typeof entry.target === 'string' ? lock.nodes.get(entry.target) : undefined;
      for (const follows of input.nestedFollows) {
        const locked = node?.inputs.get(follows.dependency)?.target;
        if (Array.isArray(locked) && locked.join('/') === follows.value) continue;
        report({
          region: nix.positions.regionOf(follows.span),
          anchor,
          message: `${code(`inputs.${input.name}.inputs.${follows.dependency}.follows = "${follows.value}"`)} is not what flake.lock records for it: the next build re-locks ${code(input.name)}. Run \`nix flake lock\` and commit flake.lock.`,
          nix: { summary: 'Re-lock and commit flake.lock, so the lock describes what is built.' },
        });
      }
    }
  },
});

/** Arguments of `outputs` that no input declares: Nix takes them from the flake registry (`flake:nixpkgs`). */
function registryInputs(nix: NixFile): FlakeInput[] {
  const outputs = nixAttr(nix, nixUnwrap(nixChild(nix.root, 'expression')), ['outputs'])?.value;
  const formals = nixUnwrap(outputs)?.type === 'function_expression' ? nixChildren(nixChild(nixUnwrap(outputs), 'formals'), 'formal') : [];
  const declared = new Set(flakeInputs(nix).map((input) => input.name));
  return formals.flatMap((formal) => {
    const name = nixChild(formal, 'name');
    if (!name || nixChild(formal, 'default')) return [];
    const text = nixText(nix, name);
    if (text === 'self' || declared.has(text)) return [];
    return [{ name: text, nameSpan: name.span, url: { value: text, span: name.span }, attrs: new Map(), nestedFollows: [], computed: false }];
  });
}

function describe(input: FlakeInput): string {
  if (input.url) return ` (${code(input.url.value)})`;
  if (input.follows) return ` (following ${code(input.follows.value)})`;
  return '';
}

/** What the flake asks for, as flake.lock's `original` would record it; undefined when this reader cannot say. */
function wantedAttributes(input: FlakeInput): Map<string, string> | undefined {
  if (input.follows) return undefined;
  if (input.url) {
    const attrs = flakeRefAttributes(input.url.value);
    if (!attrs) return undefined;
    for (const [key, value] of input.attrs) if (key !== 'flake') attrs.set(key, String(value.value));
    return attrs;
  }
  if (!input.attrs.has('type')) return undefined;
  return new Map([...input.attrs].filter(([key]) => key !== 'flake').map(([key, value]) => [key, String(value.value)]));
}

/** How the locked input differs from what the flake asks for, in words; undefined when it matches (or cannot be compared). */
function changeOf(input: FlakeInput, wanted: Map<string, string> | undefined, target: string | string[], lock: FlakeLock): string | undefined {
  if (input.follows) return Array.isArray(target) && target.join('/') === input.follows.value ? undefined : Array.isArray(target) ? `it following ${code(target.join('/'))}` : 'it locked on its own';
  if (Array.isArray(target)) return `it following ${code(target.join('/'))}`;
  const node: LockNode | undefined = lock.nodes.get(target);
  if (!wanted || !node?.original) return undefined;
  const original = new Map([...node.original].map(([key, value]) => [key, String(value.value)]));
  // A plain http(s) URL is fetched as a tarball or a file as the server answers (FlakeHub serves tarballs): either type is the same input.
  const eitherType = /^https?:/.test(input.url?.value ?? '') && ['tarball', 'file'].includes(original.get('type') ?? '');
  const differs = COMPARED.some((key) => !(key === 'type' && eitherType) && wanted.get(key) !== original.get(key));
  return differs ? code(referenceText(original)) : undefined;
}

/** `original` written back as a flake reference, for the message. */
function referenceText(original: Map<string, string>): string {
  const type = original.get('type');
  const refOrRev = original.get('ref') ?? original.get('rev');
  if (type === 'github' || type === 'gitlab' || type === 'sourcehut') return `${type}:${original.get('owner')}/${original.get('repo')}${refOrRev ? `/${refOrRev}` : ''}`;
  if (type === 'indirect') return `${original.get('id')}${refOrRev ? `/${refOrRev}` : ''}`;
  if (type === 'path') return `path:${original.get('path')}`;
  return `${type}+${original.get('url')}${refOrRev ? `?ref=${refOrRev}` : ''}`;
}
