import type { InstructionRef, Region } from '../../findings/index.js';
import { argumentsText, findStage, instructionRef, stageChain, type DockerfileModel, type Instruction } from '../../model/index.js';

/**
 * The instructions that built the image, as the matcher needs them: keyword, argument text and
 * where they are. The target stage comes last, preceded by the stages it is built `FROM`.
 */
export interface BuildStep {
  keyword: string;
  /** Arguments after the flags, continuations joined, whitespace collapsed. */
  text: string;
  /** Paths the step names (COPY/ADD destination, absolute paths in a RUN), for squashed layers. */
  mentions: string[];
  /** The variables or labels an ENV or LABEL sets. */
  sets: string[];
  region: Region;
  ref: InstructionRef;
}

export interface TargetSteps {
  /** The FROM of the first stage of the chain: what base-image layers are blamed on. */
  from: BuildStep;
  steps: BuildStep[];
}

/** Steps of `target` (a stage name or index), by default the last stage. */
export function stepsOfTarget(model: DockerfileModel, target?: string): TargetSteps | undefined {
  const stage = findStage(model, target);
  if (!stage) return undefined;
  const chain = stageChain(stage);
  return {
    from: toStep(model, chain[0].from),
    steps: chain.flatMap((member) => member.instructions.map((instruction) => toStep(model, instruction))),
  };
}

function toStep(model: DockerfileModel, instruction: Instruction): BuildStep {
  const args = instruction.args.map((arg) => arg.value ?? arg.raw);
  let mentions: string[] = [];
  if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') mentions = args.length > 1 ? [args[args.length - 1]] : [];
  else if (instruction.keyword === 'WORKDIR') mentions = args.slice(0, 1);
  else if (instruction.keyword === 'RUN') mentions = runMentions(instruction);
  return {
    keyword: instruction.keyword,
    text: argumentsText(model, instruction),
    mentions,
    sets: instruction.properties?.map((property) => property.name) ?? [],
    region: instruction.region,
    ref: instructionRef(model, instruction),
  };
}

/**
 * Absolute paths a RUN names: words and redirect targets of its parsed shell (`-o /usr/bin/x`,
 * `> /out`, `--prefix=/opt/x`), or the exec form's arguments. Read from the shell AST, so quoting,
 * heredocs and `sh -c` strings are understood.
 */
function runMentions(instruction: Instruction): string[] {
  const absolute = (word: string | undefined): string[] => {
    if (word === undefined) return [];
    if (word.startsWith('/')) return [word];
    const value = word.slice(word.indexOf('=') + 1);
    return word.includes('=') && value.startsWith('/') ? [value] : [];
  };
  if (!instruction.script) return instruction.args.flatMap((arg) => absolute(arg.value));
  return instruction.script.commands.flatMap((command) => [
    ...command.words.flatMap((word) => absolute(word.value)),
    ...command.redirects.flatMap((redirect) => absolute(redirect.target?.value)),
  ]);
}
