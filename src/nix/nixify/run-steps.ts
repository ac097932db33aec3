/**
 * RUN steps of the final image's stages: the packages they install and keep (the image's runtime),
 * the users they create, and what else they do that Nix does not replay (listed with the line).
 */
import { ECOSYSTEM, isDownloader, isShellName, packageManagerOf, packageOperations, programName, type PackageOperation, type ShellCommand } from '../../shell/index.js';
import { stageChain, type Instruction } from '../../model/index.js';
import { mapDownload } from '../downloads.js';
import { programsOf } from '../programs.js';
import { isBuildOnly, mapPackage, phpExtensionNames, splitPackageNames } from '../mapping.js';
import { readCargoBinaries, readPipRequirements } from '../../build-context/index.js';
import { accountOf } from './accounts.js';
import { bindingName, cargoInstallOf, cargoSubdir, type BuildStage } from './stages.js';
import { applyRemovals, installedBy, type Installed } from './kept.js';
import { absolute, type Translation } from './translation.js';

/** Commands that clean up or only touch the shell's own state; a distro's package manager counts too. */
const HOUSEKEEPING = new Set(['rm', 'true', ':', 'set', 'echo', 'printf', 'ldconfig', 'update-ca-certificates', 'locale-gen', 'export', 'cd', 'test', '[', 'exit', 'sleep', 'command', 'which', 'hash', 'dpkg-reconfigure', 'rpm', 'apt-mark']);
const USER_COMMANDS = new Set(['useradd', 'adduser', 'groupadd', 'addgroup', 'usermod']);

function isHousekeeping(name: string): boolean {
  const manager = packageManagerOf(name);
  return HOUSEKEEPING.has(name) || (manager !== undefined && ECOSYSTEM[manager] === 'os');
}

function commandText(command: ShellCommand): string {
  return command.argv.map((word) => word.value ?? word.raw).join(' ');
}

const sortedUnique = (values: string[]): string[] => [...new Set(values)].sort();

function translatePackages(t: Translation, instruction: Instruction, operation: PackageOperation, installed: Installed[] | undefined): void {
  if (operation.action === 'upgrade' && operation.packages.length === 0) return;
  // `uvx ruff`, `npx prettier`, `pnpm dlx x`: a tool fetched and run once while building is a build
  // input (the dev shell), never the image's.
  if (operation.action === 'run') installed = undefined;
  else if (operation.action === 'install-lockfile' || (ECOSYSTEM[operation.manager] === 'javascript' && !operation.global)) {
    t.note(instruction, `${operation.manager} project dependencies: build the project with pkgs.buildNpmPackage (npmDepsHash pins package-lock.json)`);
    return;
  }
  if (operation.requirementFiles.length > 0) translateRequirements(t, instruction, operation, installed !== undefined);
  // A name from an unquoted variable may be several words; only a single name keeps its version.
  const mappings = operation.packages.flatMap((spec, index) => {
    const names = splitPackageNames([spec.name]);
    return names.map((name) => {
      const mapping = mapPackage(operation.manager, name, names.length === 1 ? spec.version : undefined);
      if (installed && mapping.attrs.length > 0) t.installed.push({ entry: installed[index]!, mapping, line: instruction.region.startLine });
      return mapping;
    });
  });
  t.devTools.push(...mappings.filter((m) => m.attrs.length > 0));
  const unmapped = mappings.filter((m) => m.how === 'none').map((m) => m.name);
  if (unmapped.length > 0) {
    t.note(instruction, `no indexed nixpkgs attribute for ${operation.manager} package(s) ${unmapped.join(' ')}`);
  }
}

/**
 * The packages of the requirements files (`pip install -r requirements.txt`), read from the build
 * context: each maps like a package on the command line, into the interpreter's withPackages.
 */
