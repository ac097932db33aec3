/**
 * Translates a Dockerfile model into a flake.nix that builds an equivalent OCI image with
 * `pkgs.dockerTools.buildLayeredImage`, plus a dev shell with the same tools. What has no clear
 * Nix equivalent is listed in a comment block with the Dockerfile line it came from.
 */
import path from 'node:path';
import { argumentsSource, createPositionMapper, findStage, stageChain, type DockerfileModel, type Instruction, type Stage } from '../../model/index.js';
import { mapImage } from '../images.js';
import type { BuildContextReader } from '../../build-context/index.js';
import { isShellName, loadShellParser } from '../../shell/index.js';
import { raw } from '../syntax.js';
import { execArguments, keyValuePairs } from './dockerfile-words.js';
import { imagelessFlake, printFlake, windowsFlake } from './flake.js';
import { checkedImage } from './image.js';
import { keepRuntime, toolchainOutOfImage, translateRun } from './run-steps.js';
import { pnameOf } from './project-name.js';
import { buildStagesOf, builtJar, builtProgram, type BuildStage } from './stages.js';
import { absolute, instructionAt, oneLine, shellPath, Translation, type CommandScript, type NixifyResult } from './translation.js';

export type { NixifyResult, UntranslatedStep } from './translation.js';

const { parseShellFile } = await loadShellParser();
export type { CheckFailure, CheckRule } from './check.js';

