import type { Finding, RuleMeta } from '../../findings/index.js';
import { instructionRef, instructionText, type DockerfileModel, type Instruction } from '../../model/index.js';
import { BUILD_FAILS_IN_BOTH_LEGS, LEG_TIMED_OUT, STEP_FAILS_IN_ONE_LEG, VARIATION_NOT_IN_EFFECT } from '../../rules/index.js';
import type { LegResult, StepFailure } from '../builders/types.js';
import type { BuildStep } from '../dockerfile/instrument.js';
import type { ProbeVerdict } from '../probe/verify.js';
import { CPU_MODEL_FEATURES, describeLeg, type LegPair, type LegSpec } from '../variation/legs.js';

/**
 * Findings about the builds themselves (RA910-RA913), placed on the instruction they concern. File
 * differences between two successful legs are the attribution's (src/harness/attribution).
 */

export function failureFindings(model: DockerfileModel, pair: LegPair, legs: readonly LegResult[], probes: readonly ProbeVerdict[]): Finding[] {
  const failed = legs.filter((result) => result.failure);
  if (failed.length === 0) return [];
  if (failed.length === legs.length) {
    const [first] = failed as [LegResult & { failure: StepFailure }];
    const sameStep = failed.every((result) => result.failure!.step?.globalIndex === first.failure.step?.globalIndex);
    return [
      findingAt(model, BUILD_FAILS_IN_BOTH_LEGS, instructionOf(model, first.failure.step), {
        message: sameStep
          ? `${stepName(model, first.failure)} fails in both legs${howItFails(first.failure)}; nothing could be compared`
          : `the build fails in both legs, at different steps (${failed.map((result) => `leg ${result.leg.name}: ${stepName(model, result.failure!)}${howItFails(result.failure!)}`).join('; ')})`,
        details: failureDetails(first),
        properties: failureProperties(first, pair, undefined),
      }),
    ];
  }
  const result = failed[0]! as LegResult & { failure: StepFailure };
  const index = legs.indexOf(result);
  const other = legs.find((candidate) => candidate !== result)!;
  const { failure } = result;
  // SIGILL blames the CPU only when the legs had different ones.
  const cpuDeath = failure.death?.signal === 'SIGILL' && pair.varied.includes('cpu');
  const lacking = cpuDeath ? missingCpuFeatures(result.leg, probes[index], other.leg, probes[1 - index]) : undefined;
  const lackingText = lacking?.length ? ` (it has no ${lacking.map((feature) => feature.toUpperCase().replace('_', '.')).join(', ')})` : '';
  const because = cpuDeath ? `: a program it runs uses CPU instructions that leg ${result.leg.name}'s CPU lacks${lackingText}` : '';
  return [
    findingAt(model, STEP_FAILS_IN_ONE_LEG, instructionOf(model, failure.step), {
      message: `${stepName(model, failure)} ${failure.death ? 'dies' : 'fails'}${howItFails(failure)} in leg ${result.leg.name} (${describeLeg(result.leg, pair.varied)}) but succeeds in leg ${other.leg.name} (${describeLeg(other.leg, pair.varied)})${because}`,
      details: failureDetails(result),
      properties: failureProperties(result, pair, lacking),
    }),
  ];
}

/** Features the succeeding leg's probe saw and the failing leg's did not (the models' when unprobed). */
function missingCpuFeatures(failing: LegSpec, failingProbe: ProbeVerdict | undefined, other: LegSpec, otherProbe: ProbeVerdict | undefined): string[] | undefined {
  const features = (leg: LegSpec, probe: ProbeVerdict | undefined) =>
    probe?.cpuFeatures ?? (leg.cpuModel ? Object.entries(CPU_MODEL_FEATURES[leg.cpuModel]).flatMap(([name, has]) => (has ? [name] : [])) : undefined);
  const have = features(failing, failingProbe);
  const otherHas = features(other, otherProbe);
  if (!have || !otherHas) return undefined;
  return otherHas.filter((feature) => !have.includes(feature));
}

export function probeFindings(model: DockerfileModel, legs: readonly LegResult[], probes: readonly ProbeVerdict[]): Finding[] {
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

export function timedOutFinding(model: DockerfileModel, pair: LegPair, leg: LegSpec, timeoutMs: number): Finding {
  return findingAt(model, LEG_TIMED_OUT, model.stages[0]?.from, {
    message: `leg ${leg.name} (${describeLeg(leg, pair.varied)}) did not finish within ${Math.round(timeoutMs / 1000)} s`,
    properties: { leg: leg.name },
  });
}

/** The Dockerfile instruction of a builder step, from the model (exact regions, UTF-16 columns). */
function instructionOf(model: DockerfileModel, step: BuildStep | undefined): Instruction | undefined {
  if (!step?.region) return undefined;
  return model.instructions.find((instruction) => instruction.region.startLine === step.region!.startLine);
}

function findingAt(model: DockerfileModel, rule: RuleMeta, instruction: Instruction | undefined, fields: Pick<Finding, 'message'> & Partial<Finding>): Finding {
  const target = instruction ?? model.stages.at(-1)?.from ?? model.instructions[0];
  return {
    ruleId: rule.id,
    severity: rule.severity,
    file: model.file,
    region: target?.region ?? { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    ...(target ? { instruction: instructionRef(model, target) } : {}),
    ...fields,
  };
}

const SHOWN_INSTRUCTION_CHARS = 60;

/** `RUN /usr/local/bin/tool > /out` (line 4): the instruction as written, continuations joined. */
function stepName(model: DockerfileModel, failure: StepFailure): string {
  const instruction = instructionOf(model, failure.step);
  if (!instruction) return failure.step?.keyword ? `a ${failure.step.keyword} step` : 'a step';
  const text = instructionText(model, instruction);
  const shown = text.length > SHOWN_INSTRUCTION_CHARS ? `${text.slice(0, SHOWN_INSTRUCTION_CHARS - 1)}…` : text;
  return `\`${shown}\` (line ${instruction.region.startLine})`;
}

function howItFails(failure: StepFailure): string {
  if (failure.death) return ` with ${failure.death.signal} (${failure.death.description})`;
  return failure.exitCode !== undefined ? ` with exit code ${failure.exitCode}` : '';
}

function failureDetails(result: LegResult): string {
  const failure = result.failure!;
  return [
    `leg ${result.leg.name}: ${failure.message}`,
    ...(failure.death ? [`killed by ${failure.death.signal} (${failure.death.description}), from: ${failure.death.evidence}`] : []),
    ...(failure.outputTail.length ? ['', 'last lines of the step output:', ...failure.outputTail] : []),
  ].join('\n');
}

function failureProperties(result: LegResult, pair: LegPair, lacking: string[] | undefined): Finding['properties'] {
  const { failure, leg } = result;
  const cpuDeath = failure!.death?.signal === 'SIGILL' && pair.varied.includes('cpu');
  return {
    leg: leg.name,
    ...(failure!.exitCode !== undefined ? { exitCode: failure!.exitCode } : {}),
    ...(failure!.death ? { signal: failure!.death.signal, signalDescription: failure!.death.description } : {}),
    ...(leg.cpuModel ? { cpuModel: leg.cpuModel } : {}),
    ...(lacking?.length ? { missingCpuFeatures: lacking } : {}),
    differenceClass: cpuDeath ? 'cpu' : 'build-failure',
  };
}