function translateRequirements(t: Translation, instruction: Instruction, operation: PackageOperation, forImage: boolean): void {
  const files = operation.requirementFiles.map((word) => word.value ?? word.raw).join(' ');
  const read = t.context ? readPipRequirements(t.model, instruction, operation, t.context) : undefined;
  if (!read || read.unreadable.length > 0 || read.fromFiles.length === 0) {
    const why = !t.context ? 'the build context was not given' : read?.unreadable.map((file) => `${file.written}: ${file.reason}`).join('; ') || 'no requirement in them';
    t.note(instruction, `${operation.manager} requirements from ${files} (${why}): list them in python3.withPackages (ps: [ ... ]) or lock them with uv2nix/poetry2nix`);
  }
  const unmapped: string[] = [];
  for (const requirement of read?.fromFiles ?? []) {
    const mapping = mapPackage(operation.manager, requirement.spec.name, requirement.spec.version);
    if (mapping.attrs.length === 0) {
      unmapped.push(requirement.spec.name);
      continue;
    }
    t.devTools.push(mapping);
    if (forImage) t.installed.push({ entry: { manager: operation.manager, name: requirement.spec.name }, mapping, line: instruction.region.startLine });
  }
  if (unmapped.length > 0) t.note(instruction, `no indexed nixpkgs attribute for requirement(s) ${unmapped.join(' ')} of ${files}`);
}

const PHP_EXTENSION_COMMANDS = new Set(['docker-php-ext-install', 'docker-php-ext-enable', 'docker-php-ext-configure', 'pecl']);

/**
 * The extensions `docker-php-ext-install`, `docker-php-ext-enable` and `pecl install` add, for the
 * image's `php.buildEnv`; `docker-php-ext-configure` options have no counterpart (nixpkgs builds
 * each extension with its usual options), which the header says. False when a word is unknown.
 */
function phpExtensionsOf(t: Translation, command: ShellCommand, name: string, instruction: Instruction): boolean {
  // `-j "$(nproc)"` is the job count: its value does not matter here.
  const words = command.argv.slice(1).map((word) => word.value).filter((_, i, all) => all[i - 1] !== '-j' && all[i] !== '-j');
  if (words.some((word) => word === undefined)) return false;
  if (name === 'docker-php-ext-configure') {
    t.note(instruction, `docker-php-ext-configure ${words[0]}: nixpkgs builds php.extensions.${words[0]} with its own options; check they suffice`);
    return true;
  }
  if (name === 'pecl' && words[0] !== 'install') return false;
  const names = (name === 'pecl' ? words.slice(1) : words).filter((word) => !word!.startsWith('-')).map((word) => word!.replace(/-[\d.]+(RC\d+)?$/, ''));
  const unknown = names.filter((extension) => !phpExtensionNames().has(extension));
  for (const extension of names) if (!unknown.includes(extension)) t.phpExtensions.add(extension);
  if (unknown.length > 0) t.note(instruction, `PHP extension(s) ${unknown.join(' ')}: not known in php.extensions; add them to the buildEnv by hand`);
  return true;
}

/**
 * `cargo install --path DIR` in the image's own stages: a `rustPlatform.buildRustPackage` in
 * contents, its binaries (Cargo.toml's, read from the build context) in /bin, and paths below the
 * install root's bin/ (`--root`, CARGO_INSTALL_ROOT, CARGO_HOME, the rust image's
 * /usr/local/cargo) its output.
 */
