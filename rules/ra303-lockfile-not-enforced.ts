import {
  variablesOf,
  code,
  commandName,
  commandsBefore,
  defineRule,
  environmentValue,
  instructionLocation,
  nixForPackages,
  packageOperationsOf,
  presenceInStage,
  regionOfWords,
  type PackageManager,
  type PackageOperation,
  type Presence,
  type ShellCommand,
  type VariableScope,
} from '../src/rules/kit.js';

type LockingManager = Extract<PackageManager, 'npm' | 'yarn' | 'pnpm' | 'bun' | 'poetry' | 'pipenv' | 'uv' | 'bundler'>;

interface ManagerFacts {
  lockfiles: string[];
  /** The project file the lockfile locks (`package.json`, `pyproject.toml`, `Pipfile`, `Gemfile`). */
  manifest: string;
  /** The frozen form, for messages (Markdown). */
  frozen: string;
  /**
   * Whether this invocation refuses to install anything but the lockfile. `earlier` gives the
   * commands that ran before it in the build, for settings they leave behind (`bundle config`).
   */
  enforced(operation: PackageOperation, variables: VariableScope, earlier: () => ShellCommand[]): boolean;
  /** The command installs exactly the lockfile whenever there is one (`poetry install`): only its absence is a problem. */
  enforcesPresentLockfile?: boolean;
  /** Why this invocation ignores the lockfile even when it is there (`pipenv install --skip-lock`), if it does. */
  ignoresLockfile?(operation: PackageOperation): string | undefined;
}

const LOCKFILE_VERBS = new Set(['ci', 'clean-install', 'install-clean', 'isntall-clean', 'ic']);

const has = (operation: PackageOperation, ...options: string[]) => operation.options.some((option) => options.includes(option));
/** `NAME=true` before the command (or given to `env`), or an ENV/ARG in effect for the RUN. */
const setting = (operation: PackageOperation, variables: VariableScope, name: string) => /^(1|true|yes)$/i.test(environmentValue(operation.command, name, variables) ?? '');

/**
 * `bundle config set [--local|--global] frozen true`, `bundle config --local deployment 'true'`,
 * `bundle config frozen 1` before the install, and not unset since.
 */
function bundlerConfigFreezes(earlier: ShellCommand[]): boolean {
  let frozen = false;
  for (const command of earlier) {
    if (commandName(command) !== 'bundle' && commandName(command) !== 'bundler') continue;
    const words = command.argv.slice(1).map((word) => word.value ?? '').filter((word) => !word.startsWith('--'));
    if (words[0] !== 'config') continue;
    const [verb, key, value] = words[1] === 'set' || words[1] === 'unset' ? [words[1], words[2], words[3]] : ['set', words[1], words[2]];
    if (key !== 'frozen' && key !== 'deployment') continue;
    frozen = verb === 'set' && /^(1|true|yes)$/i.test(value ?? '');
  }
  return frozen;
}

