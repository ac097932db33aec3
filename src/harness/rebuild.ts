import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Finding } from '../findings/finding.js';
import { parseDockerfile } from '../model/parse.js';
import type { DockerfileModel, Instruction } from '../model/types.js';
import type { RuleMeta } from '../rules/rule.js';
import { BuildahBuilder } from './builders/buildah.js';
import { connectDocker } from './builders/docker-connection.js';
import { DockerBuilder } from './builders/docker.js';
import { EnvironmentError, type Builder, type LegResult, type StepFailure } from './builders/types.js';
import { prepareCpuHelpers } from './cpu/helpers.js';
import { checkCpuBuilderRequirements } from './cpu/requirements.js';
import { compareIndexes } from './attribution/index.js';
import type { ImageDiff } from './diff/index.js';
import { DockerfileError, instrumentDockerfile, type BuildStep } from './dockerfile/instrument.js';
import { indexImageArchive, type ImageIndex } from './image/index.js';
import type { BuildEnvironment } from './image/types.js';
import { verifyProbes, type ProbeVerdict } from './probe/verify.js';
import { BUILD_FAILS_IN_BOTH_LEGS, LEG_TIMED_OUT, STEP_FAILS_IN_ONE_LEG, VARIATION_NOT_IN_EFFECT } from './rules.js';
import { Cleanup, TimeoutError } from './run/cleanup.js';
import type { Progress } from './run/progress.js';
import { unsupportedAxes, UsageError, type Axis, type BuilderKind } from './variation/axes.js';
import { HARNESS_ARG_NAMES, makeLegPair, TIME_AXIS_GAP_MS, type LegPair, type LegSpec } from './variation/legs.js';

export interface RebuildOptions {
  /** Path of the Dockerfile as the user named it. */
  dockerfile: string;
  /** Build context directory (default: the Dockerfile's directory). */
  context: string;
  axes: Axis[];
  /** Forced builder; default: buildah when the cpu axis is varied, else Docker. */
  builder?: BuilderKind;
  network: 'none' | 'default';
  buildArgs: Record<string, string>;
  /** Whole-run limit in milliseconds. */
  timeoutMs: number;
  progress: Progress;
  /** Aborted on Ctrl-C / SIGTERM. */
  signal: AbortSignal;
  env?: NodeJS.ProcessEnv;
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
  /** True only when both legs built, every probe confirmed its leg and no file or config differs. */
  reproducible: boolean;
  timings: { totalMs: number; buildMs: number; compareMs: number };
  /** Release failures during cleanup (reported, never fatal). */
  cleanupProblems: string[];
}

/**
 * Builds the Dockerfile in two legs that differ only in the chosen axes, verifies each leg saw its
 * settings, and compares the images. Everything it creates is released before it returns or throws.
 * Throws `UsageError`/`EnvironmentError`/`DockerfileError` for problems that are not findings.
 */
export async function rebuild(options: RebuildOptions): Promise<RebuildOutcome> {
  const started = performance.now();
  const cleanup = new Cleanup();
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = AbortSignal.any([options.signal, timeout]);
  let outcome: RebuildOutcome | undefined;
  try {
    outcome = await runLegsAndCompare(options, cleanup, signal, timeout);
    return outcome;
  } finally {
    const problems = await cleanup.run();
    for (const problem of problems) options.progress.note(`warning: ${problem}`);
    if (outcome) {
      outcome.cleanupProblems = problems;
      outcome.timings.totalMs = performance.now() - started;
    }
  }
}

