import {
  code,
  commandName,
  commandsBefore,
  comesFromBaseImage,
  defineRule,
  isExactToolchain,
  readToolchainFile,
  regionOfWords,
  shellCommands,
  stageChain,
  toolchainRequestsIn,
  toolchainRequestsOf,
  variablesOf,
  type DockerfileModel,
  type NixSuggestion,
  type RuleContext,
  type ShellCommand,
  type ShellUnit,
  type ToolchainRequest,
} from '../src/rules/kit.js';

const RUST_TOOLCHAIN_FILES = ['rust-toolchain.toml', 'rust-toolchain'];

/** What to write instead of a channel, per toolchain. */
function releaseExample(toolchain: string, version: string | undefined): string {
  if (toolchain === 'rust') return /^\d+\.\d+$/.test(version ?? '') ? `${version}.<patch>` : '1.79.0';
  if (toolchain === 'python') return /^\d+\.\d+$/.test(version ?? '') ? `${version}.<patch>` : '3.12.4';
  return `${toolchain}@<x.y.z>`;
}

/** Why a channel or a partial version moves. */
function moves(toolchain: string, version: string | undefined): string {
  if (version === undefined) return toolchain === 'rust' ? 'the newest stable Rust' : `the newest ${toolchain} release`;
  if (/^\d+(\.\d+)?$/.test(version)) return `the newest ${code(version)}.x release`;
  if (/^(stable|beta|nightly)\b/.test(version)) return `the newest release of the ${code(version)} channel`;
  return `whatever release ${code(version)} names that day`;
}

const NIX: Record<string, NixSuggestion> = {
  rust: {
    summary:
      'In Nix the compiler is `pkgs.rustc` and `pkgs.cargo` (and `pkgs.rustPlatform` to build crates) from the nixpkgs revision `flake.lock` pins: one release, rebuilt from source. Other releases and dated nightlies come pinned by hash from the rust-overlay or fenix flakes, which are not part of nixpkgs.',
    attrs: ['cargo', 'rustPlatform', 'rustc'],
  },
  python: {
    summary: 'In Nix the interpreter is `pkgs.python3` (or a versioned `pkgs.pythonXY`) from the nixpkgs revision `flake.lock` pins: one exact release, never the newest patch of the day.',
    attrs: ['python3'],
  },
  pnpm: { summary: 'In Nix `pkgs.pnpm` from the nixpkgs revision `flake.lock` pins is one exact release, fixed by hash.', attrs: ['pnpm'] },
  yarn: { summary: 'In Nix `pkgs.yarn-berry` (Yarn 2+) or `pkgs.yarn` (Yarn 1) from the pinned nixpkgs revision is one exact release, fixed by hash.', attrs: ['yarn', 'yarn-berry'] },
};

const nixFor = (toolchain: string): NixSuggestion =>
  NIX[toolchain] ?? { summary: 'In Nix every tool comes from the nixpkgs revision `flake.lock` pins: one exact release, fixed by hash, until the lock is updated.' };

/** rustup reads the toolchain file for `cargo` and `rustc` (its proxies), `rustup show` and `rustup toolchain install` without a name. */
function readsRustToolchainFile(command: ShellCommand): boolean {
  const name = commandName(command);
  if (name === 'cargo' || name === 'rustc') return true;
  if (name !== 'rustup') return false;
  const args = command.argv.slice(1).flatMap((word) => (word.value && !word.value.startsWith('-') ? [word.value] : []));
  return args[0] === 'show' || (args[0] === 'toolchain' && args[1] === 'install' && args.length === 2) || (args[0] === 'install' && args.length === 1);
}

/** rustup manages the compiler: the stage is built from the official `rust` image, or rustup was installed or run before. */
function hasRustup(model: DockerfileModel, unit: ShellUnit, command: ShellCommand): boolean {
  const stage = unit.instruction?.stage;
  const root = stage ? stageChain(stage)[0]!.image.name?.familiar : undefined;
  if (root === 'rust' || root === 'rustlang/rust') return true;
  return commandsBefore(model, unit, command).some((earlier) => commandName(earlier) === 'rustup' || toolchainRequestsOf(earlier).length > 0);
}

