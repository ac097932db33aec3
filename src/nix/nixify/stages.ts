/**
 * Build stages of a Dockerfile whose job a nixpkgs builder does (a Go or an npm build), and the
 * derivations that replace them in the flake.
 */
import { stageLabel, type Instruction, type Stage } from '../../model/index.js';
import { packageManagerOf, programName, type ShellCommand } from '../../shell/index.js';
import path from 'node:path';
import { apply, attrs, bind, block, list, raw, str, type NixBinding } from '../syntax.js';
import { shellPath } from './translation.js';

/** A build stage a nixpkgs builder replaces, and the name of its derivation in the flake. */
export interface BuildStage {
  stage: Stage;
  binding: string;
  kind: 'go' | 'npm';
  /**
   * From the stage's `go build`: packages (`cmd/server`), `-o` path (absolute, against the RUN's
   * WORKDIR), `-ldflags` words, CGO_ENABLED; `binary` is the name the derivation installs in bin/.
   */
  go?: { subPackages: string[]; output?: string; ldflags: string[]; cgo?: string; binary?: string };
}

export function bindingName(stage: Stage, kind: BuildStage['kind']): string {
  const base = (stage.name ?? `stage${stage.index}`).replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
  const name = /^[A-Za-z_]/.test(base) ? base : `stage${base}`;
  return `${name}${kind === 'go' ? 'Go' : 'Npm'}`.replace(/^(.)/, (c) => c.toLowerCase());
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

/** A build stage whose job a nixpkgs builder does: a Go build or an npm build. */
export function buildStageKind(stage: Stage): BuildStage['kind'] | undefined {
  const commands = stage.instructions.filter((i) => i.keyword === 'RUN').flatMap(runCommands);
  const name = (command: ShellCommand) => programName(command.argv[0]);
  const arg = (command: ShellCommand, i: number) => command.argv[i]?.value;
  if (commands.some((c) => name(c) === 'go' && arg(c, 1) === 'build')) return 'go';
  // An npm stage is one that runs a build script; installing alone is not a build.
  const runsScripts = (c: ShellCommand) => ['npm', 'yarn', 'pnpm'].includes(packageManagerOf(name(c)) ?? '');
  if (commands.some((c) => runsScripts(c) && (arg(c, 1) === 'run' || arg(c, 1) === 'build'))) return 'npm';
  return undefined;
}

/** The stages outside the final image's chain that a nixpkgs builder replaces. */
export function buildStagesOf(stages: readonly Stage[], chain: readonly Stage[]): Map<Stage, BuildStage> {
  const buildStages = new Map<Stage, BuildStage>();
  for (const stage of stages) {
    if (chain.includes(stage)) continue;
    const kind = buildStageKind(stage);
    if (kind) {
      const goBuild = kind === 'go' ? stage.instructions.flatMap((i) => (i.keyword === 'RUN' ? runCommands(i) : [])).find((c) => programName(c.argv[0]) === 'go' && c.argv[1]?.value === 'build') : undefined;
      buildStages.set(stage, { stage, kind, binding: bindingName(stage, kind), go: goBuild ? goBuildOf(goBuild, stage) : undefined });
    }
  }
  return buildStages;
}

/** The name buildGoModule gives the binary of one package directory; `.` is named after the module, unknown here. */
function packageBinary(subPackages: string[]): string | undefined {
  return subPackages.length === 1 && subPackages[0] !== '.' ? path.posix.basename(subPackages[0]!) : undefined;
}

/** The shell that gives the single binary of bin/ the name `-o` gave it (a Dockerfile word, shell-quoted). */
function renameBinary(name: string): string {
  const target = `"$out/bin/"${shellPath(name)}`;
  return `for built in "$out"/bin/*; do\n  [ "$built" = ${target} ] || mv "$built" ${target}\ndone`;
}

export function buildStageDerivation(build: BuildStage): NixBinding {
  const pname = str(build.stage.name ?? `stage-${build.stage.index}`);
  if (build.kind === 'go') {
    return bind(
      build.binding,
      apply(
        'pkgs.buildGoModule',
        attrs([
          bind('pname', pname),
          bind('version', str('0.1.0')),
          bind('src', raw('./.')),
          ...(build.go?.subPackages.length ? [bind('subPackages', list(build.go.subPackages.map(str)))] : []),
          ...(build.go?.ldflags.length ? [bind('ldflags', list(build.go.ldflags.map(str)))] : []),
          ...(build.go?.cgo !== undefined && /^[01]$/.test(build.go.cgo) ? [bind(['env', 'CGO_ENABLED'], raw(build.go.cgo))] : []),
          ...(build.go?.binary && build.go.output && build.go.binary !== packageBinary(build.go.subPackages) ? [bind('postInstall', block(renameBinary(build.go.binary)), ['go build -o names the binary; buildGoModule names it after the package'])] : []),
          bind('vendorHash', raw('pkgs.lib.fakeHash'), [
            'pins every Go module the build downloads: the first `nix build` fails and prints the real hash;',
            'paste it here (or set vendorHash = null when the sources vendor their modules)',
          ]),
        ]),
      ),
      [`the Go build of stage "${stageLabel(build.stage)}" (Dockerfile line ${build.stage.from.region.startLine})`],
    );
  }
  return bind(
    build.binding,
    apply(
      'pkgs.buildNpmPackage',
      attrs([
        bind('pname', pname),
        bind('version', str('0.1.0')),
        bind('src', raw('./.')),
        bind('npmDepsHash', raw('pkgs.lib.fakeHash'), [
          'pins every dependency of package-lock.json: the first `nix build` fails and prints the real hash',
        ]),
      ]),
    ),
    [`the npm build of stage "${stageLabel(build.stage)}" (Dockerfile line ${build.stage.from.region.startLine})`],
  );
}
