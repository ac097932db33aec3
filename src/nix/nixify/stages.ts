/**
 * Build stages of a Dockerfile whose job a nixpkgs builder does (a Go or an npm build), and the
 * derivations that replace them in the flake.
 */
import { stageLabel, type Instruction, type Stage } from '../../model/index.js';
import { packageManagerOf, programName, type ShellCommand } from '../../shell/index.js';
import { apply, attrs, bind, list, raw, str, type NixBinding } from '../syntax.js';

/** A build stage a nixpkgs builder replaces, and the name of its derivation in the flake. */
export interface BuildStage {
  stage: Stage;
  binding: string;
  kind: 'go' | 'npm';
  /** From the stage's `go build`: packages (`cmd/server`), `-o` path, `-ldflags` words, CGO_ENABLED. */
  go?: { subPackages: string[]; output?: string; ldflags: string[]; cgo?: string };
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
    } else if (word && word !== '.' && word !== './...') subPackages.push(word.replace(/^\.\//, '').replace(/\/$/, ''));
  }
  const envCgo = stage.instructions.find((i) => i.keyword === 'RUN' && i.script?.commands.includes(command))?.variables.get('CGO_ENABLED');
  const cgo = command.assignments.find((a) => a.name === 'CGO_ENABLED')?.value ?? envCgo;
  return { subPackages, output, ldflags, cgo };
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