function translateCargoInstall(t: Translation, instruction: Instruction, command: ShellCommand, install: { path: string; root?: string }): void {
  const stage = t.model.stages.find((candidate) => candidate.instructions.includes(instruction))!;
  let build = t.buildStages.find((candidate) => candidate.stage === stage && candidate.kind === 'rust');
  if (!build) {
    build = { stage, kind: 'rust', binding: bindingName(stage, 'rust'), cargoSubdir: cargoSubdir(install.path), build: { instruction, command } } satisfies BuildStage;
    t.buildStages.push(build);
  }
  t.extraContents.add(build.binding);
  const variables = instruction.variables;
  const base = stageChain(stage)[0]!.image;
  const rustImage = base.kind === 'image' && base.name !== undefined && /(^|\/)rust$/.test(base.name.familiar);
  const home = variables.get('CARGO_HOME') ?? (rustImage ? '/usr/local/cargo' : '/root/.cargo');
  const root = install.root ?? variables.get('CARGO_INSTALL_ROOT') ?? home;
  t.programDirs.set(`${absolute(t.workingDir, root)}/bin`, build.binding);
  const binaries = t.context ? readCargoBinaries(t.model, instruction, command, t.context, install.path) : { found: false as const, reason: 'the build context was not given' };
  if (binaries.found) t.builtPrograms.set(build.binding, [...new Set([...(t.builtPrograms.get(build.binding) ?? []), ...binaries.names])]);
  else t.note(instruction, `cargo install --path ${install.path} is built by ${build.binding} (in contents, its bin/ in the image's /bin); the binaries are Cargo.toml's [package] name or [[bin]] names, and Cargo.toml was not read (${binaries.reason}): check that Cmd/Entrypoint name one of them`);
}

