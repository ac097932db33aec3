/**
 * Build stages of a Dockerfile whose job a nixpkgs builder does (a Go or an npm build), and the
 * derivations that replace them in the flake.
 */
import type { Instruction, Stage } from '../../model/index.js';
import { packageManagerOf, programName, splitArgs, type ShellCommand } from '../../shell/index.js';
import path from 'node:path';

/** A build stage a nixpkgs builder replaces, and the name of its derivation in the flake. */
export interface BuildStage {
  stage: Stage;
  binding: string;
  kind: 'go' | 'npm' | 'yarn' | 'pnpm' | 'rust' | 'maven';
  /**
   * From the stage's `go build`: packages (`cmd/server`), `-o` path (absolute, against the RUN's
   * WORKDIR), `-ldflags` words, CGO_ENABLED; `binary` is the name the derivation installs in bin/.
   */
  go?: { subPackages: string[]; output?: string; ldflags: string[]; cgo?: string; binary?: string };
  /**
   * Maven: the jar the final stage copies (`COPY --from=build /app/target/*.jar app.jar`): `source`
   * relative to the sources (`target/*.jar`), installed as `$out/share/java/<name>`.
   */
  jar?: { source: string; name: string };
  /** Rust: the package directory `cargo install --path` names, relative to the sources, when not their root. */
  cargoSubdir?: string;
  /**
   * pnpm: the workspace packages `--filter`/`-F` names (`pnpmWorkspaces`), and the build command
   * as shell words for the buildPhase (undefined when a word is unknown).
   */
  pnpm?: { workspaces: string[]; buildCommand?: string[] };
  /** What the derivation leaves to do by hand, with the Dockerfile line, for the header. */
  notes?: { line: number; reason: string }[];
  /** The command that builds (`go build`, `cargo install --path .`, `pnpm -F web build`) and its RUN. */
  build?: { instruction: Instruction; command: ShellCommand };
  /** What the image takes from it by name (a copied `target/release/NAME`, a jar's artifactId): pname's fallback. */
  outputNames?: string[];
  /** The derivation's name (project-name.ts), set once every build is known. */
  pname?: string;
}

/** A stage's build command and its kind. */
interface BuildCommand {
  kind: BuildStage['kind'];
  instruction: Instruction;
  command: ShellCommand;
}

const PNPM_OPTIONS_WITH_VALUE = new Set(['--filter', '-F', '--filter-prod', '--dir', '-C', '--workspace-dir', '--reporter', '--loglevel', '--test-pattern', '--changed-files-ignore-pattern']);
const PNPM_FILTERS = ['--filter', '-F', '--filter-prod'];

/**
 * A JavaScript build command: a script run (`npm run build`, `yarn build`) or, for pnpm, also one
 * in workspace packages (`pnpm --filter web build`, `pnpm -F web run build`, `pnpm --filter web
 * exec next build`), with the filters given before the command.
 */
export function javascriptBuildOf(command: ShellCommand): { manager: 'npm' | 'yarn' | 'pnpm'; filters: Array<string | undefined> } | undefined {
  const manager = packageManagerOf(programName(command.argv[0]));
  if (manager !== 'npm' && manager !== 'yarn' && manager !== 'pnpm') return undefined;
  const verb = command.argv[1]?.value;
  if (manager !== 'pnpm') return verb === 'run' || verb === 'build' ? { manager, filters: [] } : undefined;
  const split = splitArgs(command.argv.slice(1), PNPM_OPTIONS_WITH_VALUE);
  const first = split.positionals[0];
  if (!first) return undefined;
  const filters = PNPM_FILTERS.flatMap((option) => split.values.get(option) ?? []).filter((word) => word.span.start < first.span.start);
  const build = first.value === 'run' || first.value === 'build' || (first.value === 'exec' && filters.length > 0);
  return build ? { manager, filters: filters.map((word) => word.value) } : undefined;
}

/** A pnpm filter that names one workspace package (`web`, `@acme/web`), not a directory, a pattern or a dependency graph. */
const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/i;

/**
 * The pnpm build of a stage: the workspace packages its filters name become `pnpmWorkspaces`
 * (nixpkgs' fetchPnpmDeps and pnpmConfigHook install only those); other selectors and unknown
 * words are listed. The command itself is the buildPhase (pnpm has no build hook).
 */
