/**
 * The derivations that replace a Dockerfile's build stages: nixpkgs' builder for the stage's
 * toolchain, every dependency pinned by a hash or a lock file, each with the comment a Nix user
 * needs to finish it.
 */
import path from 'node:path';
import { stageLabel } from '../../model/index.js';
import { apply, attrs, bind, block, list, raw, str, type NixBinding, type NixExpr } from '../syntax.js';
import type { BuildStage } from './stages.js';
import { shellPath, shellWord } from './translation.js';

/** The name buildGoModule gives the binary of one package directory; `.` is named after the module, unknown here. */
function packageBinary(subPackages: string[]): string | undefined {
  return subPackages.length === 1 && subPackages[0] !== '.' ? path.posix.basename(subPackages[0]!) : undefined;
}

/** The shell that gives the single binary of bin/ the name `-o` gave it (a Dockerfile word, shell-quoted). */
function renameBinary(name: string): string {
  const target = `"$out/bin/"${shellPath(name)}`;
  return `for built in "$out"/bin/*; do\n  [ "$built" = ${target} ] || mv "$built" ${target}\ndone`;
}

function goDerivation(build: BuildStage, common: NixBinding[]): NixExpr {
  const go = build.go;
  return apply(
    'pkgs.buildGoModule',
    attrs([
      ...common,
      ...(go?.subPackages.length ? [bind('subPackages', list(go.subPackages.map(str)))] : []),
      ...(go?.ldflags.length ? [bind('ldflags', list(go.ldflags.map(str)))] : []),
      ...(go?.cgo !== undefined && /^[01]$/.test(go.cgo) ? [bind(['env', 'CGO_ENABLED'], raw(go.cgo))] : []),
      ...(go?.binary && go.output && go.binary !== packageBinary(go.subPackages) ? [bind('postInstall', block(renameBinary(go.binary)), ['go build -o names the binary; buildGoModule names it after the package'])] : []),
      bind('vendorHash', raw('pkgs.lib.fakeHash'), [
        'pins every Go module the build downloads: the first `nix build` fails and prints the real hash;',
        'paste it here (or set vendorHash = null when the sources vendor their modules)',
      ]),
    ]),
  );
}

/** The derivation of a build stage, named by its binding. */
export function buildStageDerivation(build: BuildStage): NixBinding {
  const pname = str(build.pname ?? `stage-${build.stage.index}`);
  const common = [bind('pname', pname), bind('version', str('0.1.0')), bind('src', raw('./.'))];
  const comment = (what: string) => [`the ${what} build of stage "${stageLabel(build.stage)}" (Dockerfile line ${build.stage.from.region.startLine})`];
  const fakeHash = raw('pkgs.lib.fakeHash');
  const derivation = (what: string, value: NixExpr) => bind(build.binding, value, comment(what));
  switch (build.kind) {
    case 'rust':
      return derivation('Rust', apply('pkgs.rustPlatform.buildRustPackage', attrs([
        ...common,
        bind(['cargoLock', 'lockFile'], raw('./Cargo.lock'), ['Cargo.lock pins every crate (commit it); crates from git need cargoLock.outputHashes']),
        ...(build.cargoSubdir ? [bind('buildAndTestSubdir', str(build.cargoSubdir), ['cargo install --path names the package directory; a package outside a workspace has its own Cargo.lock there'])] : []),
      ])));
    case 'maven':
      return derivation('Maven', apply('pkgs.maven.buildMavenPackage', attrs([
        ...common,
        bind('mvnHash', fakeHash, ['pins every artifact Maven downloads: the first `nix build` fails and prints the real hash']),
        build.jar
          ? bind('installPhase', block(`mkdir -p $out/share/java\ncp ${shellPath(build.jar.source)} $out/share/java/${shellPath(build.jar.name)}`), ['the jar the image copies, under the name COPY gives it (the pattern must match one jar)'])
          : bind('installPhase', block('mkdir -p $out/share/java\ncp target/*.jar $out/share/java/'), ['the jars the image copies are in $out/share/java']),
      ])));
    case 'yarn':
      return derivation('yarn', apply('pkgs.stdenv.mkDerivation', attrs([
        ...common,
        bind('yarnOfflineCache', apply('pkgs.fetchYarnDeps', attrs([bind('yarnLock', raw('./yarn.lock')), bind('hash', fakeHash)])), ['pins every dependency of yarn.lock (Yarn 1): the first `nix build` prints the real hash']),
        bind('nativeBuildInputs', list([raw('pkgs.yarnConfigHook'), raw('pkgs.yarnBuildHook'), raw('pkgs.yarnInstallHook'), raw('pkgs.nodejs')])),
      ])));
    case 'pnpm': {
      const names = build.pnpm?.workspaces ?? [];
      const workspaces = (comment?: string[]) => (names.length > 0 ? [bind('pnpmWorkspaces', list(names.map(str)), comment)] : []);
      const buildCommand = build.pnpm?.buildCommand;
      return derivation('pnpm', apply('pkgs.stdenv.mkDerivation', attrs([
        ...common,
        ...workspaces(['pnpm --filter: fetchPnpmDeps and pnpmConfigHook install the dependencies of these workspace packages only']),
        bind('pnpmDeps', apply('pkgs.fetchPnpmDeps', attrs([...common, ...workspaces(), bind('fetcherVersion', raw('3')), bind('hash', fakeHash)])), ['pins every dependency of pnpm-lock.yaml: the first `nix build` prints the real hash']),
        bind('nativeBuildInputs', list([raw('pkgs.nodejs'), raw('pkgs.pnpmConfigHook'), raw('pkgs.pnpm')])),
        ...(buildCommand ? [bind('buildPhase', block(`runHook preBuild\n${buildCommand.map(shellWord).join(' ')}\nrunHook postBuild`), ["the Dockerfile's build command (pnpm has no build hook)"])] : []),
      ])));
    }
    case 'npm':
      return derivation('npm', apply('pkgs.buildNpmPackage', attrs([...common, bind('npmDepsHash', fakeHash, ['pins every dependency of package-lock.json: the first `nix build` fails and prints the real hash'])])));
  }
  return derivation('Go', goDerivation(build, common));
}