function translateCopy(t: Translation, instruction: Instruction, buildStages: Map<Stage, BuildStage>): void {
  const from = instruction.flags.find((flag) => flag.name === 'from')?.value;
  if (instruction.heredocs.length > 0) {
    const destination = instruction.args.find((arg) => !arg.raw.startsWith('<<') && arg.span.end <= instruction.heredocs[0].bodySpan.start);
    if (destination?.value && instruction.heredocs.length === 1) {
      t.heredocFiles.push({ path: absolute(t.workingDir, destination.value), text: instruction.heredocs[0].body, line: instruction.region.startLine });
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
    const stage = findStage(t.model, from);
    const built = stage ? buildStages.get(stage) : undefined;
    const binary = built && sources.length === 1 ? builtProgram(built, sources[0]!) : undefined;
    // A pattern that matches one file is copied to the destination's name unless it ends in `/`.
    const jarIntoDirectory = destinationRaw.endsWith('/') || destinationRaw === '.';
    const jar = built && sources.length === 1 ? builtJar(built, sources[0]!, destination, jarIntoDirectory) : undefined;
    if (built && jar && (!built.jar || (built.jar.source === jar.source && built.jar.name === jar.name))) {
      // One jar per derivation: the name COPY gives it; `java -jar` on that path runs the derivation's file.
      built.jar = jar;
      // A literal jar name is Maven's default finalName, artifactId-version: the artifactId names the derivation.
      const file = path.posix.basename(jar.source);
      if (!/[*?[]/.test(file)) built.outputNames = [file.replace(/\.jar$/, '').replace(/-\d.*$/, '')];
      const word = { drv: raw(built.binding), path: `/share/java/${jar.name}` };
      const at = jarIntoDirectory ? `${destination}/${jar.name}` : destination;
      t.programPaths.set(at, word);
      t.builtJars.push({ at, binding: built.binding, word, line: instruction.region.startLine });
      t.extraContents.add(built.binding);
    } else if (built && binary) {
      // The builders install programs in bin/; the name is a Dockerfile word: literal text of the string, never Nix code.
      built.outputNames = [...new Set([...(built.outputNames ?? []), binary])];
      t.programPaths.set(intoDirectory ? `${destination}/${path.posix.basename(sources[0])}` : destination, { drv: raw(built.binding), path: `/bin/${binary}` });
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
    const line = instruction.region.startLine;
    const fileAt = intoDirectory ? `${destination === '/' ? '' : destination}/${path.posix.basename(clean)}` : destination;
    // COPY puts a directory's contents (not the directory) at the destination.
    if (clean === '.' || clean === '') {
      t.copyScript.push(`cp -r $src/. ${into}`);
      t.contextCopies.push({ source: '.', dirAt: destination, line });
    } else if (source.endsWith('/')) {
      t.copyScript.push(`cp -r ${from}/. ${into}`);
      t.contextCopies.push({ source: clean, dirAt: destination, line });
    } else if (/[*?[]/.test(clean)) {
      t.copyScript.push(`cp -r ${from} ${into}`);
      t.contextCopies.push({ source: path.posix.dirname(clean), dirAt: destination, line });
    } else if (/.\.[A-Za-z0-9]+$/.test(path.posix.basename(clean))) {
      t.copyScript.push(`cp -r ${from} ${into}`);
      t.contextCopies.push({ source: clean, fileAt, line });
    } else {
      t.copyScript.push(`if [ -d ${from} ]; then cp -r ${from}/. ${target}/; else cp ${from} ${into}; fi`);
      t.contextCopies.push({ source: clean, fileAt, dirAt: destination, line });
    }
  }
}

function execForm(t: Translation, instruction: Instruction): string[] {
  if (instruction.form === 'exec') return execArguments(t.model, instruction);
  t.needsShell = true;
  return ['/bin/sh', '-c', argumentsSource(t.model, instruction)];
}

/**
 * The script a command runs through a shell: a shell form's `/bin/sh -c SCRIPT`, or an exec form
 * that starts a shell with `-c` (`["sh", "-c", "java -jar /app.jar"]`), parsed with the shell
 * grammar; `index` is the script's word in the command.
 */
function shellScriptOf(instruction: Instruction, words: string[]): CommandScript | undefined {
  if (!isShellName(path.posix.basename(words[0] ?? ''))) return undefined;
  const flag = words.findIndex((word, i) => i > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(word));
  const index = flag > 0 ? words.findIndex((word, i) => i > flag && !word.startsWith('-')) : -1;
  if (index < 0) return undefined;
  const text = words[index]!;
  return { index, script: parseShellFile({ text, offset: 0, variables: instruction.variables, positions: createPositionMapper(text) }) };
}

/** The programs a shell script runs (`exec gunicorn ...` runs gunicorn). */
function scriptPrograms(script: CommandScript | undefined): string[] | undefined {
  return script?.script.commands
    .filter((command) => !command.parent && !command.inSubstitution)
    .map((command) => (command.argv[0]?.value === 'exec' ? command.argv[1] : command.argv[0]))
    .flatMap((word) => (word?.value && !word.value.startsWith('-') ? [word.value] : []));
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
      for (const [key, value, unresolved] of keyValuePairs(t.model, instruction)) {
        t.env.set(key, value);
        t.envLines.set(key, instruction.region.startLine);
        t.envUnresolved.set(key, unresolved);
      }
      return;
    case 'LABEL':
      for (const [key, value] of keyValuePairs(t.model, instruction)) t.labels.set(key, value);
      return;
    case 'WORKDIR': {
      const dir = argumentsSource(t.model, instruction);
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
      // A name needs /etc/passwd in the image: the check pass adds it (fakeNss) or lists it.
      t.userLine = instruction.region.startLine;
      t.user = instruction.args[0]?.value?.replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
      if (t.user === undefined) t.note(instruction, 'USER depends on a variable without a known value: set User (a numeric uid needs no /etc/passwd entry)');
      return;
    case 'ENTRYPOINT':
      t.entrypoint = execForm(t, instruction);
      t.entrypointLine = instruction.region.startLine;
      t.entrypointScript = shellScriptOf(instruction, t.entrypoint);
      t.entrypointPrograms = scriptPrograms(t.entrypointScript);
      // Docker resets an inherited CMD when ENTRYPOINT is set.
      t.cmd = undefined;
      t.cmdScript = undefined;
      t.cmdPrograms = undefined;
      return;
    case 'CMD':
      t.cmd = execForm(t, instruction);
      t.cmdLine = instruction.region.startLine;
      t.cmdScript = shellScriptOf(instruction, t.cmd);
      t.cmdPrograms = scriptPrograms(t.cmdScript);
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

/** The flake of `model`; `context` reads the build context (the shebangs of copied scripts). */
export function nixify(model: DockerfileModel, context?: BuildContextReader): NixifyResult {
  const final = model.stages[model.stages.length - 1];
  if (!final) return imagelessFlake(model);
  const chain = stageChain(final);
  const root = chain[0];
  const rootImage = root.image.kind === 'scratch' ? 'scratch' : (root.image.resolved ?? root.image.raw);
  if (root.image.kind !== 'scratch' && mapImage(root.image.name, rootImage).kind === 'windows') return windowsFlake(model, rootImage);

  const t = new Translation(model, context);
  const buildStages = buildStagesOf(model.stages, chain);
  t.buildStages.push(...buildStages.values());

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
    const used = model.stages.some((other) => other.instructions.some((i) => i.keyword === 'COPY' && i.flags.some((f) => f.name === 'from' && f.value !== undefined && findStage(model, f.value) === stage)));
    if (used) t.untranslated.push({ line: stage.from.region.startLine, instruction: oneLine(model, stage.from), reason: 'build stage without a clear nixpkgs builder: turn its RUN steps into a derivation' });
  }

  let baseNote: string | undefined;
  if (root.image.kind === 'image') {
    const mapping = t.runtime(root, true);
    if ((mapping.kind === 'removed' && !mapping.nearest?.length) || mapping.kind === 'unknown' || mapping.kind === 'unresolved') {
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
  keepRuntime(t);
  const programsRun = new Set([...(t.entrypoint ?? []), ...(t.cmd ?? []), ...(t.entrypointPrograms ?? []), ...(t.cmdPrograms ?? [])].map((word) => path.posix.basename(word)));
  toolchainOutOfImage(t, t.buildStages.filter((build) => chain.includes(build.stage)), programsRun);
  for (const build of t.buildStages) build.pname = pnameOf(model, build, context);
  for (const build of t.buildStages) for (const note of build.notes ?? []) t.untranslated.push({ line: note.line, instruction: instructionAt(model, note.line), reason: note.reason });
  const image = checkedImage(t, context);
  for (const note of image.notes) t.untranslated.push({ line: note.line, instruction: instructionAt(model, note.line), reason: note.reason });
  for (const failure of image.failures) t.untranslated.push({ line: failure.line, instruction: instructionAt(model, failure.line), reason: failure.message });
  t.untranslated.sort((a, b) => a.line - b.line);
  return { flake: printFlake(t, image, baseNote), untranslated: t.untranslated, failures: image.failures, windows: false };
}