const MANAGERS: Record<LockingManager, ManagerFacts> = {
  npm: {
    manifest: 'package.json',
    lockfiles: ['package-lock.json', 'npm-shrinkwrap.json'],
    frozen: '`npm ci`',
    enforced: (operation) => LOCKFILE_VERBS.has(operation.subcommand?.value ?? ''),
  },
  yarn: {
    manifest: 'package.json',
    lockfiles: ['yarn.lock'],
    frozen: '`yarn install --frozen-lockfile` (Yarn 1) or `yarn install --immutable` (Yarn 2+)',
    enforced: (operation, variables) => has(operation, '--frozen-lockfile', '--immutable') || setting(operation, variables, 'YARN_ENABLE_IMMUTABLE_INSTALLS'),
  },
  pnpm: {
    manifest: 'package.json',
    lockfiles: ['pnpm-lock.yaml'],
    frozen: '`pnpm install --frozen-lockfile`',
    // pnpm freezes the lockfile by default when it runs in CI (`CI=true`, as `ENV CI=true` sets it).
    enforced: (operation, variables) =>
      ((has(operation, '--frozen-lockfile') || setting(operation, variables, 'CI')) && !has(operation, '--no-frozen-lockfile')) || LOCKFILE_VERBS.has(operation.subcommand?.value ?? ''),
  },
  bun: {
    manifest: 'package.json',
    lockfiles: ['bun.lock', 'bun.lockb'],
    frozen: '`bun install --frozen-lockfile`',
    enforced: (operation) => has(operation, '--frozen-lockfile') || LOCKFILE_VERBS.has(operation.subcommand?.value ?? ''),
  },
  poetry: {
    manifest: 'pyproject.toml',
    lockfiles: ['poetry.lock'],
    frozen: '`poetry install` (which installs `poetry.lock` exactly when it is there)',
    enforced: () => false,
    enforcesPresentLockfile: true,
  },
  pipenv: {
    manifest: 'Pipfile',
    lockfiles: ['Pipfile.lock'],
    frozen: '`pipenv install --deploy` (or `pipenv sync`)',
    enforced: (operation) => operation.subcommand?.value === 'sync' || (has(operation, '--deploy', '--ignore-pipfile') && !has(operation, '--skip-lock')),
    ignoresLockfile: (operation) => (has(operation, '--skip-lock') ? '`--skip-lock` installs from `Pipfile` alone and ignores `Pipfile.lock`' : undefined),
  },
  uv: {
    manifest: 'pyproject.toml',
    lockfiles: ['uv.lock'],
    frozen: '`uv sync --locked` (or `--frozen`)',
    enforced: (operation, variables) => has(operation, '--locked', '--frozen') || setting(operation, variables, 'UV_LOCKED') || setting(operation, variables, 'UV_FROZEN'),
  },
  bundler: {
    manifest: 'Gemfile',
    lockfiles: ['Gemfile.lock', 'gems.locked'],
    frozen: '`BUNDLE_FROZEN=true` (or `bundle config set frozen true`, or `BUNDLE_DEPLOYMENT=true`) before `bundle install`',
    enforced: (operation, variables, earlier) =>
      has(operation, '--frozen', '--deployment') || setting(operation, variables, 'BUNDLE_FROZEN') || setting(operation, variables, 'BUNDLE_DEPLOYMENT') || bundlerConfigFreezes(earlier()),
  },
};

const LOCKING = new Set<PackageManager>(Object.keys(MANAGERS) as LockingManager[]);

/** `inStep`: run by a workflow step, in a checkout of the repository rather than a build stage. */
function message(command: string, facts: ManagerFacts, presence: Presence, inStep: boolean): string {
  const lockfiles = facts.lockfiles.map((name) => code(name)).join(' or ');
  const manifest = code(facts.manifest);
  switch (presence.state) {
    case 'copied':
      return `${code(command)} does not enforce ${code(presence.name)}: when it and ${manifest} disagree it resolves new versions and rewrites the lockfile instead of failing. Use ${facts.frozen}.`;
    case 'absent':
      return `${code(command)} runs without a lockfile: no ${lockfiles} is copied into this stage before it, so every build resolves the newest versions ${manifest} allows. Commit the lockfile, COPY it with ${manifest}, and use ${facts.frozen}.`;
    case 'unknown':
      return facts.enforcesPresentLockfile
        ? `${code(command)} installs ${lockfiles} exactly when it reaches the build, which could not be checked: ${presence.reason}. Without it every build resolves the newest versions ${manifest} allows.`
        : `${code(command)} does not enforce the lockfile, so versions can drift from it; use ${facts.frozen} (and make sure ${lockfiles} is ${inStep ? 'committed in the folder the step runs in' : 'copied before it'}: ${presence.reason}).`;
  }
}

