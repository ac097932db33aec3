import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { readDockerfile } from '../engine/index.js';
import type { Finding } from '../findings/index.js';
import { parseDockerfileText } from '../model/index.js';
import { createLegBuilders } from './builders/create.js';
import type { ImageStoreLimits } from './builders/image-store.js';
import type { Builder, LegResult } from './builders/types.js';
import type { ImageDiff } from './diff/index.js';
import { DockerfileError, instrumentDockerfile, type InstrumentedDockerfile } from './dockerfile/instrument.js';
import { RebuildInputError } from './errors.js';
import { indexImageArchive, type ImageIndex } from './image/index.js';
import type { HostFacts } from './machine/facts.js';
import { legMachine } from './machine/leg-machine.js';
import { buildEnvironment, compareLegs, dropHarnessMountPoints, startIndexing, stampsNote, type StampHandling } from './outcome/compare-legs.js';
import { failureFindings, probeFindings, timedOutFinding } from './outcome/leg-findings.js';
import { verifyProbes, type ProbeVerdict } from './probe/verify.js';
import { Cleanup } from './run/cleanup.js';
import type { Progress } from './run/progress.js';
import { unsupportedAxes, type Axis, type BuilderKind } from './variation/axes.js';
import { describeLeg, HARNESS_ARG_NAMES, makeLegPair, type LegPair } from './variation/legs.js';

export interface RebuildOptions {
  /** Path of the Dockerfile as the user named it. */
  dockerfile: string;
  /** Build context directory. */
  context: string;
  axes: Axis[];
  /** Forced builder; default: buildah when the cpu axis is varied, else Docker. */
  builder?: BuilderKind;
  network: 'none' | 'default';
  /** The user's build args; a SOURCE_DATE_EPOCH among them is the value both legs build with. */
  buildArgs: Record<string, string>;
  /** Compare the builder's own timestamps bitwise instead of masking them (classic Docker builder). */
  strict?: boolean;
  /** Whole-run limit in milliseconds. */
  timeoutMs: number;
  /**
   * buildah keeps the base images it imports in repro-audit's cache for the next run (default),
   * within these limits; false imports them into each run's own storage and keeps nothing.
   */
  imageCache?: false | Partial<ImageStoreLimits>;
  progress: Progress;
  /** Aborted on Ctrl-C / SIGTERM. */
  signal: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /**
   * Record only: build leg a alone (no second leg, no comparison) and return its image as
   * `recorded`, with the machine it was built on. `axes` should then be empty.
   */
  singleLeg?: boolean;
  /** Docker hosts per leg (`--leg-host a=tcp://…`); a leg without one uses DOCKER_HOST. Docker builder only. */
  legHosts?: Partial<Record<'a' | 'b', string>>;
}

export interface RebuildOutcome {
  file: string;
  pair: LegPair;
  builder: string;
  legs: LegResult[];
  probes: ProbeVerdict[];
  /** Findings about the builds themselves (RA910-RA913) and the attributed differences. */
  findings: Finding[];
  /** Both images indexed and compared; undefined when a leg failed. */
  comparison?: { images: [ImageIndex, ImageIndex]; diff: ImageDiff };
  /** With `singleLeg`: leg a's image, indexed with its build environment; undefined when it failed. */
  recorded?: ImageIndex;
  /** How the builder's own timestamps were handled, and the run's one note saying so. */
  stamps: { handling: StampHandling; note: string };
  /** A leg exceeded the time limit (reported as RA913); nothing was compared. */
  timedOut: boolean;
  /** True only when both legs built, every probe confirmed its leg and no file or config differs. */
  reproducible: boolean;
  /**
   * Wall-clock milliseconds of the run's phases: getting the builder and base images ready, the
   * builders' build commands (both legs), the time axis's wait for the second leg's clock, their
   * image exports, the comparison, cleanup, all.
   */
  timings: { totalMs: number; prepareMs: number; buildMs: number; clockWaitMs: number; exportMs: number; compareMs: number; cleanupMs: number };
  /** Release failures during cleanup (reported, never fatal). */
  cleanupProblems: string[];
}

/**
 * Builds the Dockerfile in two legs that differ only in the chosen axes, verifies each leg saw its
 * settings, and compares the images. Everything it creates is released before it returns or throws.
 * Throws `RebuildInputError`/`EnvironmentError`/`DockerfileError` for problems that are not findings,
 * and the signal's reason when interrupted.
 */