async function runLegsAndCompare(options: RebuildOptions, cleanup: Cleanup, signal: AbortSignal, timeout: AbortSignal): Promise<RebuildOutcome> {
  const { progress } = options;
  const text = await readDockerfile(options.dockerfile);
  const model = parseDockerfile(text, options.dockerfile, { buildArgs: options.buildArgs });
  const builderKind: BuilderKind = options.builder ?? (options.axes.includes('cpu') ? 'buildah' : 'docker');
  const unsupported = unsupportedAxes(options.axes, builderKind);
  if (unsupported.length > 0) {
    throw new UsageError(`the ${builderKind} builder cannot vary ${unsupported.join(', ')}${unsupported.includes('cpu') ? ' (the cpu axis needs --builder buildah)' : ''}`);
  }
  const contextStat = await fs.stat(options.context).catch(() => undefined);
  if (!contextStat?.isDirectory()) throw new UsageError(`build context ${options.context} is not a directory`);

  const runId = randomBytes(4).toString('hex');
  progress.phase('connecting to the builder');
  const { docker, endpoint, version } = await connectDocker(options.env);
  let builder: Builder;
  if (builderKind === 'buildah') {
    const { tools, problems } = await checkCpuBuilderRequirements();
    if (!tools) throw new EnvironmentError(`the buildah/QEMU builder cannot run here:\n  - ${problems.join('\n  - ')}`);
    progress.phase('preparing the CPU probe and QEMU wrapper (compiled once per machine)');
    const helpers = await prepareCpuHelpers({ qemuBinary: tools.qemu, buildahBinary: tools.buildah });
    builder = new BuildahBuilder(helpers, docker, runId);
  } else {
    builder = new DockerBuilder(docker, endpoint, version, runId);
  }

  const pair = makeLegPair({ varied: options.axes, builder: builderKind, network: options.network });
  const argNames = HARNESS_ARG_NAMES.filter((name) => pair.legs.some((leg) => name in leg.harnessArgs));
  const instrumented = instrumentDockerfile(text, { argNames, probe: builderKind === 'buildah' });

  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), `repro-audit-rebuild-${runId}-`));
  cleanup.add(`temporary directory ${workDir}`, () => fs.rm(workDir, { recursive: true, force: true }));
  progress.phase(`loading base images into ${builder.describe()}`);
  await builder.prepare(instrumented.baseImages, workDir, cleanup);

  const legs: LegResult[] = [];
  const findings: Finding[] = [];
  let buildMs = 0;
  for (const leg of pair.legs) {
    const previous = legs.at(-1);
    if (previous && pair.varied.includes('time')) {
      const wait = previous.startedAt.getTime() + TIME_AXIS_GAP_MS - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const legDir = path.join(workDir, `leg-${leg.name}`);
    const contextDir = path.join(legDir, leg.contextDirName);
    await fs.mkdir(path.dirname(contextDir), { recursive: true });
    // A private copy per leg: the build-path axis names it, and a context edited mid-run cannot split the legs.
    await fs.cp(options.context, contextDir, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    progress.phase(`leg ${leg.name} (${describeLeg(leg, pair.varied)}): building with ${builder.describe()}`);
    try {
      const result = await builder.build({
        leg,
        dockerfile: instrumented,
        contextDir,
        buildArgs: options.buildArgs,
        workDir: legDir,
        cleanup,
        signal,
        onLine: (line) => {
          if (/^(\[\d+\/\d+\] )?STEP \d+\/\d+: |^Step \d+\/\d+ : /.test(line)) progress.step(line);
        },
      });
      buildMs += result.buildMs;
      legs.push(result);
    } catch (error) {
      if (timeout.aborted && !options.signal.aborted) {
        findings.push(timedOutFinding(model, leg, options.timeoutMs));
        throw Object.assign(new TimeoutError(`the rebuild exceeded its ${Math.round(options.timeoutMs / 1000)} s limit in leg ${leg.name}`), { findings });
      }
      throw error;
    }
  }

  const probes = builderKind === 'buildah' ? legs.map((result) => verifyProbes(result.leg, result.steps)) : [];
  findings.push(...failureFindings(model, legs), ...probeFindings(model, legs, probes));

  let comparison: RebuildOutcome['comparison'];
  let compareMs = 0;
  const [a, b] = legs;
  if (a?.imageArchive && b?.imageArchive) {
    progress.phase('comparing the two images');
    const compareStarted = performance.now();
    const images: [ImageIndex, ImageIndex] = [
      await indexImageArchive(a.imageArchive, { environment: buildEnvironment(a, probes[0]) }),
      await indexImageArchive(b.imageArchive, { environment: buildEnvironment(b, probes[1]) }),
    ];
    maskHarnessArgs(images[0], a.leg);
    maskHarnessArgs(images[1], b.leg);
    const compared = await compareIndexes(images[0], images[1], { model });
    comparison = { images, diff: compared.diff };
    findings.push(...compared.findings);
    for (const [index, warnings] of [compared.warnings.a, compared.warnings.b].entries()) {
      for (const warning of warnings) progress.note(`warning: image of leg ${pair.legs[index]!.name}: ${warning.message}`);
    }
    compareMs = performance.now() - compareStarted;
  }
  progress.stop();
  // The attribution decides which differences matter (e.g. file times that follow the wall clock).
  const differs = !comparison;
  return {
    file: options.dockerfile,
    pair,
    builder: builder.describe(),
    legs,
    probes,
    findings,
    ...(comparison ? { comparison } : {}),
    reproducible: findings.length === 0 && !differs,
    timings: { totalMs: 0, buildMs, compareMs },
    cleanupProblems: [],
  };
}

async function readDockerfile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (bytes.includes(0)) throw new DockerfileError(`${file} is a binary file, not a Dockerfile`);
  return bytes.toString('utf8');
}

