/**
 * Translates a Dockerfile model into a flake.nix that builds an equivalent OCI image with
 * `pkgs.dockerTools.buildLayeredImage`, plus a dev shell with the same tools. What has no clear
 * Nix equivalent is listed in a comment block with the Dockerfile line it came from.
 */
import path from 'node:path';
import type { DockerfileModel, Instruction, Stage } from '../../model/index.js';
import { packageOperations, programName, type PackageOperation, type ShellCommand } from '../../shell/index.js';
import { mapImage, mapPackage, splitPackageNames, type ImageMapping, type PackageMapping } from '../mapping.js';
import { NIXPKGS_PIN_COMMENT, NIXPKGS_URL } from '../pin.js';
import { mapDownload, packageExprs } from '../suggest.js';
import { apply, attrName, attrs, bind, block, commentLines, interpolate, list, printNix, quoteString, raw, str, type NixBinding, type NixExpr } from '../syntax.js';
import { argumentText, execArguments, keyValuePairs } from './dockerfile-words.js';

export interface UntranslatedStep {
  line: number;
  /** The instruction, shortened to one line. */
  instruction: string;
  reason: string;
}

export interface NixifyResult {
  flake: string;
  untranslated: UntranslatedStep[];
  /** The final stage is a Windows image: the flake only says Nix cannot build it. */
  windows: boolean;
}

interface BuildStage {
  stage: Stage;
  binding: string;
  kind: 'go' | 'npm';
  /** From the stage's `go build`: packages (`cmd/server`), `-o` path, `-ldflags` words, CGO_ENABLED. */
  go?: { subPackages: string[]; output?: string; ldflags: string[]; cgo?: string };
}