export async function rebuild(options: RebuildOptions): Promise<RebuildOutcome> {
  const started = performance.now();
  const cleanup = new Cleanup();
  let outcome: RebuildOutcome | undefined;
  try {
    outcome = await runLegsAndCompare(options, cleanup);
    return outcome;
  } finally {
    const cleanupStarted = performance.now();
    const problems = await cleanup.run();
    for (const problem of problems) options.progress.note(`warning: ${problem}`);
    options.progress.stop();
    if (outcome) {
      outcome.cleanupProblems = problems;
      outcome.timings.cleanupMs = performance.now() - cleanupStarted;
      outcome.timings.totalMs = performance.now() - started;
    }
  }
}

async function runLegsAndCompare(options: RebuildOptions, cleanup: Cleanup): Promise<RebuildOutcome> {
  const { progress } = options;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout]);
  // The audit's reader: size limit, no binary, valid UTF-8; a file it refuses is a Dockerfile problem.
  const read = readDockerfile(options.dockerfile, process.cwd());
  if ('error' in read) throw new DockerfileError(read.error.message, read.error.line);
  const { text } = read;
  const model = await parseDockerfileText(text, options.dockerfile, { buildArgs: options.buildArgs });
  const builderKind: BuilderKind = options.builder ?? (options.axes.includes('cpu') ? 'buildah' : 'docker');
  const unsupported = unsupportedAxes(options.axes, builderKind);
  if (unsupported.length > 0) {
    throw new RebuildInputError(`the ${builderKind} builder cannot vary ${unsupported.join(', ')}${unsupported.includes('cpu') ? ' (the cpu axis needs --builder buildah)' : ''}`);
  }
  const contextStat = await fs.stat(options.context).catch(() => undefined);
  if (!contextStat?.isDirectory()) throw new RebuildInputError(`build context ${options.context} is not a directory`);

  const pair = makeLegPair({ varied: options.axes, builder: builderKind, network: options.network, sourceDateEpoch: options.buildArgs.SOURCE_DATE_EPOCH });
  const argNames = HARNESS_ARG_NAMES.filter((name) => pair.legs.some((leg) => name in leg.harnessArgs));
  const instrumented = instrumentDockerfile(text, { argNames, probe: builderKind === 'buildah' });

  const runId = randomBytes(4).toString('hex');
  const prepareStarted = performance.now();
  if (options.legHosts && Object.keys(options.legHosts).length > 0 && builderKind !== 'docker') {
    throw new RebuildInputError(`legs on other hosts need the Docker builder; the ${builderKind} builder runs on this machine`);
  }
  progress.phase('connecting to the builder');
  const builders = await createLegBuilders({ kind: builderKind, runId, progress, env: options.env, imageCache: options.imageCache, legHosts: options.legHosts });
  const [builder] = builders;
  const distinct = [...new Set(builders)];

  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), `repro-audit-rebuild-${runId}-`));
  cleanup.add(`temporary directory ${workDir}`, () => fs.rm(workDir, { recursive: true, force: true }));
  const hosts = new Map<Builder, HostFacts>();
  for (const each of distinct) {
    progress.phase(`loading base images into ${each.describe()}`);
    await each.prepare(instrumented.baseImages, workDir, cleanup, signal);
    hosts.set(each, await each.hostFacts(instrumented.baseImages, cleanup, signal));
  }
  const prepareMs = performance.now() - prepareStarted;

  const handling: StampHandling = builder.stamps === 'masked' && options.strict ? 'bitwise' : builder.stamps;
  const legPair: LegPair = options.singleLeg ? { ...pair, legs: [pair.legs[0], pair.legs[0]] } : pair;
  const built = await buildLegs({ options, builders, pair: legPair, instrumented, workDir, cleanup, signal });
  const legs = built.legs;
  const timings = {
    totalMs: 0,
    prepareMs,
    cleanupMs: 0,
    buildMs: sum(legs.map((leg) => leg.buildMs)),
    clockWaitMs: sum(legs.map((leg) => leg.clockWaitMs)),
    exportMs: sum(legs.map((leg) => leg.exportMs)),
    compareMs: 0,
  };
  const described = distinct.length === 1 ? builder.describe() : builders.map((each, index) => `leg ${pair.legs[index]!.name}: ${each.describe()}`).join('; ');
  const base = { file: options.dockerfile, pair, builder: described, legs, timings, cleanupProblems: [] };
  const stamps = (comparison?: Parameters<typeof stampsNote>[3]) => ({ handling, note: stampsNote(handling, builderKind === 'docker' ? 'the classic Docker builder' : 'buildah', pair.sourceDateEpoch, comparison) });
  if (built.timedOutLeg) {
    const findings = [timedOutFinding(model, pair, built.timedOutLeg, options.timeoutMs)];
    return { ...base, probes: [], findings, stamps: stamps(), timedOut: true, reproducible: false };
  }

  const probes = builderKind === 'buildah' ? legs.map((result) => verifyProbes(result.leg, result.steps, { clockHeld: result.clockHeldByProbe })) : [];
  legs.forEach((result, index) => {
    const legBuilder = builders[index]!;
    result.machine = legMachine(hosts.get(legBuilder)!, result.leg, pair, probes[index], legBuilder.stamps === 'masked' ? result : undefined);
  });
  const findings = [...failureFindings(model, pair, legs, probes), ...probeFindings(model, legs, probes)];
  const [a, b] = legs;
  if (options.singleLeg) {
    const recorded = a?.image ? await indexImageArchive(a.image.path, { environment: buildEnvironment(a, probes[0]), knownChains: a.image.knownChains, absentBlobs: a.image.absentBlobs }) : undefined;
    if (recorded) dropHarnessMountPoints(recorded);
    return { ...base, probes, findings, stamps: stamps(), timedOut: false, reproducible: false, ...(recorded ? { recorded } : {}) };
  }
  if (!a?.image || !b?.image) return { ...base, probes, findings, stamps: stamps(), timedOut: false, reproducible: false };

  progress.phase('comparing the two images');
  const compareStarted = performance.now();
  const compared = await compareLegs(model, [a, b], probes, handling);
  for (const [index, warnings] of [compared.warnings.a, compared.warnings.b].entries()) {
    for (const warning of warnings) progress.note(`warning: image of leg ${pair.legs[index]!.name}: ${warning.message}`);
  }
  timings.compareMs = performance.now() - compareStarted;
  findings.push(...compared.findings);
  return {
    ...base,
    probes,
    findings,
    comparison: { images: compared.images, diff: compared.diff },
    stamps: stamps(compared),
    timedOut: false,
    reproducible: findings.length === 0,
  };
}

