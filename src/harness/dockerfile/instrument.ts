import { DockerfileParser } from 'dockerfile-ast';
import type { Region } from '../../findings/index.js';

/**
 * Rewrites the user's Dockerfile for a leg without changing what it builds: after every FROM it
 * declares the harness's build args (so RUN steps see SOURCE_DATE_EPOCH, TZ, ... even where the
 * Dockerfile does not declare them; an ENV of the same name still wins, as it should) and, when
 * asked, runs the leg probe as the stage's first step. Both legs get the same rewritten text, so the
 * injected steps never explain a difference. It also returns the map from the builder's step
 * numbers back to the user's instructions.
 */

/** Where the harness bind-mounts its read-only helpers inside build steps. */
export const PROBE_MOUNT_PATH = '/.repro-audit-probe';
export const QEMU_MOUNT_PATH = '/.repro-qemu';
/** The time before which the probe holds the steps after it back (see PROBE_SOURCE). */
export const NOT_BEFORE_MOUNT_PATH = '/.repro-audit-not-before';

/** A step of the instrumented Dockerfile as a builder counts it. */
export interface BuildStep {
  /** 1-based position among all instructions (the classic Docker builder's `Step N/M`). */
  globalIndex: number;
  /** Stage index, undefined for ARGs before the first FROM. */
  stage?: number;
  /** 1-based position inside its stage, FROM = 1 (buildah's `STEP n/m`). */
  indexInStage?: number;
  keyword: string;
  origin: 'user' | 'harness-arg' | 'harness-probe';
  /** For user steps: where the instruction is in the original Dockerfile. */
  region?: Region;
}

export interface InstrumentedDockerfile {
  text: string;
  steps: BuildStep[];
  /** Images named by FROM that are not earlier stages or `scratch`, as written after ARG defaults. */
  baseImages: string[];
}

export interface InstrumentOptions {
  argNames: readonly string[];
  probe: boolean;
}

export class DockerfileError extends Error {
  override name = 'DockerfileError';
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

export function instrumentDockerfile(text: string, options: InstrumentOptions): InstrumentedDockerfile {
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  if (!instructions.some((instruction) => instruction.getKeyword() === 'FROM')) {
    throw new DockerfileError('the Dockerfile has no FROM instruction, so there is nothing to build');
  }
  const lines = text.split(/\r?\n/);
  const injected = [
    ...options.argNames.map((name) => ({ keyword: 'ARG', text: `ARG ${name}`, origin: 'harness-arg' as const })),
    ...(options.probe ? [{ keyword: 'RUN', text: `RUN ["${PROBE_MOUNT_PATH}"]`, origin: 'harness-probe' as const }] : []),
  ];

  const out: string[] = [];
  const steps: BuildStep[] = [];
  let copiedLines = 0;
  let stage = -1;
  let indexInStage = 0;
  const stageNames: string[] = [];
  const baseImages: string[] = [];
  const push = (step: Omit<BuildStep, 'globalIndex' | 'stage' | 'indexInStage'>) => {
    if (step.keyword === 'FROM') {
      stage += 1;
      indexInStage = 0;
    }
    indexInStage += 1;
    steps.push({
      ...step,
      globalIndex: steps.length + 1,
      ...(stage >= 0 ? { stage, indexInStage } : {}),
    });
  };

  for (const instruction of instructions) {
    const range = instruction.getRange();
    const keyword = instruction.getKeyword();
    push({
      keyword,
      origin: 'user',
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      },
    });
    if (keyword !== 'FROM') continue;
    const from = dockerfile.getFROMs().find((candidate) => candidate.getRange().start.line === range.start.line);
    const image = from?.getImage() ?? '';
    const resolvedImage = resolveGlobalArgs(image, dockerfile);
    if (resolvedImage.includes('$')) {
      throw new DockerfileError(`FROM ${image}: the image name uses a variable without a default; pass it with --build-arg`, range.start.line + 1);
    }
    const stageName = from?.getBuildStage();
    if (resolvedImage !== 'scratch' && !stageNames.includes(resolvedImage.toLowerCase()) && !baseImages.includes(resolvedImage)) {
      baseImages.push(resolvedImage);
    }
    if (stageName) stageNames.push(stageName.toLowerCase());
    // Copy the file up to the end of this FROM, then the injected lines.
    out.push(...lines.slice(copiedLines, range.end.line + 1));
    copiedLines = range.end.line + 1;
    for (const line of injected) {
      out.push(line.text);
      push({ keyword: line.keyword, origin: line.origin });
    }
  }
  out.push(...lines.slice(copiedLines));
  return { text: out.join('\n'), steps, baseImages };
}

/** Substitutes `${NAME}`/`$NAME` in a FROM image with global ARG defaults. */
function resolveGlobalArgs(image: string, dockerfile: ReturnType<typeof DockerfileParser.parse>): string {
  const defaults = new Map<string, string>();
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    const name = property?.getName();
    const value = property?.getValue();
    if (name && value !== null && value !== undefined) defaults.set(name, value);
  }
  return image.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, bare) => {
    const value = defaults.get(braced ?? bare);
    return value ?? whole;
  });
}

/** The user's step a builder's step number belongs to (undefined for the harness's own steps). */
export function stepForDocker(steps: readonly BuildStep[], globalIndex: number): BuildStep | undefined {
  return steps.find((step) => step.globalIndex === globalIndex);
}

export function stepForBuildah(steps: readonly BuildStep[], stage: number, indexInStage: number): BuildStep | undefined {
  return steps.find((step) => step.stage === stage && step.indexInStage === indexInStage);
}
