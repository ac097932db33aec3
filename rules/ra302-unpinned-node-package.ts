import { variablesOf, code, comesFromBaseImage, defineRule, managersOf, nixForPackages, nixOncePerInstall, packageOperationsOf, regionOfWords, type PackageSpec } from '../src/rules/kit.js';

const NODE = managersOf('javascript');

/** How the spec reads in the command (one word may hold several after field splitting). */
function shown(spec: PackageSpec): string {
  const value = (spec.word.value ?? spec.word.raw).trim();
  return /\s/.test(value) || value === '' ? (spec.version === undefined ? spec.name : `${spec.name}@${spec.version}`) : value;
}

/** Why a package spec is not one exact version, and how to pin it. */
function problem(spec: PackageSpec): string {
  const dynamic = spec.word.value === undefined ? ' (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)' : '';
  const git = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec.name) || /\.git$/.test(spec.name) || /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(spec.name);
  if (git) {
    return spec.version === undefined
      ? `installs the default branch of a git repository, which moves with every push. Pin a full commit: ${code(`${spec.name}#<40-hex commit>`)}${dynamic}.`
      : `points at ${code(spec.version)}, a git tag, branch or range that can move. Pin the full commit: ${code(`${spec.name}#<40-hex commit>`)}${dynamic}.`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec.name)) return `is a tarball URL: the file behind it can be replaced and nothing checks it. Install a registry version (\`name@1.2.3\`) instead${dynamic}.`;
  if (spec.version === undefined) return `has no version: every build installs whatever is \`latest\` on the registry that day. Pin it: ${code(`${spec.name}@<version>`)}${dynamic}.`;
  if (spec.version === 'latest' || /^[A-Za-z][\w.-]*$/.test(spec.version)) {
    return `uses the dist-tag ${code(spec.version)}, which the publisher moves with each release. Pin a version: ${code(`${spec.name}@<version>`)}${dynamic}.`;
  }
  return `has ${code(spec.version)}, a range rather than one version. Pin it: ${code(`${spec.name}@<version>`)}${dynamic}.`;
}

export default defineRule({
  id: 'RA302',
  shell: true,
  name: 'unpinned-node-package',
  summary: 'npm/yarn/pnpm/bun package added without an exact version',
  severity: 'warning',
  tags: ['language-packages', 'javascript', 'npm', 'yarn', 'pnpm', 'bun', 'supply-chain'],
  precision: 'high',
  hadolint: ['DL3016'],
  docs: {
    why: [
      '`npm install -g typescript` installs whatever version carries the `latest` dist-tag on the day of the build;',
      '`typescript@5`, `typescript@^5.4.0` and `typescript@next` float the same way, and a git dependency at a branch',
      'or tag (`github:user/repo#v1`) follows whatever the branch or tag points to. Packages named on the command line',
      'are not covered by the project lockfile. `npm update` / `yarn upgrade` / `pnpm update` move to newer versions on purpose.',
    ].join(' '),
    failing: 'FROM node:20-bookworm-slim\nRUN npm install -g typescript pnpm@^9\n',
    passing: 'FROM node:20-bookworm-slim\nRUN npm install -g typescript@5.4.5 pnpm@9.1.0\n',
    fix: [
      'Name an exact version for every package added on the command line (`npm install -g typescript@5.4.5`,',
      '`yarn global add serve@14.2.3`, `pnpm add -g pnpm@9.1.0`, `bun add zod@3.23.8`), and a full commit for git',
      'dependencies (`github:user/repo#<40-hex commit>`). Better still, declare the tools in `package.json` and',
      'install them from the lockfile with `npm ci`. Replace `npm update` by a lockfile change committed to the repository.',
    ].join(' '),
    nix: [
      'Take Node tools from nixpkgs (`pkgs.nodePackages.*`, `pkgs.typescript`), or build the project with',
      '`buildNpmPackage`, whose `npmDepsHash` fixes every dependency by content; `flake.lock` pins the nixpkgs revision.',
    ].join(' '),
  },
  check({ units, report }) {
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
            message: `${code(command)} moves ${code(spec.name)} to the newest version allowed at build time. Install an exact version instead: ${code(`${spec.name}@<version>`)}.`,
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
          message: `\`${operation.manager}\` package ${code(shown(spec))} ${problem(spec)}`,
          nix: nix.of(spec),
        });
      }
    }
  },
});