function describeLeg(leg: LegSpec, varied: readonly Axis[]): string {
  const parts: string[] = [];
  if (leg.cpuModel) parts.push(leg.cpuModel === 'Westmere' ? 'CPU Westmere, no AVX' : 'CPU max, AVX/AVX2');
  for (const [name, value] of Object.entries(leg.harnessArgs)) if (name !== 'LC_ALL') parts.push(`${name}=${value}`);
  if (leg.cpuset) parts.push(`cpus ${leg.cpuset}`);
  if (varied.includes('build-path')) parts.push(`context …/${leg.contextDirName}`);
  return parts.join(', ') || 'baseline';
}

/**
 * The classic builder records build args in each RUN's history (`|2 SOURCE_DATE_EPOCH=... TZ=...`).
 * The harness's own values differ between legs by design; masking them keeps those differences
 * from being blamed on the user's RUN lines.
 */
function maskHarnessArgs(image: ImageIndex, leg: LegSpec): void {
  const assignments = Object.entries(leg.harnessArgs).map(([name, value]) => [`${name}=${value}`, `${name}=<varied by repro-audit>`] as const);
  if (assignments.length === 0) return;
  for (const entry of image.history) {
    for (const [assignment, masked] of assignments) entry.createdBy = entry.createdBy.split(assignment).join(masked);
  }
}

function buildEnvironment(result: LegResult, probe: ProbeVerdict | undefined): BuildEnvironment {
  const { leg } = result;
  const settings: Record<string, string | number | boolean> = { builder: leg.builder, network: leg.network, ...leg.harnessArgs };
  if (leg.cpuset) settings.cpuset = leg.cpuset;
  settings.contextDir = leg.contextDirName;
  return {
    label: leg.cpuModel ? (leg.cpuModel === 'Westmere' ? 'no-avx' : 'avx') : `leg-${leg.name}`,
    ...(leg.cpuModel || probe?.cpuFeatures ? { cpu: { ...(leg.cpuModel ? { model: leg.cpuModel } : {}), ...(probe?.cpuFeatures ? { features: probe.cpuFeatures } : {}) } } : {}),
    settings,
  };
}

/** The Dockerfile instruction of a builder step, from the model (exact regions, UTF-16 columns). */
function instructionOf(model: DockerfileModel, step: BuildStep | undefined): Instruction | undefined {
  if (!step?.region) return undefined;
  return model.instructions.find((instruction) => instruction.region.startLine === step.region!.startLine);
}

function findingAt(model: DockerfileModel, rule: RuleMeta, instruction: Instruction | undefined, fields: Pick<Finding, 'message'> & Partial<Finding>): Finding {
  const fallback = model.stages.at(-1)?.from ?? model.instructions[0];
  const target = instruction ?? fallback;
  return {
    ruleId: rule.id,
    severity: rule.severity,
    file: model.file,
    region: target?.region ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    ...(target
      ? {
          instruction: {
            keyword: target.keyword,
            startLine: target.region.startLine,
            endLine: target.region.endLine,
            ...(target.stage ? { stage: target.stage.name ?? String(target.stage.index) } : {}),
          },
        }
      : {}),
    ...fields,
  };
}

