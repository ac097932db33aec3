import {
  variablesOf,
  code,
  commandsBefore,
  comesFromBaseImage,
  defineRule,
  managersOf,
  nixForPackages,
  nixOncePerInstall,
  packageOperationOf,
  packageOperationsOf,
  regionOfWords,
  unknownValueNote,
  writtenName,
  type PackageSpec,
  type ShellCommand,
} from '../src/rules/kit.js';

const NODE = managersOf('javascript');

/** A JavaScript install (a project's dependencies or named packages, local or global): `npx name` may run what it put there. */
const installsJavaScript = (command: ShellCommand): boolean => {
  const operation = packageOperationOf(command);
  return operation !== undefined && NODE.has(operation.manager) && operation.action !== 'run';
};

/** Why a package spec is not one exact version, and how to pin it; `dynamic` says which part is unknown. */
function problem(spec: PackageSpec, dynamic: string): string {
  const name = writtenName(spec);
  const git = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec.name) || /\.git$/.test(spec.name) || /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(spec.name);
  if (git) {
    return spec.version === undefined
      ? `installs the default branch of a git repository, which moves with every push. Pin a full commit: ${code(`${name}#<40-hex commit>`)}${dynamic}.`
      : `points at ${code(spec.version)}, a git tag, branch or range that can move. Pin the full commit: ${code(`${name}#<40-hex commit>`)}${dynamic}.`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec.name)) return `is a tarball URL: the file behind it can be replaced and nothing checks it. Install a registry version (\`name@1.2.3\`) instead${dynamic}.`;
  if (spec.version === undefined) return `has no version: every build installs whatever is \`latest\` on the registry that day. Pin it: ${code(`${name}@<version>`)}${dynamic}.`;
  if (spec.version === 'latest' || /^[A-Za-z][\w.-]*$/.test(spec.version)) {
    return `uses the dist-tag ${code(spec.version)}, which the publisher moves with each release. Pin a version: ${code(`${name}@<version>`)}${dynamic}.`;
  }
  return `has ${code(spec.version)}, a range rather than one version. Pin it: ${code(`${name}@<version>`)}${dynamic}.`;
}

export default defineRule({
  id: 'RA302',
  shell: true,
  name: 'unpinned-node-package',
  summary: 'npm/yarn/pnpm/bun package added, or run with npx, bunx or dlx, without an exact version',
  severity: 'warning',
  tags: ['language-packages', 'javascript', 'npm', 'yarn', 'pnpm', 'bun', 'npx', 'supply-chain'],
  precision: 'high',
  hadolint: ['DL3016'],
  docs: {
    why: [
      '`npm install -g typescript` installs whatever version carries the `latest` dist-tag on the day of the build;',
      '`typescript@5`, `typescript@^5.4.0` and `typescript@next` float the same way, and a git dependency at a branch',
      'or tag (`github:user/repo#v1`) follows whatever the branch or tag points to. Packages named on the command line',
      'are not covered by the project lockfile. `npm update` / `yarn upgrade` / `pnpm update` move to newer versions on purpose.',
      '`npx create-vite`, `bunx cowsay`, `pnpm dlx turbo` and `yarn dlx create-vite` fetch a package and run it: without',
      'an exact version that is whatever is `latest` that day. (`npx` and `bunx` run the project\'s own copy when an',
      'install earlier in the build put one there and no version is asked for; `dlx` always fetches.)',
    ].join(' '),
    failing: 'FROM node:20-bookworm-slim\nRUN npm install -g typescript pnpm@^9\n',
    passing: 'FROM node:20-bookworm-slim\nRUN npm install -g typescript@5.4.5 pnpm@9.1.0\n',
    fix: [
      'Name an exact version for every package added on the command line (`npm install -g typescript@5.4.5`,',
      '`yarn global add serve@14.2.3`, `pnpm add -g pnpm@9.1.0`, `bun add zod@3.23.8`), and a full commit for git',
      'dependencies (`github:user/repo#<40-hex commit>`). Better still, declare the tools in `package.json` and',
      'install them from the lockfile with `npm ci`. Replace `npm update` by a lockfile change committed to the repository.',
      'Run one-off tools at an exact version too: `npx create-vite@5.2.3`, `pnpm dlx turbo@2.0.4`.',
    ].join(' '),
    nix: [
      'Take Node tools from nixpkgs (`pkgs.nodePackages.*`, `pkgs.typescript`), or build the project with',
      '`buildNpmPackage`, whose `npmDepsHash` fixes every dependency by content; `flake.lock` pins the nixpkgs revision.',
    ].join(' '),
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, NODE)) {
      const command = `${operation.command.argv[0]?.value ?? operation.manager}${operation.subcommand ? ` ${operation.subcommand.value ?? operation.subcommand.raw}` : ''}`;
      if (operation.action === 'upgrade') {
        const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
        if (operation.packages.length === 0 && operation.subcommand) {
          report({
            region: regionOfWords(unit, operation.subcommand),
            instruction,
            unit,
            message: `${code(command)} moves every dependency to the newest version its range allows at build time (and rewrites the lockfile). Update the lockfile in the repository instead and install it with a frozen install.`,
            nix: nixForPackages(operation.manager, []),
          });
        }
        for (const spec of loose) {
          report({
            region: spec.word.region,
            instruction,
            unit,
            message: `${code(command)} moves ${code(writtenName(spec))} to the newest version allowed at build time. Install an exact version instead: ${code(`${writtenName(spec)}@<version>`)}.`,
            nix: nixForPackages(operation.manager, [spec.name]),
          });
        }
        continue;
      }
      if (operation.action === 'run') {
        // `npx name` and `bunx name` run the project's (or a global) copy when an install put one there; `dlx` always fetches.
        let installed: boolean | undefined;
        const runsInstalled = (spec: PackageSpec) =>
          operation.prefersInstalled === true && spec.version === undefined && (installed ??= commandsBefore(model, unit, operation.command).some(installsJavaScript));
        for (const spec of operation.packages.filter((candidate) => !candidate.exact && !comesFromBaseImage(candidate.word, variablesOf(unit)) && !runsInstalled(candidate))) {
          report({
            region: spec.word.region,
            instruction,
            unit,
            message: `${code(command)} fetches and runs ${code(writtenName(spec))}, which ${problem(spec, unknownValueNote(model, instruction, spec.word))}`,
            nix: nixForPackages(operation.manager, [spec.name]),
          });
        }
        continue;
      }
      if (operation.action !== 'install') continue;
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall(operation.manager, loose);
      for (const spec of loose) {
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `\`${operation.manager}\` package ${code(writtenName(spec))} ${problem(spec, unknownValueNote(model, instruction, spec.word))}`,
          nix: nix.of(spec),
        });
      }
    }
  },
});