function pnpmBuildOf(command: ShellCommand, filters: Array<string | undefined>, line: number): Pick<BuildStage, 'pnpm' | 'notes'> {
  const workspaces = filters.filter((filter): filter is string => filter !== undefined && PACKAGE_NAME.test(filter));
  const others = filters.filter((filter) => filter === undefined || !PACKAGE_NAME.test(filter)).map((filter) => filter ?? 'a word with an unknown value');
  const words = command.argv.map((word) => word.value);
  const known = words.every((word) => word !== undefined);
  const notes = [
    ...(others.length > 0 ? [{ line, reason: `pnpm --filter ${others.join(' ')}: not a workspace package name; set pnpmWorkspaces (names of workspace packages) by hand` }] : []),
    ...(known ? [] : [{ line, reason: 'the pnpm build command has words with unknown values: write the buildPhase by hand' }]),
    { line, reason: "nixpkgs' pnpm hooks install nothing: write an installPhase that copies what the image takes from this stage into $out" },
  ];
  return { pnpm: { workspaces: [...new Set(workspaces)], buildCommand: known ? (words as string[]) : undefined }, notes };
}

/** `cargo install --path DIR [--root ROOT]`: the package directory and the install root, when the words are known. */
export function cargoInstallOf(command: ShellCommand): { path: string; root?: string } | undefined {
  if (programName(command.argv[0]) !== 'cargo' || command.argv[1]?.value !== 'install') return undefined;
  const option = (name: string) => {
    for (const [i, word] of command.argv.entries()) {
      if (word.value === name) return command.argv[i + 1]?.value;
      if (word.value?.startsWith(`${name}=`)) return word.value.slice(name.length + 1);
    }
    return undefined;
  };
  const dir = option('--path');
  return dir === undefined ? undefined : { path: dir, root: option('--root') };
}

export function bindingName(stage: Stage, kind: BuildStage['kind']): string {
  const base = (stage.name ?? `stage${stage.index}`).replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
  const name = /^[A-Za-z_]/.test(base) ? base : `stage${base}`;
  return `${name}${kind[0]!.toUpperCase()}${kind.slice(1)}`.replace(/^(.)/, (c) => c.toLowerCase());
}

export function runCommands(instruction: Instruction): ShellCommand[] {
  return instruction.script?.commands ?? [];
}

const GO_BUILD_OPTIONS_WITH_VALUE = new Set(['-o', '-ldflags', '-tags', '-gcflags', '-asmflags', '-mod', '-p', '-buildmode', '-modfile', '-pkgdir', '-installsuffix', '-compiler', '-overlay', '-pgo']);