/** Commands that only maintain a distro's package database or clean up after it. */
const HOUSEKEEPING = /^(apt-get|apt|apk|yum|dnf|microdnf|zypper|rm|true|:|set|echo|printf|ldconfig|update-ca-certificates|locale-gen|export|cd|test|\[|exit|sleep|command|which|hash|dpkg-reconfigure|rpm)$/;
const USER_COMMANDS = /^(useradd|adduser|groupadd|addgroup|usermod)$/;

function oneLine(model: DockerfileModel, instruction: Instruction, max = 100): string {
  const text = model.text.slice(instruction.span.start, instruction.span.end).replace(/\\\r?\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function commandText(command: ShellCommand): string {
  return command.argv.map((word) => word.value ?? word.raw).join(' ');
}

const sortedUnique = (values: string[]): string[] => [...new Set(values)].sort();

/** Shell-quotes a path for the runCommand script; glob characters stay active. */
function shellPath(value: string): string {
  return value.replace(/[^A-Za-z0-9_./*?[\]@%+=:,-]/g, '\\$&');
}

function imageNameFor(file: string): string {
  const dir = path.basename(path.dirname(path.resolve(file)));
  const name = dir.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return name || 'app';
}

/** The chain of stages the final image is built from: `FROM build AS final` includes `build`. */
function lineage(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let current: Stage | undefined = stage; current && !chain.includes(current); current = current.image.kind === 'stage' ? current.image.stage : undefined) {
    chain.unshift(current);
  }
  return chain;
}

function stageLabel(stage: Stage): string {
  return stage.name ?? String(stage.index);
}

function bindingName(stage: Stage, kind: BuildStage['kind']): string {
  const base = (stage.name ?? `stage${stage.index}`).replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));
  const name = /^[A-Za-z_]/.test(base) ? base : `stage${base}`;
  return `${name}${kind === 'go' ? 'Go' : 'Npm'}`.replace(/^(.)/, (c) => c.toLowerCase());
}

function runCommands(instruction: Instruction): ShellCommand[] {
  return instruction.script?.commands ?? [];
}

const GO_BUILD_OPTIONS_WITH_VALUE = new Set(['-o', '-ldflags', '-tags', '-gcflags', '-asmflags', '-mod', '-p', '-buildmode', '-modfile', '-pkgdir', '-installsuffix', '-compiler', '-overlay', '-pgo']);

/** What a `go build` command says about the build, as far as its words are known. */
function goBuildOf(command: ShellCommand, stage: Stage): NonNullable<BuildStage['go']> {
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
function buildStageKind(stage: Stage): BuildStage['kind'] | undefined {
  const commands = stage.instructions.filter((i) => i.keyword === 'RUN').flatMap(runCommands);
  const name = (command: ShellCommand) => programName(command.argv[0]);
  const arg = (command: ShellCommand, i: number) => command.argv[i]?.value;
  if (commands.some((c) => name(c) === 'go' && arg(c, 1) === 'build')) return 'go';
  // An npm stage is one that runs a build script; installing alone is not a build.
  if (commands.some((c) => ['npm', 'yarn', 'pnpm'].includes(name(c) ?? '') && (arg(c, 1) === 'run' || arg(c, 1) === 'build'))) return 'npm';
  return undefined;
}

class Translation {
  readonly untranslated: UntranslatedStep[] = [];
  readonly contents: PackageMapping[] = [];
  readonly devTools: PackageMapping[] = [];
  readonly extraContents = new Set<string>();
  readonly env = new Map<string, string>();
  readonly labels = new Map<string, string>();
  readonly ports = new Set<string>();
  readonly volumes = new Set<string>();
  readonly copyScript: string[] = [];
  readonly heredocFiles: { path: string; text: string }[] = [];
  readonly mkdirs = new Set<string>();
  readonly buildStages: BuildStage[] = [];
  workingDir?: string;
  user?: string;
  entrypoint?: string[];
  cmd?: string[];
  /** The ENTRYPOINT or CMD whose first word runs, for notes about its path. */
  program?: Instruction;
  /** Paths in the image that are a build-stage output in the flake: `/server` → `"${buildGo}/bin/server"`. */
  readonly programPaths = new Map<string, NixExpr>();
  /** Absolute destinations of COPY/ADD from the context, stage outputs and heredocs. */
  readonly copied: string[] = [];
  stopSignal?: string;
  needsShell = false;
  /** While only collecting a build stage's tools for the dev shell, its steps are not reported. */
  quiet = false;

  constructor(readonly model: DockerfileModel) {}

  note(instruction: Instruction, reason: string): void {
    if (this.quiet) return;
    this.untranslated.push({ line: instruction.region.startLine, instruction: oneLine(this.model, instruction), reason });
  }

  runtime(stage: Stage, forImage: boolean): ImageMapping {
    const mapping = mapImage(stage.image.name, stage.image.resolved ?? stage.image.raw);
    const asPackages: PackageMapping[] = mapping.attrs.map((attr) => ({ name: mapping.raw, attrs: [attr], how: 'map' }));
    this.devTools.push(...asPackages);
    if (forImage) this.contents.push(...asPackages);
    return mapping;
  }
}

function absolute(dir: string | undefined, target: string): string {
  const joined = path.posix.normalize(target.startsWith('/') ? target : path.posix.join(dir ?? '/', target));
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}

function translatePackages(t: Translation, instruction: Instruction, operation: PackageOperation, forImage: boolean): void {
  if (operation.action === 'upgrade' && operation.packages.length === 0) return;
  if (operation.action === 'install-lockfile' || (['npm', 'yarn', 'pnpm', 'bun'].includes(operation.manager) && !operation.global)) {
    t.note(instruction, `${operation.manager} project dependencies: build the project with pkgs.buildNpmPackage (npmDepsHash pins package-lock.json)`);
    return;
  }
  if (operation.requirementFiles.length > 0) {
    const files = operation.requirementFiles.map((word) => word.value ?? word.raw).join(' ');
    t.note(instruction, `${operation.manager} requirements from ${files}: list them in python3.withPackages (ps: [ ... ]) or lock them with uv2nix/poetry2nix`);
  }
  const mappings = splitPackageNames(operation.packages.map((spec) => spec.name)).map((name) => mapPackage(operation.manager, name));
  const mapped = mappings.filter((m) => m.attrs.length > 0);
  t.devTools.push(...mapped);
  if (forImage) t.contents.push(...mapped);
  const unmapped = mappings.filter((m) => m.how === 'none').map((m) => m.name);
  if (unmapped.length > 0) {
    t.note(instruction, `no indexed nixpkgs attribute for ${operation.manager} package(s) ${unmapped.join(' ')}`);
  }
}

/** Commands of a RUN that are neither package installs nor housekeeping, with why they are kept out. */
function translateRun(t: Translation, instruction: Instruction, forImage: boolean): void {
  const script = instruction.script;
  if (!script) {
    t.note(instruction, 'RUN in a non-POSIX shell: nothing to translate');
    return;
  }
  const operations = packageOperations(script);
  const handled = new Set(operations.map((operation) => operation.command));
  for (const operation of operations) translatePackages(t, instruction, operation, forImage);
  const leftovers: string[] = [];
  for (const command of script.commands) {
    if (handled.has(command) || command.inSubstitution || command.parent) continue;
    const name = programName(command.argv[0]) ?? command.argv[0]?.raw ?? '';
    if (name === '') continue;
    if ((name === 'curl' || name === 'wget') && command.pipeline.length > 1) {
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
    if (command.pipelineIndex > 0 && /^(ba|da|z|k)?sh$/.test(name)) continue;
    if (name === 'mkdir' && forImage) {
      for (const word of command.argv.slice(1)) if (word.value && !word.value.startsWith('-')) t.mkdirs.add(absolute(t.workingDir, word.value));
      continue;
    }
    if (USER_COMMANDS.test(name)) {
      t.note(instruction, `${name}: users and groups of the image are /etc/passwd and /etc/group lines; add them with pkgs.dockerTools.fakeNss or a writeTextDir`);
      continue;
    }
    const writesFile = command.redirects.some((redirect) => />/.test(redirect.operator) && redirect.target?.value !== '/dev/null');
    if (HOUSEKEEPING.test(name) && !writesFile) continue;
    leftovers.push(commandText(command).slice(0, 60));
  }
  if (leftovers.length > 0) {
    t.note(instruction, `RUN step with side effects Nix does not replay: ${sortedUnique(leftovers).slice(0, 4).join('; ')}`);
  }
}

function translateCopy(t: Translation, instruction: Instruction, buildStages: Map<Stage, BuildStage>): void {
  const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
  if (instruction.heredocs.length > 0) {
    const destination = instruction.args.find((arg) => !arg.raw.startsWith('<<') && arg.span.end <= instruction.heredocs[0].bodySpan.start);
    if (destination?.value && instruction.heredocs.length === 1) {
      t.heredocFiles.push({ path: absolute(t.workingDir, destination.value), text: instruction.heredocs[0].body });
      t.copied.push(absolute(t.workingDir, destination.value));
    } else t.note(instruction, 'COPY of several heredocs: write each file with pkgs.writeTextDir');
    return;
  }
  const values = instruction.form === 'exec' ? execArguments(t.model, instruction) : instruction.args.map((arg) => arg.value);
  if (values.length < 2 || values.some((value) => value === undefined)) {
    t.note(instruction, 'COPY with sources or destination that depend on build arguments without a value');
    return;
  }
  const sources = values.slice(0, -1) as string[];
  const destinationRaw = values[values.length - 1] as string;
  const destination = absolute(t.workingDir, destinationRaw);
  t.copied.push(destination);
  const intoDirectory = destinationRaw.endsWith('/') || sources.length > 1 || sources.some((s) => /[*?[]/.test(s)) || destinationRaw === '.';
  if (from !== undefined) {
    const stage = t.model.stages.find((candidate) => candidate.name === from.toLowerCase() || String(candidate.index) === from);
    const built = stage ? buildStages.get(stage) : undefined;
    const binary = built?.go?.output && sources.length === 1 && path.posix.normalize(sources[0]) === path.posix.normalize(built.go.output) && built.go.subPackages.length === 1
      ? path.posix.basename(built.go.subPackages[0])
      : undefined;
    if (built && binary) {
      // buildGoModule names the binary after its package directory and installs it in bin/.
      // The binary's name is a word from the Dockerfile: literal text of the string, never Nix code.
      t.programPaths.set(intoDirectory ? `${destination}/${path.posix.basename(sources[0])}` : destination, interpolate(raw(built.binding), `/bin/${binary}`));
      t.extraContents.add(built.binding);
    } else if (built) {
      t.extraContents.add(built.binding);
      t.note(instruction, `files from stage ${from} come from the ${built.binding} derivation (its bin/ and lib/ are in the image); adjust paths such as ${sources.join(' ')} in Cmd/Entrypoint`);
    } else {
      t.note(instruction, `COPY --from=${from}: ${stage ? 'a build stage without a clear nixpkgs builder' : 'files from another image'}; build it as a derivation and add it to contents`);
    }
    return;
  }
  if (sources.some((source) => /^https?:\/\//.test(source))) {
    t.note(instruction, `ADD of a URL: use pkgs.fetchurl { url = ...; hash = ...; } and copy it into the image`);
    return;
  }
  if (instruction.keyword === 'ADD' && sources.some((source) => /\.(tar(\.\w+)?|tgz|txz|tbz2?)$/.test(source))) {
    t.note(instruction, 'ADD of a local archive unpacks it; unpack it in the app-files derivation (tar -xf) instead');
  }
  const chown = instruction.flags.find((flag) => flag.name === 'chown')?.value;
  if (chown) t.note(instruction, `--chown=${chown}: files in a Nix image are owned by root; set ownership with fakeRootCommands (chown, numeric ids)`);
  const target = `$out${shellPath(destination)}`;
  const ambiguous = sources.some((source) => !source.endsWith('/') && !/[*?[]/.test(source) && !/.\.[A-Za-z0-9]+$/.test(path.posix.basename(source)) && path.posix.normalize(source) !== '.');
  const mkdir = `mkdir -p ${intoDirectory || ambiguous ? target : `$out${shellPath(path.posix.dirname(destination))}`}`;
  if (!t.copyScript.includes(mkdir)) t.copyScript.push(mkdir);
  for (const source of sources) {
    const clean = path.posix.normalize(source).replace(/^(\.\/)+/, '').replace(/\/$/, '');
    const into = intoDirectory ? `${target}/` : target;
    const from = `$src/${shellPath(clean)}`;
    // COPY puts a directory's contents (not the directory) at the destination.
    if (clean === '.' || clean === '') t.copyScript.push(`cp -r $src/. ${into}`);
    else if (source.endsWith('/')) t.copyScript.push(`cp -r ${from}/. ${into}`);
    else if (/[*?[]/.test(clean) || /.\.[A-Za-z0-9]+$/.test(path.posix.basename(clean))) t.copyScript.push(`cp -r ${from} ${into}`);
    else t.copyScript.push(`if [ -d ${from} ]; then cp -r ${from}/. ${target}/; else cp ${from} ${into}; fi`);
  }
}

function execForm(t: Translation, instruction: Instruction): string[] {
  if (instruction.form === 'exec') return execArguments(t.model, instruction);
  t.needsShell = true;
  return ['/bin/sh', '-c', argumentText(t.model, instruction)];
}

function translateInstruction(t: Translation, instruction: Instruction, forImage: boolean, buildStages: Map<Stage, BuildStage>): void {
  switch (instruction.keyword) {
    case 'RUN':
      translateRun(t, instruction, forImage);
      return;
    case 'ARG':
    case 'MAINTAINER':
      return;
    case 'SHELL':
      if (forImage) t.note(instruction, 'SHELL: RUN steps are not replayed; set the shell of Cmd/Entrypoint explicitly');
      return;
  }
  if (!forImage) return;
  switch (instruction.keyword) {
    case 'ENV':
      for (const [key, value] of keyValuePairs(t.model, instruction)) t.env.set(key, value);
      return;
    case 'LABEL':
      for (const [key, value] of keyValuePairs(t.model, instruction)) t.labels.set(key, value);
      return;
    case 'WORKDIR': {
      const dir = argumentText(t.model, instruction);
      const value = instruction.args[0]?.value ?? dir;
      t.workingDir = absolute(t.workingDir, value);
      t.mkdirs.add(t.workingDir);
      return;
    }
    case 'EXPOSE':
      for (const arg of instruction.args) {
        const port = arg.value ?? arg.raw;
        if (/^\d+(-\d+)?(\/(tcp|udp|sctp))?$/i.test(port)) t.ports.add(port.includes('/') ? port.toLowerCase() : `${port}/tcp`);
        else t.note(instruction, `EXPOSE ${port}: not a literal port`);
      }
      return;
    case 'VOLUME': {
      const values = instruction.form === 'exec' ? execArguments(t.model, instruction) : instruction.args.map((a) => a.value ?? a.raw);
      for (const volume of values) t.volumes.add(volume);
      return;
    }
    case 'USER':
      t.user = instruction.args[0]?.value ?? instruction.args[0]?.raw;
      if (t.user && !/^\d+(:\d+)?$/.test(t.user) && t.user !== 'root') {
        t.note(instruction, `USER ${t.user}: a name needs an /etc/passwd entry in the image (pkgs.dockerTools.fakeNss has root and nobody); a numeric uid needs none`);
      }
      return;
    case 'ENTRYPOINT':
      t.entrypoint = execForm(t, instruction);
      t.program = instruction;
      // Docker resets an inherited CMD when ENTRYPOINT is set.
      t.cmd = undefined;
      return;
    case 'CMD':
      t.cmd = execForm(t, instruction);
      if (!t.entrypoint) t.program = instruction;
      return;
    case 'STOPSIGNAL':
      t.stopSignal = instruction.args[0]?.value;
      return;
    case 'COPY':
    case 'ADD':
      translateCopy(t, instruction, buildStages);
      return;
    case 'HEALTHCHECK':
      t.note(instruction, 'HEALTHCHECK: not part of the OCI image config; declare it where the container runs (compose, Kubernetes probes)');
      return;
    case 'ONBUILD':
      t.note(instruction, 'ONBUILD: triggers have no dockerTools equivalent');
      return;
    default:
      t.note(instruction, `${instruction.keyword}: no dockerTools equivalent`);
  }
}

/**
 * Packages put their programs in the image's /bin (contents are linked into the root), not in
 * /usr/bin, /sbin or /usr/local/bin: an absolute program path from the Dockerfile may not exist.
 */
function checkProgramPath(t: Translation): void {
  const program = (t.entrypoint ?? t.cmd)?.[0];
  if (!t.program || !program?.startsWith('/') || program.startsWith('/bin/') || t.programPaths.has(program)) return;
  if (t.copied.some((destination) => program === destination || program.startsWith(`${destination}/`))) return;
  t.note(t.program, `${program}: programs of nixpkgs packages are in /bin of the image (e.g. /bin/${path.posix.basename(program)}); adjust the path`);
}

function buildStageDerivation(build: BuildStage): NixBinding {
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

function appFilesDerivation(t: Translation): NixBinding | undefined {
  const script = [...t.copyScript];
  if (script.length === 0) return undefined;
  return bind(
    'appFiles',
    apply('pkgs.runCommand', str('app-files'), raw('{ src = ./.; }'), block(script.join('\n'))),
    ['the files the Dockerfile copies from the build context (in a flake: the files git tracks)'],
  );
}

function configExpr(t: Translation): NixExpr {
  const entries: NixBinding[] = [];
  const argument = (value: string): NixExpr => t.programPaths.get(value) ?? str(value);
  if (t.entrypoint) entries.push(bind('Entrypoint', list(t.entrypoint.map(argument))));
  if (t.cmd) entries.push(bind('Cmd', list(t.cmd.map(argument))));
  if (t.workingDir) entries.push(bind('WorkingDir', str(t.workingDir)));
  if (t.user) entries.push(bind('User', str(t.user)));
  if (t.env.size > 0) entries.push(bind('Env', list([...t.env].map(([key, value]) => str(`${key}=${value}`)))));
  if (t.ports.size > 0) entries.push(bind('ExposedPorts', attrs([...t.ports].sort().map((port) => bind(port, attrs([]))))));
  if (t.volumes.size > 0) entries.push(bind('Volumes', attrs([...t.volumes].sort().map((volume) => bind(volume, attrs([]))))));
  if (t.labels.size > 0) entries.push(bind('Labels', attrs([...t.labels].map(([key, value]) => bind(key, str(value))))));
  if (t.stopSignal) entries.push(bind('StopSignal', str(t.stopSignal)));
  return attrs(entries);
}

function headerComment(model: DockerfileModel, untranslated: UntranslatedStep[], extra: string[]): string {
  const file = path.basename(model.file);
  const lines = [`flake.nix generated by repro-audit nixify from ${model.file}.`, 'Build the image: nix build .#default && docker load < result', 'Work on the project: nix develop', ...extra];
  if (untranslated.length > 0) {
    lines.push('', 'Not translated (do these by hand):');
    for (const step of untranslated) {
      lines.push(`  ${file}:${step.line}  ${step.instruction}`);
      lines.push(`      ${step.reason}`);
    }
  }
  return commentLines(lines, '');
}

function windowsFlake(model: DockerfileModel, image: string): NixifyResult {
  const untranslated = [
    {
      line: model.stages[model.stages.length - 1].from.region.startLine,
      instruction: `FROM ${image}`,
      reason: 'Nix cannot build Windows images: nixpkgs and dockerTools build Linux images only',
    },
  ];
  const flake = [
    headerComment(model, untranslated, []),
    '{',
    '  description = "Nothing to build: the Dockerfile builds a Windows image, which Nix cannot build";',
    '',
    commentLines(NIXPKGS_PIN_COMMENT, '  '),
    `  inputs.nixpkgs.url = ${quoteString(NIXPKGS_URL)};`,
    '',
    '  outputs = { self, nixpkgs }: { };',
    '}',
    '',
  ].join('\n');
  return { flake, untranslated, windows: true };
}

export function nixify(model: DockerfileModel): NixifyResult {
  const final = model.stages[model.stages.length - 1];
  if (!final) {
    const t = new Translation(model);
    return {
      flake: `${headerComment(model, [], ['The Dockerfile has no FROM: there is no image to translate.'])}\n{\n  inputs.nixpkgs.url = ${quoteString(NIXPKGS_URL)};\n\n  outputs = { self, nixpkgs }: { };\n}\n`,
      untranslated: t.untranslated,
      windows: false,
    };
  }
  const chain = lineage(final);
  const root = chain[0];
  const rootImage = root.image.kind === 'scratch' ? 'scratch' : (root.image.resolved ?? root.image.raw);
  if (root.image.kind !== 'scratch' && mapImage(root.image.name, rootImage).kind === 'windows') return windowsFlake(model, rootImage);

  const t = new Translation(model);
  const buildStages = new Map<Stage, BuildStage>();
  for (const stage of model.stages) {
    if (chain.includes(stage)) continue;
    const kind = buildStageKind(stage);
    if (kind) {
      const goBuild = kind === 'go' ? stage.instructions.flatMap((i) => (i.keyword === 'RUN' ? runCommands(i) : [])).find((c) => programName(c.argv[0]) === 'go' && c.argv[1]?.value === 'build') : undefined;
      const build: BuildStage = { stage, kind, binding: bindingName(stage, kind), go: goBuild ? goBuildOf(goBuild, stage) : undefined };
      buildStages.set(stage, build);
      t.buildStages.push(build);
    }
  }

  // Tools of build stages belong in the dev shell; their files reach the image through COPY --from.
  t.quiet = true;
  for (const stage of model.stages) {
    if (chain.includes(stage)) continue;
    if (stage.image.kind === 'image') t.runtime(stage, false);
    for (const instruction of stage.instructions) if (instruction.keyword === 'RUN') translateRun(t, instruction, false);
  }
  t.quiet = false;
  for (const stage of model.stages) {
    if (chain.includes(stage) || buildStages.has(stage)) continue;
    const used = model.stages.some((other) => other.instructions.some((i) => i.keyword === 'COPY' && i.flags.some((f) => f.name === 'from' && (f.value?.toLowerCase() === stage.name || f.value === String(stage.index)))));
    if (used) t.untranslated.push({ line: stage.from.region.startLine, instruction: oneLine(model, stage.from), reason: 'build stage without a clear nixpkgs builder: turn its RUN steps into a derivation' });
  }

  let baseNote: string | undefined;
  if (root.image.kind === 'image') {
    const mapping = t.runtime(root, true);
    if (mapping.kind === 'removed' || mapping.kind === 'unknown' || mapping.kind === 'unresolved') {
      t.untranslated.push({
        line: root.from.region.startLine,
        instruction: oneLine(model, root.from),
        reason:
          mapping.kind === 'removed'
            ? `base image has no equivalent in this nixpkgs (${mapping.note ?? 'version removed'}); pick a supported version`
            : mapping.kind === 'unknown'
              ? 'no nixpkgs equivalent of this base image is known: add the packages it provides to contents, or use pkgs.dockerTools.pullImage (digest and hash) as fromImage'
              : 'base image depends on a build argument without a default',
      });
    } else if (mapping.kind === 'base-os') baseNote = `${rootImage} is a base OS image: the Nix image needs none, only the packages below.`;
  }
  for (const stage of chain) for (const instruction of stage.instructions) translateInstruction(t, instruction, true, buildStages);
  checkProgramPath(t);

  const bindings: NixBinding[] = t.buildStages.map(buildStageDerivation);
  const appFiles = appFilesDerivation(t);
  if (appFiles) bindings.push(appFiles);
  for (const file of t.heredocFiles) t.extraContents.add(`(pkgs.writeTextDir ${quoteString(file.path.replace(/^\//, ''))} ${quoteString(file.text)})`);

  const tools = packageExprs(t.contents);
  const extraPaths = [...t.extraContents].map(raw);
  const contents: NixExpr[] = [...tools, ...extraPaths];
  if (appFiles) contents.push(raw('appFiles'));
  if (t.needsShell) contents.push(raw('pkgs.dockerTools.binSh'));
  const hasTls = t.contents.some((m) => m.attrs.includes('cacert'));
  if (hasTls && !t.env.has('SSL_CERT_FILE')) t.env.set('SSL_CERT_FILE', '/etc/ssl/certs/ca-bundle.crt');

  const imageArgs: NixBinding[] = [bind('name', str(imageNameFor(model.file))), bind('tag', str('latest'))];
  imageArgs.push(bind('contents', list(contents)));
  // Directories the context files already bring need no mkdir (and may be links into the store).
  const dirs = [...t.mkdirs].filter((dir) => dir !== '/' && !t.copied.some((copied) => copied === dir || copied.startsWith(`${dir}/`))).sort();
  if (dirs.length > 0) {
    imageArgs.push(
      bind('extraCommands', block(dirs.map((dir) => `mkdir -p ${shellPath(dir.replace(/^\//, ''))}`).join('\n')), [
        'directories the Dockerfile creates (WORKDIR, mkdir); extraCommands runs in the image root',
      ]),
    );
  }
  imageArgs.push(bind('config', configExpr(t)));
  const image = apply('pkgs.dockerTools.buildLayeredImage', attrs(imageArgs));

  const devPackages = packageExprs(t.devTools);
  const packagesBody = bindings.length > 0
    ? `let\n${bindings.map((b) => `${commentLines(b.comment ?? [], '          ')}${b.comment?.length ? '\n' : ''}          ${b.path.map(attrName).join('.')} = ${printNix(b.value, '          ')};`).join('\n\n')}\n        in\n        {\n          default = ${printNix(image, '          ')};\n        }`
    : `{\n          default = ${printNix(image, '          ')};\n        }`;
  const devShell = apply('pkgs.mkShell', attrs([bind('packages', list(devPackages))]));

  const flake = [
    headerComment(model, t.untranslated, baseNote ? [baseNote] : []),
    '{',
    `  description = ${quoteString(`OCI image built with Nix, translated from ${path.basename(model.file)} by repro-audit`)};`,
    '',
    commentLines(NIXPKGS_PIN_COMMENT, '  '),
    `  inputs.nixpkgs.url = ${quoteString(NIXPKGS_URL)};`,
    '',
    '  outputs = { self, nixpkgs }:',
    '    let',
    '      systems = [ "x86_64-linux" "aarch64-linux" ];',
    '      forAllSystems = f: nixpkgs.lib.genAttrs systems (system: f nixpkgs.legacyPackages.${system});',
    '    in',
    '    {',
    `      packages = forAllSystems (pkgs:`,
    `        ${packagesBody});`,
    '',
    '      devShells = forAllSystems (pkgs: {',
    `        default = ${printNix(devShell, '        ')};`,
    '      });',
    '    };',
    '}',
    '',
  ].join('\n');
  return { flake, untranslated: t.untranslated, windows: false };
}