interface LegsRequest {
  options: RebuildOptions;
  /** The builder of each leg, in the order of the pair's legs. */
  builders: readonly [Builder, Builder];
  pair: LegPair;
  instrumented: InstrumentedDockerfile;
  workDir: string;
  cleanup: Cleanup;
  signal: AbortSignal;
}

/** Builds the legs one after the other; a leg over the time limit ends the run with what was built. */
async function buildLegs(request: LegsRequest): Promise<{ legs: LegResult[]; timedOutLeg?: LegPair['legs'][number] }> {
  const { options, builders, pair, signal } = request;
  const legs: LegResult[] = [];
  for (const [index, leg] of (options.singleLeg ? pair.legs.slice(0, 1) : pair.legs).entries()) {
    const builder = builders[index]!;
    const previous = legs.at(-1);
    try {
      const legDir = path.join(request.workDir, `leg-${leg.name}`);
      const contextDir = path.join(legDir, leg.contextDirName);
      await fs.mkdir(path.dirname(contextDir), { recursive: true });
      // A private copy per leg: the build-path axis names it, and a context edited mid-run cannot split the legs.
      await fs.cp(options.context, contextDir, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
      options.progress.phase(`leg ${leg.name} (${describeLeg(leg, pair.varied)}): building with ${builder.describe()}`);
      const built = await builder.build({
        leg,
        dockerfile: request.instrumented,
        contextDir,
        buildArgs: options.buildArgs,
        workDir: legDir,
        cleanup: request.cleanup,
        signal,
        exportImage: legs.every((built) => built.image !== undefined),
        ...(previous && leg.clockLaterByMs ? { notBefore: new Date(previous.finishedAt.getTime() + leg.clockLaterByMs) } : {}),
        onLine: (line) => {
          if (/^(\[\d+\/\d+\] )?STEP \d+\/\d+: |^Step \d+\/\d+ : /.test(line)) options.progress.step(line);
        },
      });
      // The first leg is read while the second waits for its clock and builds.
      if (legs.length === 0) startIndexing(built);
      legs.push(built);
    } catch (error) {
      if (signal.aborted && !options.signal.aborted) return { legs, timedOutLeg: leg };
      throw error;
    }
  }
  return { legs };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