export default defineRule({
  id: 'RA308',
  shell: true,
  name: 'unpinned-toolchain',
  summary: 'Rust, Python or package-manager toolchain installed by channel (stable, 3.12, latest) instead of one release',
  severity: 'warning',
  tags: ['toolchain', 'rust', 'rustup', 'python', 'uv', 'corepack', 'supply-chain'],
  precision: 'high',
  docs: {
    why: [
      'A channel is a name for "the newest": `rustup toolchain install stable` (and `rustup default stable`,',
      '`rustup-init -y`, whose default is stable, or `curl https://sh.rustup.rs | sh -s -- -y`) installs the',
      'Rust release of the day of the build; `beta` and an undated `nightly` change even faster, and `1.79`',
      'takes the newest 1.79 patch. A `rust-toolchain.toml` copied into the build that says `channel = "stable"`',
      'does the same for every `cargo` command. `uv python install 3.12` installs the newest 3.12 patch release, and',
      '`corepack prepare pnpm@latest` (or `yarn@stable`, `pnpm@9`) whatever release the tag names that day. The compiler',
      'and the package manager are inputs of the build as much as the packages they build. Scripts the Dockerfile',
      'copies and runs, and workflow `run:` steps, are read like a RUN.',
    ].join(' '),
    failing: 'FROM debian:bookworm-slim\nRUN curl --proto "=https" -sSf https://sh.rustup.rs | sh -s -- -y\nRUN rustup toolchain install nightly\n',
    passing:
      'FROM debian:bookworm-slim\nRUN curl --proto "=https" -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain 1.79.0\nRUN rustup toolchain install nightly-2024-05-01\n',
    fix: [
      'Name one release: `rustup toolchain install 1.79.0`, `--default-toolchain 1.79.0`, a dated nightly',
      '(`nightly-2024-05-01`), `channel = "1.79.0"` in `rust-toolchain.toml`; `uv python install 3.12.4` (or',
      '`3.12.4` in `.python-version`); `corepack prepare pnpm@9.1.0`, or better a `packageManager` field in',
      '`package.json` with the release and its hash (`pnpm@9.1.0+sha512.…`), which corepack verifies. (`corepack',
      'enable` alone is not flagged: the package manager it runs is the one `packageManager` names.) Replace',
      '`rustup update` and `corepack up` by a reviewed change of the named release.',
    ].join(' '),
    nix: [
      'nixpkgs fixes every toolchain by the revision `flake.lock` pins: `pkgs.rustc` and `pkgs.cargo`, `pkgs.python3`,',
      '`pkgs.pnpm`, `pkgs.yarn-berry`, `pkgs.nodejs` (with npm). For a Rust release or nightly other than the one',
      'nixpkgs has, the rust-overlay and fenix flakes (not part of nixpkgs) provide toolchains pinned by date and hash.',
    ].join(' '),
  },
  check(rule) {
    const { model, units, context, report } = rule;
    for (const { unit, instruction, request } of toolchainRequestsIn(units)) {
      if (request.exact) continue;
      const command = code(request.command.argv.slice(0, 3).map((word) => word.value ?? word.raw).join(' '));
      const region = regionOfWords(unit, request.word);
      const nix = nixFor(request.toolchain);
      if (request.version !== undefined && request.word.value === undefined) {
        if (comesFromBaseImage(request.word, variablesOf(unit))) continue;
        report({ region, instruction, unit, nix, severity: 'note', message: `${code(request.word.raw)} (${command}) comes from a variable or command whose value is not known here, so the ${request.toolchain} release it installs cannot be verified.` });
        continue;
      }
      if (request.installer === 'uv' && request.version === undefined) {
        reportPythonVersionFile(rule, unit, request, nix);
        continue;
      }
      report({ region, instruction, unit, nix, message: message(request) });
    }

    // rust-toolchain.toml: once per file, at the first command of a build that reads it.
    const reported = new Set<string>();
    for (const { unit, instruction, command } of shellCommands(units)) {
      if (!readsRustToolchainFile(command) || !hasRustup(model, unit, command)) continue;
      const file = readToolchainFile(model, unit, command, context, RUST_TOOLCHAIN_FILES);
      if (!file.found || reported.has(file.file)) continue;
      reported.add(file.file);
      for (const { text, line } of file.versions) {
        if (isExactToolchain('rust', text) !== false) continue;
        report({
          region: regionOfWords(unit, command.argv[0]!, command.argv[1] ?? command.argv[0]!),
          instruction,
          unit,
          nix: NIX.rust,
          message: `${code(file.file)} line ${line} asks for ${code(text)}, so rustup installs ${moves('rust', text)} at build time for this command. Name one release in it: ${code(`channel = "${releaseExample('rust', text)}"`)}.`,
          properties: { toolchainFile: file.file, toolchainFileLine: line },
        });
      }
    }
  },
});