/** What a `go build` command says about the build, as far as its words are known. */
export function goBuildOf(command: ShellCommand, stage: Stage): NonNullable<BuildStage['go']> {
  const subPackages: string[] = [];
  let output: string | undefined;
  let ldflags: string[] = [];
  const words = command.argv.slice(2).map((word) => word.value ?? '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const [flag, inline] = word.startsWith('-') ? [word.replace(/^--/, '-').split('=')[0], word.includes('=') ? word.slice(word.indexOf('=') + 1) : undefined] : [undefined, undefined];
    if (flag !== undefined) {
      const value = GO_BUILD_OPTIONS_WITH_VALUE.has(flag) ? (inline ?? words[++i]) : undefined;
      if (flag === '-o') output = value;
      if (flag === '-ldflags' && value) ldflags = value.split(/\s+/).filter(Boolean);
    } else if (word.endsWith('.go')) {
      // `go build main.go` builds the package of that file: its directory.
      const dir = path.posix.dirname(word.replace(/^\.\//, ''));
      if (!subPackages.includes(dir)) subPackages.push(dir);
    } else if (word && word !== './...') subPackages.push(word === '.' ? '.' : word.replace(/^\.\//, '').replace(/\/$/, ''));
  }
  // `go build` without packages builds the package of the current directory.
  if (subPackages.length === 0) subPackages.push('.');
  const run = stage.instructions.find((i) => i.keyword === 'RUN' && i.script?.commands.includes(command));
  const cgo = command.assignments.find((a) => a.name === 'CGO_ENABLED')?.value ?? run?.variables.get('CGO_ENABLED');
  const workdir = stage.instructions.slice(0, run ? stage.instructions.indexOf(run) : 0).filter((i) => i.keyword === 'WORKDIR').reduce((dir, i) => path.posix.resolve(dir, i.args[0]?.value ?? '.'), '/');
  const absoluteOutput = output === undefined ? undefined : path.posix.resolve(workdir, output);
  // One package built: its binary is the `-o` name (renamed in postInstall), else the package directory's.
  const binary = subPackages.length <= 1 ? (output !== undefined && !output.endsWith('/') ? path.posix.basename(output) : subPackages[0] && subPackages[0] !== '.' ? path.posix.basename(subPackages[0]) : undefined) : undefined;
  return { subPackages, output: absoluteOutput, ldflags, cgo, binary };
}

/** The package directory of `cargo install --path DIR` below the sources, when it is not their root (or not relative). */
export function cargoSubdir(dir: string): string | undefined {
  const clean = path.posix.normalize(dir).replace(/\/$/, '');
  return clean === '.' || clean.startsWith('/') || clean.startsWith('..') ? undefined : clean;
}

/** Maven phases and plugin goals that leave a jar in target/ (`assembly:single` builds the jar with its dependencies). */
const MAVEN_BUILDS = /^(package|verify|install|deploy|assembly:single|shade:shade|spring-boot:repackage)$/;

/** A build stage whose job a nixpkgs builder does (Go, Rust, Maven, a JavaScript build script), and the command that builds. */
export function buildCommandOf(stage: Stage): BuildCommand | undefined {
  const runs = stage.instructions.filter((i) => i.keyword === 'RUN').flatMap((instruction) => runCommands(instruction).map((command) => ({ instruction, command })));
  const name = (command: ShellCommand) => programName(command.argv[0]);
  const arg = (command: ShellCommand, i: number) => command.argv[i]?.value;
  const first = (kind: BuildStage['kind'], test: (command: ShellCommand) => unknown): BuildCommand | undefined => {
    const found = runs.find(({ command }) => test(command));
    return found && { kind, ...found };
  };
  return (
    first('go', (c) => name(c) === 'go' && arg(c, 1) === 'build') ??
    first('rust', (c) => name(c) === 'cargo' && (arg(c, 1) === 'build' || cargoInstallOf(c))) ??
    first('maven', (c) => (name(c) === 'mvn' || name(c) === './mvnw' || name(c) === 'mvnw') && c.argv.slice(1).some((w) => MAVEN_BUILDS.test(w.value ?? ''))) ??
    // A JavaScript stage is one that runs a build script; installing alone is not a build.
    runs.flatMap(({ instruction, command }) => {
      const build = javascriptBuildOf(command);
      return build ? [{ kind: build.manager, instruction, command }] : [];
    })[0]
  );
}

/** The program a build stage's file is in the derivation: Cargo's `target/<profile>/NAME` is `bin/NAME`. */
export function builtProgram(build: BuildStage, source: string): string | undefined {
  const file = path.posix.resolve('/', source);
  if (build.kind === 'go') return build.go?.output === file ? build.go.binary : undefined;
  // `cargo build` leaves it in target/release, `cargo install` in the install root's bin/.
  if (build.kind === 'rust') return (/\/target\/(?:[^/]+\/)?(?:release|debug)\/([^/]+)$/.exec(file) ?? /\/bin\/([^/]+)$/.exec(file))?.[1];
  return undefined;
}

/**
 * The jar a Maven stage's file is (`/app/target/*.jar`, a glob that must match one), named as the
 * COPY names it (`app.jar`), or by its own name; undefined for other files.
 */
export function builtJar(build: BuildStage, source: string, destination: string, intoDirectory: boolean): { source: string; name: string } | undefined {
  if (build.kind !== 'maven') return undefined;
  const match = /(?:^|\/)target\/([^/]*\.jar)$/.exec(source);
  if (!match) return undefined;
  const name = intoDirectory ? (/[*?[]/.test(match[1]!) ? undefined : match[1]!) : path.posix.basename(destination);
  return name ? { source: `target/${match[1]}`, name } : undefined;
}

/** The stages outside the final image's chain that a nixpkgs builder replaces. */
export function buildStagesOf(stages: readonly Stage[], chain: readonly Stage[]): Map<Stage, BuildStage> {
  const buildStages = new Map<Stage, BuildStage>();
  for (const stage of stages) {
    if (chain.includes(stage)) continue;
    const build = buildCommandOf(stage);
    if (!build) continue;
    const { kind, command, instruction } = build;
    const cargo = kind === 'rust' ? stage.instructions.flatMap((i) => (i.keyword === 'RUN' ? runCommands(i) : [])).map(cargoInstallOf).find(Boolean) : undefined;
    const pnpm = kind === 'pnpm' ? pnpmBuildOf(command, javascriptBuildOf(command)!.filters, instruction.region.startLine) : {};
    buildStages.set(stage, { stage, kind, binding: bindingName(stage, kind), build: { instruction, command }, go: kind === 'go' ? goBuildOf(command, stage) : undefined, cargoSubdir: cargo ? cargoSubdir(cargo.path) : undefined, ...pnpm });
  }
  return buildStages;
}
