import { variablesOf, code, defineRule, nixForPackages, packageOperationsOf, presenceInStage, regionOfWords, type PackageManager, type PackageOperation, type Presence, type VariableScope } from '../src/rules/kit.js';

type NodeManager = Extract<PackageManager, 'npm' | 'yarn' | 'pnpm' | 'bun'>;

interface ManagerFacts {
  lockfiles: string[];
  /** The frozen form, for messages (Markdown). */
  frozen: string;
  /** Whether this invocation refuses to install anything but the lockfile. */
  enforced(operation: PackageOperation, variables: VariableScope): boolean;
}

const LOCKFILE_VERBS = new Set(['ci', 'clean-install', 'install-clean', 'isntall-clean', 'ic']);

const has = (operation: PackageOperation, ...options: string[]) => operation.options.some((option) => options.includes(option));
/** `NAME=true` before the command, or an ENV/ARG in effect for the RUN. */
const setting = (operation: PackageOperation, variables: VariableScope, name: string) =>
  [...operation.command.assignments.filter((assignment) => assignment.name === name).map((assignment) => assignment.value), variables.get(name)].some((value) => /^(1|true)$/i.test(value ?? ''));

const MANAGERS: Record<NodeManager, ManagerFacts> = {
  npm: {
    lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
    frozen: '`npm ci`',
    enforced: (operation) => LOCKFILE_VERBS.has(operation.subcommand?.value ?? ''),
  },
  yarn: {
    lockfiles: ['yarn.lock'],
    frozen: '`yarn install --frozen-lockfile` (Yarn 1) or `yarn install --immutable` (Yarn 2+)',
    enforced: (operation, variables) => has(operation, '--frozen-lockfile', '--immutable') || setting(operation, variables, 'YARN_ENABLE_IMMUTABLE_INSTALLS'),
  },
  pnpm: {
    lockfiles: ['pnpm-lock.yaml'],
    frozen: '`pnpm install --frozen-lockfile`',
    enforced: (operation) => (has(operation, '--frozen-lockfile') && !has(operation, '--no-frozen-lockfile')) || LOCKFILE_VERBS.has(operation.subcommand?.value ?? ''),
  },
  bun: {
    lockfiles: ['bun.lock', 'bun.lockb'],
    frozen: '`bun install --frozen-lockfile`',
    enforced: (operation) => has(operation, '--frozen-lockfile') || LOCKFILE_VERBS.has(operation.subcommand?.value ?? ''),
  },
};

const NODE = new Set<PackageManager>(Object.keys(MANAGERS) as NodeManager[]);

function message(command: string, facts: ManagerFacts, presence: Presence): string {
  const lockfiles = facts.lockfiles.map((name) => code(name)).join(' or ');
  switch (presence.state) {
    case 'copied':
      return `${code(command)} does not enforce ${code(presence.name)}: when it and \`package.json\` disagree it resolves new versions and rewrites the lockfile instead of failing. Use ${facts.frozen}.`;
    case 'absent':
      return `${code(command)} runs without a lockfile: no ${lockfiles} is copied into this stage before it, so every build resolves the newest versions \`package.json\` allows. Commit the lockfile, COPY it with \`package.json\`, and use ${facts.frozen}.`;
    case 'unknown':
      return `${code(command)} does not enforce the lockfile, so versions can drift from it; use ${facts.frozen} (and make sure ${lockfiles} is copied before it: ${presence.reason}).`;
  }
}

export default defineRule({
  id: 'RA303',
  shell: true,
  name: 'lockfile-not-enforced',
  summary: 'npm install / yarn / pnpm / bun install without enforcing the lockfile (or with no lockfile in the build)',
  severity: 'warning',
  tags: ['language-packages', 'javascript', 'lockfile', 'npm', 'yarn', 'pnpm', 'bun'],
  precision: 'high',
  docs: {
    why: [
      'A lockfile fixes every direct and transitive dependency to one version and checksum, but only a frozen',
      'install holds the build to it: `npm install`, `yarn install`, `pnpm install` and `bun install` quietly',
      'resolve new versions (and rewrite the lockfile) whenever it does not match `package.json`. Without a lockfile',
      'in the build at all, every build resolves the newest versions the ranges in `package.json` allow.',
    ].join(' '),
    failing: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n',
    passing: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
    fix: [
      'Commit the lockfile, COPY it together with `package.json`, and install with `npm ci`, `yarn install',
      '--frozen-lockfile` (Yarn 1) / `yarn install --immutable` (Yarn 2+), `pnpm install --frozen-lockfile` or',
      '`bun install --frozen-lockfile`. These fail when the lockfile is out of date instead of drifting.',
    ].join(' '),
    nix: [
      '`buildNpmPackage` (with `npmDepsHash`), `mkYarnPackage`/`yarn2nix`, or `pnpm.fetchDeps` fetch exactly the',
      'lockfile\'s dependencies into a fixed-output derivation: a changed dependency changes the hash and fails the build.',
    ].join(' '),
  },
  check({ model, units, context, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, NODE)) {
      if (operation.action !== 'install-lockfile') continue;
      const facts = MANAGERS[operation.manager as NodeManager];
      if (facts.enforced(operation, variablesOf(unit))) continue;
      const name = operation.command.argv[0]!;
      const command = [name, operation.subcommand].filter((word) => word !== undefined).map((word) => word.value ?? word.raw).join(' ');
      const presence = presenceInStage(model, instruction, context, facts.lockfiles, 'package.json');
      report({
        region: regionOfWords(unit, operation.subcommand ?? name),
        instruction,
        unit,
        message: message(command, facts, presence),
        nix: nixForPackages(operation.manager, []),
      });
    }
  },
});