function failureFindings(model: DockerfileModel, legs: readonly LegResult[]): Finding[] {
  const failed = legs.filter((result) => result.failure);
  if (failed.length === 0) return [];
  if (failed.length === legs.length) {
    const [first] = failed;
    const sameStep = failed.every((result) => result.failure!.step?.globalIndex === first!.failure!.step?.globalIndex);
    const instruction = instructionOf(model, first!.failure!.step);
    return [
      findingAt(model, BUILD_FAILS_IN_BOTH_LEGS, instruction, {
        message: sameStep
          ? `${stepName(first!.failure!)} fails in both legs${exitText(first!.failure!)}; nothing could be compared`
          : `the build fails in both legs, at different steps (${failed.map((result) => `leg ${result.leg.name}: ${stepName(result.failure!)}${exitText(result.failure!)}`).join('; ')})`,
        details: failureDetails(first!),
        properties: failureProperties(first!),
      }),
    ];
  }
  const result = failed[0]!;
  const other = legs.find((candidate) => candidate !== result)!;
  const failure = result.failure!;
  const sigill = failure.exitCode === 132;
  return [
    findingAt(model, STEP_FAILS_IN_ONE_LEG, instructionOf(model, failure.step), {
      message:
        `${stepName(failure)} fails in leg ${result.leg.name} (${legLabel(result.leg)})${exitText(failure)} but succeeds in leg ${other.leg.name} (${legLabel(other.leg)})` +
        (sigill ? ': SIGILL, a program used CPU instructions this CPU lacks' : ''),
      details: failureDetails(result),
      properties: failureProperties(result),
    }),
  ];
}

function probeFindings(model: DockerfileModel, legs: readonly LegResult[], probes: readonly ProbeVerdict[]): Finding[] {
  const findings: Finding[] = [];
  probes.forEach((verdict, index) => {
    const result = legs[index]!;
    // A leg that failed before its probe ran is already reported as a failure.
    if (result.failure && verdict.reports.length === 0) return;
    for (const problem of verdict.problems) {
      const stage = verdict.reports.find((report) => problem.includes(`stage ${report.stage}`))?.stage;
      const from = stage !== undefined ? model.stages[stage]?.from : model.stages[0]?.from;
      findings.push(findingAt(model, VARIATION_NOT_IN_EFFECT, from, { message: `${problem}; this leg does not prove reproducibility`, properties: { leg: result.leg.name } }));
    }
  });
  return findings;
}

function timedOutFinding(model: DockerfileModel, leg: LegSpec, timeoutMs: number): Finding {
  return findingAt(model, LEG_TIMED_OUT, model.stages[0]?.from, {
    message: `leg ${leg.name} (${legLabel(leg)}) did not finish within ${Math.round(timeoutMs / 1000)} s`,
    properties: { leg: leg.name },
  });
}

function legLabel(leg: LegSpec): string {
  if (leg.cpuModel) return leg.cpuModel === 'Westmere' ? 'CPU Westmere, no AVX' : 'CPU max, AVX/AVX2';
  return `leg ${leg.name}`;
}

function stepName(failure: StepFailure): string {
  const keyword = failure.step?.keyword ?? 'a step';
  return failure.step?.region ? `${keyword} on line ${failure.step.region.startLine}` : keyword;
}

function exitText(failure: StepFailure): string {
  return failure.exitCode !== undefined ? ` with exit code ${failure.exitCode}` : '';
}

function failureDetails(result: LegResult): string {
  const failure = result.failure!;
  return [`leg ${result.leg.name}: ${failure.message}`, ...(failure.outputTail.length ? ['', 'last lines of the step output:', ...failure.outputTail] : [])].join('\n');
}

function failureProperties(result: LegResult): Finding['properties'] {
  const failure = result.failure!;
  return {
    leg: result.leg.name,
    ...(failure.exitCode !== undefined ? { exitCode: failure.exitCode } : {}),
    ...(result.leg.cpuModel ? { cpuModel: result.leg.cpuModel } : {}),
    differenceClass: failure.exitCode === 132 ? 'cpu' : 'build-failure',
  };
}