function message(request: ToolchainRequest): string {
  const written = code(request.command.argv.map((word) => word.value ?? word.raw).slice(0, request.installer === 'uv' ? 3 : 2).join(' '));
  if (request.action === 'upgrade') {
    return request.installer === 'rustup'
      ? '`rustup update` moves every installed toolchain to the newest release of its channel at build time. Install named releases instead (`rustup toolchain install 1.79.0`).'
      : '`corepack up` moves the `packageManager` field to the newest release of its major version at build time. Name the release in `package.json` instead.';
  }
  if (request.version === undefined) {
    const installer = request.installer === 'rustup-init' && commandName(request.command) !== 'rustup-init' ? `rustup's installer (piped into ${code(commandName(request.command) ?? 'sh')})` : written;
    return request.toolchain === 'rust'
      ? `${installer} without \`--default-toolchain\` installs ${moves('rust', undefined)} at build time. Name a release: \`--default-toolchain 1.79.0\`.`
      : `${written} of ${code(request.toolchain)} without a version installs ${moves(request.toolchain, undefined)} at build time. Name one: ${code(releaseExample(request.toolchain, undefined))}.`;
  }
  // The command up to the word that names the channel: `rustup toolchain install nightly`, `corepack prepare pnpm@latest`.
  const argv = request.command.argv;
  const upTo = argv.indexOf(request.word);
  const asked = upTo > 0 ? code(argv.slice(0, upTo + 1).map((word) => word.value ?? word.raw).join(' ')) : `${written} ${code(request.version)}`;
  return `${asked} installs ${moves(request.toolchain, request.version)} at build time. Name one release: ${code(releaseExample(request.toolchain, request.version))}.`;
}

/** `uv python install` without a version installs what `.python-version` asks for, else the newest Python. */
function reportPythonVersionFile({ model, context, report }: RuleContext, unit: ShellUnit, request: ToolchainRequest, nix: NixSuggestion): void {
  const region = regionOfWords(unit, request.word);
  const instruction = unit.instruction;
  const file = readToolchainFile(model, unit, request.command, context, ['.python-version']);
  if (!file.found) {
    report(
      file.absent
        ? { region, instruction, unit, nix, message: `\`uv python install\` without a version installs ${moves('python', undefined)} at build time (no \`.python-version\` is copied where uv looks). Name one: \`uv python install 3.12.4\`.` }
        : { region, instruction, unit, nix, severity: 'note', message: `\`uv python install\` installs the version \`.python-version\` names, which could not be checked (${file.reason}); without one it installs the newest Python release.` },
    );
    return;
  }
  for (const { text, line } of file.versions) {
    if (isExactToolchain('python', text)) continue;
    report({
      region,
      instruction,
      unit,
      nix,
      message: `${code(file.file)} line ${line} asks for ${code(text)}, so \`uv python install\` installs ${moves('python', text)} at build time. Name one release in it: ${code(releaseExample('python', text))}.`,
      properties: { toolchainFile: file.file, toolchainFileLine: line },
    });
  }
}