export default defineRule({
  id: 'RA303',
  shell: true,
  name: 'lockfile-not-enforced',
  summary: 'npm/yarn/pnpm/bun, poetry, pipenv, uv sync or bundle install not held to its lockfile (or with none in the build)',
  severity: 'warning',
  tags: ['language-packages', 'lockfile', 'javascript', 'npm', 'yarn', 'pnpm', 'python', 'poetry', 'uv', 'ruby'],
  precision: 'high',
  docs: {
    why: [
      'A lockfile fixes every direct and transitive dependency to one version and checksum, but only a frozen',
      'install holds the build to it: `npm install`, `yarn install`, `pnpm install` and `bun install` quietly',
      'resolve new versions (and rewrite the lockfile) whenever it does not match `package.json`. Without a lockfile',
      'in the build at all, every build resolves the newest versions the ranges in `package.json` allow.',
      'Python and Ruby projects are the same: `uv sync` re-locks when `uv.lock` is out of date with `pyproject.toml`,',
      '`pipenv install` re-locks when `Pipfile.lock` is out of date with `Pipfile` (and `--skip-lock` ignores it),',
      '`bundle install` re-resolves the gems whose `Gemfile` entries changed, and `poetry install` without',
      '`poetry.lock` in the build resolves the newest versions `pyproject.toml` allows (with it, it installs exactly the lock).',
    ].join(' '),
    failing: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n',
    passing: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
    fix: [
      'Commit the lockfile, COPY it together with `package.json`, and install with `npm ci`, `yarn install',
      '--frozen-lockfile` (Yarn 1) / `yarn install --immutable` (Yarn 2+), `pnpm install --frozen-lockfile` or',
      '`bun install --frozen-lockfile`. These fail when the lockfile is out of date instead of drifting.',
      'Likewise `uv sync --locked` (or `--frozen`, or `UV_LOCKED=1`), `pipenv install --deploy` (or `pipenv sync`),',
      '`poetry install` with `poetry.lock` copied beside `pyproject.toml`, and `bundle install` with `Gemfile.lock`',
      'copied and `BUNDLE_FROZEN=true` (or `bundle config set frozen true`, or `BUNDLE_DEPLOYMENT=true`).',
    ].join(' '),
    nix: [
      '`buildNpmPackage` (with `npmDepsHash`), `mkYarnPackage`/`yarn2nix`, or `pnpm.fetchDeps` fetch exactly the',
      'lockfile\'s dependencies into a fixed-output derivation: a changed dependency changes the hash and fails the build.',
      'For Ruby, `pkgs.bundlerEnv` builds the gems of `Gemfile.lock` from a `gemset.nix` that bundix writes, each gem',
      'fixed by hash. For Python, the uv2nix and poetry2nix projects (flakes, not part of nixpkgs) turn `uv.lock` and',
      '`poetry.lock` into derivations; a Pipfile has no direct Nix counterpart: export it to a requirements file with',
      'hashes, or move the project to uv or poetry.',
    ].join(' '),
  },
  check({ model, units, context, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, LOCKING)) {
      if (operation.action !== 'install-lockfile') continue;
      const facts = MANAGERS[operation.manager as LockingManager];
      if (facts.enforced(operation, variablesOf(unit), () => commandsBefore(model, unit, operation.command))) continue;
      const name = operation.command.argv[0]!;
      const command = [name, operation.subcommand].filter((word) => word !== undefined).map((word) => word.value ?? word.raw).join(' ');
      const region = regionOfWords(unit, operation.subcommand ?? name);
      const nix = nixForPackages(operation.manager, []);
      const ignored = facts.ignoresLockfile?.(operation);
      if (ignored) {
        report({ region, instruction, unit, nix, message: `${code(command)}: ${ignored}, so every build resolves the newest versions ${code(facts.manifest)} allows. Use ${facts.frozen}.` });
        continue;
      }
      const presence = presenceInStage(model, instruction, context, facts.lockfiles, facts.manifest);
      if (facts.enforcesPresentLockfile && presence.state === 'copied') continue;
      const unchecked = facts.enforcesPresentLockfile && presence.state === 'unknown';
      report({
        region,
        instruction,
        unit,
        nix,
        severity: unchecked ? 'note' : undefined,
        message: message(command, facts, presence, !instruction),
        ...(presence.state === 'unknown' && presence.via ? { related: [instructionLocation(model, presence.via, `the ${presence.via.keyword} it speaks of`)] } : {}),
      });
    }
  },
});