/** Commands of a RUN that are neither package installs nor housekeeping, with why they are kept out. */
export function translateRun(t: Translation, instruction: Instruction, forImage: boolean): void {
  const script = instruction.script;
  if (!script) {
    t.note(instruction, 'RUN in a non-POSIX shell: nothing to translate');
    return;
  }
  const operations = packageOperations(script);
  const handled = new Set(operations.map((operation) => operation.command));
  const installs = installedBy(operations);
  for (const operation of operations) {
    const cargo = forImage ? cargoInstallOf(operation.command) : undefined;
    if (cargo) translateCargoInstall(t, instruction, operation.command, cargo);
    else translatePackages(t, instruction, operation, forImage ? installs.get(operation) : undefined);
  }
  if (forImage) {
    const kept = new Set(applyRemovals(t.installed.map((item) => item.entry), script, new Set([...installs.values()].flat())));
    const removed = new Map<number, string[]>();
    for (const item of t.installed.filter((candidate) => !kept.has(candidate.entry))) removed.set(item.line, [...(removed.get(item.line) ?? []), item.entry.name]);
    for (const [line, names] of removed) {
      t.changes.push({ line, reason: `${sortedUnique(names).join(' ')}: removed again at line ${instruction.region.startLine}, so build inputs (in the dev shell), not in the image` });
    }
    t.installed.splice(0, t.installed.length, ...t.installed.filter((candidate) => kept.has(candidate.entry)));
  }
  const leftovers: string[] = [];
  for (const command of script.commands) {
    if (handled.has(command) || command.inSubstitution || command.parent) continue;
    const name = programName(command.argv[0]) ?? command.argv[0]?.raw ?? '';
    if (name === '') continue;
    if (isDownloader(command) && command.pipeline.length > 1) {
      const url = command.argv.slice(1).map((w) => w.value ?? '').find((v) => /^https?:\/\//.test(v));
      const known = url ? mapDownload(url) : undefined;
      if (known && known.attrs.length > 0) {
        const mappings = known.attrs.map((attr) => ({ name: url ?? attr, attrs: [attr], how: 'map' as const }));
        t.devTools.push(...mappings);
        if (forImage) t.contents.push(...mappings);
        t.note(instruction, `${known.what} piped into a shell: replaced by ${known.attrs.map((a) => `pkgs.${a}`).join(' ')}; check nothing else of the script is needed`);
      } else t.note(instruction, `${url ?? 'a download'} piped into a shell: no indexed nixpkgs package replaces it; fetch what it installs with pkgs.fetchurl and a hash`);
      continue;
    }
    if (command.pipelineIndex > 0 && isShellName(name)) continue;
    if (name === 'mkdir' && forImage) {
      for (const word of command.argv.slice(1)) if (word.value && !word.value.startsWith('-')) t.mkdirs.add(absolute(t.workingDir, word.value));
      continue;
    }
    if (forImage && PHP_EXTENSION_COMMANDS.has(name) && phpExtensionsOf(t, command, name, instruction)) continue;
    if (USER_COMMANDS.has(name)) {
      const created = forImage ? accountOf(command, instruction.region.startLine) : undefined;
      if (created) {
        (created.kind === 'user' ? t.users : t.groups).set(created.account.name, created.account);
        continue;
      }
      if (!forImage) continue;
      t.note(instruction, `${name}: users and groups of the image are /etc/passwd and /etc/group lines; add them with pkgs.dockerTools.fakeNss or a writeTextDir`);
      continue;
    }
    const writesFile = command.redirects.some((redirect) => />/.test(redirect.operator) && redirect.target?.value !== '/dev/null');
    if (isHousekeeping(name) && !writesFile) continue;
    leftovers.push(commandText(command).slice(0, 60));
  }
  if (leftovers.length > 0) {
    t.note(instruction, `RUN step with side effects Nix does not replay: ${sortedUnique(leftovers).slice(0, 4).join('; ')}`);
  }
}

/** What the final stage installs and keeps is the image's runtime; compilers and headers are a build's inputs. */
export function keepRuntime(t: Translation): void {
  const buildOnly = new Map<number, string[]>();
  for (const { mapping, line } of t.installed) {
    if (mapping.change) t.changes.push({ line, reason: mapping.change });
    if (isBuildOnly(mapping)) buildOnly.set(line, [...(buildOnly.get(line) ?? []), mapping.name]);
    else t.contents.push(mapping);
  }
  for (const [line, names] of buildOnly) t.changes.push({ line, reason: `${sortedUnique(names).join(' ')}: compilers and headers only a build needs (in the dev shell), not in the image` });
}

/**
 * The toolchain a nixpkgs builder brings itself, as attributes of contents: buildRustPackage its
 * rustc and cargo. Only `cargo install` becomes a derivation in the image's own stages so far.
 */
const BUILDER_TOOLCHAINS: Partial<Record<BuildStage['kind'], RegExp>> = { rust: /^(rustc|cargo)$/ };

/**
 * A toolchain image whose own stages build the program (`FROM rust:1.80` with `cargo install
 * --path .`): the image runs the derivation's output, and the toolchain that built it is the
 * build's (its builder brings it) and the dev shell's, not the image's, unless Cmd or Entrypoint
 * runs one of its programs (`cargo run`: then all of it stays). `programsRun`: the commands'
 * words and their scripts' programs, by file name.
 */
export function toolchainOutOfImage(t: Translation, ownBuilds: readonly BuildStage[], programsRun: ReadonlySet<string>): void {
  for (const build of ownBuilds) {
    const toolchain = BUILDER_TOOLCHAINS[build.kind];
    if (!toolchain) continue;
    const isToolchain = (attr: string) => toolchain.test(attr);
    // `cargo run` needs rustc as well: a command that runs any of the toolchain keeps all of it.
    if (t.contents.some((mapping) => mapping.attrs.some((attr) => isToolchain(attr) && programsOf(attr).some((program) => programsRun.has(program))))) continue;
    const moved = new Set<string>();
    for (const [index, mapping] of [...t.contents.entries()].reverse()) {
      const kept = mapping.attrs.filter((attr) => !isToolchain(attr));
      if (kept.length === mapping.attrs.length) continue;
      for (const attr of mapping.attrs) if (!kept.includes(attr)) moved.add(attr);
      if (kept.length === 0) t.contents.splice(index, 1);
      else t.contents[index] = { ...mapping, attrs: kept };
    }
    if (moved.size === 0) continue;
    const attrs = [...moved].sort().map((attr) => `pkgs.${attr}`).join(' ');
    t.changes.push({ line: build.stage.from.region.startLine, reason: `${attrs}: the toolchain that builds ${build.binding} (its builder brings it; in the dev shell), not in the image, which runs the build's output` });
  }
}
